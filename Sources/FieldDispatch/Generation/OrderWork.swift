/// The kind of work a generated order asks for: product, visit kind, skill, tools and typical length.
struct OrderWork: Sendable {
    var kind: OrderKind
    var category: String
    var skill: String
    var minimumLevel: Int
    var baseMinutes: ClosedRange<Int>?
    var tools: [String]
    var fault: String?

    static func draw(surgeExtra: Bool, using rng: inout some RandomNumberGenerator) -> OrderWork {
        let categoryRoll = Double.random(in: 0..<1, using: &rng)
        let category = surgeExtra || categoryRoll < 0.55 ? "air-conditioner" : categoryRoll < 0.85 ? "water-heater" : "compressor"
        let kindRoll = Double.random(in: 0..<1, using: &rng)
        let kind: OrderKind = surgeExtra || kindRoll < 0.6 ? .repair : kindRoll < 0.8 ? .install : kindRoll < 0.95 ? .maintenance : .returnPickup
        let prefix = category == "air-conditioner" ? "ac" : category == "water-heater" ? "wh" : "comp"
        switch kind {
        case .repair:
            let faults = ["not cooling", "leaking water", "error code E4", "no power", "noisy fan", "gas smell"]
            return OrderWork(kind: kind, category: category, skill: "\(prefix).repair", minimumLevel: prefix == "comp" ? 2 : 1,
                             baseMinutes: 20...45, tools: prefix == "comp" ? ["recovery-unit"] : [],
                             fault: faults[Int.random(in: 0..<faults.count, using: &rng)])
        case .install:
            return OrderWork(kind: kind, category: category, skill: "\(prefix).install", minimumLevel: 2,
                             baseMinutes: 45...75, tools: prefix == "ac" ? ["vacuum-pump"] : [], fault: nil)
        case .maintenance:
            return OrderWork(kind: kind, category: category, skill: "\(prefix).repair", minimumLevel: 1,
                             baseMinutes: 20...35, tools: [], fault: nil)
        case .returnPickup:
            return OrderWork(kind: kind, category: category, skill: "logistics", minimumLevel: 1,
                             baseMinutes: 10...15, tools: [], fault: nil)
        }
    }

    func requirements(priority: Priority) -> [SkillRequirement] {
        var needs = [SkillRequirement(skill, minimumLevel: minimumLevel)]
        if priority == .emergency && kind == .repair && category != "compressor" {
            needs.append(SkillRequirement("gas.certified"))
        }
        return needs
    }

    func modelName(_ index: Int) -> String {
        switch category {
        case "air-conditioner": "KFR-\(26 + index % 4 * 9)GW"
        case "water-heater": "WH-\(50 + index % 3 * 30)L"
        default: "CMP-\(3 + index % 5)HP"
        }
    }
}

/// Skill sets of generated technicians, cycled through the workforce.
enum SkillProfile: CaseIterable {
    case airConditioning, waterHeating, compressors, allRounder

    func skills(seniority: Int) -> [SkillLevel] {
        let base: [SkillLevel]
        switch self {
        case .airConditioning:
            base = [SkillLevel("ac.repair", level: seniority), SkillLevel("ac.install", level: max(2, seniority)), SkillLevel("gas.certified")]
        case .waterHeating:
            base = [SkillLevel("wh.repair", level: seniority), SkillLevel("wh.install", level: max(2, seniority)), SkillLevel("gas.certified")]
        case .compressors:
            base = [SkillLevel("comp.repair", level: max(2, seniority)), SkillLevel("comp.install", level: 2), SkillLevel("ac.repair", level: 2)]
        case .allRounder:
            base = [SkillLevel("ac.repair", level: seniority), SkillLevel("wh.repair", level: seniority), SkillLevel("comp.repair", level: 1),
                    SkillLevel("ac.install", level: 1), SkillLevel("wh.install", level: 1)]
        }
        return base + [SkillLevel("logistics")]
    }

    var tools: [String] {
        switch self {
        case .airConditioning: ["vacuum-pump", "gauge-set"]
        case .waterHeating: ["gauge-set"]
        case .compressors: ["recovery-unit", "gauge-set", "vacuum-pump"]
        case .allRounder: ["gauge-set"]
        }
    }
}

/// Part numbers used by generated scenarios.
enum PartsCatalogue {
    /// Parts every van carries a few of.
    static let common = ["CAP-35UF", "FAN-MOTOR-S", "THERMOSTAT-K", "IGNITER-2"]
    /// Parts only a depot stocks.
    static let depotOnly = ["PCB-MAIN-A", "VALVE-4WAY", "COMP-OIL-1L"]
    /// Everything the depot stocks.
    static let all = common + depotOnly
}
