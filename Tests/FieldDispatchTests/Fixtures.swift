import Foundation
@testable import FieldDispatch
import FieldDispatchTestSupport

/// Problems the engine tests share: Solomon instances from `fixtures/solomon` and small
/// field-service scenarios built by hand.
enum Fixtures {
    /// `fixtures/solomon` of the repository, found from this file's path.
    static let solomonFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("fixtures/solomon")

    /// A Solomon instance, optionally cut to its first `customers` customers.
    static func solomon(_ name: String, customers: Int? = nil) throws -> Problem {
        let text = try String(contentsOf: solomonFolder.appendingPathComponent(name + ".txt"), encoding: .utf8)
        let problem = try SolomonReader().read(text, name: name)
        guard let customers else { return problem }
        return Problem(unchecked: problem.name, orders: Array(problem.orders.prefix(customers)),
                       technicians: problem.technicians, depots: problem.depots, outlets: problem.outlets,
                       travel: problem.travel, objective: problem.objective, timeReference: problem.timeReference)
    }

    /// Adds `count` orders at random points of a 10 × 10 plane, each with demand 1–3, a service
    /// of `service` plus up to `spread` seconds and one window opening between 8:00 and 14:00 that
    /// lasts one to three hours.
    static func addRandomOrders(_ count: Int, to builder: inout ProblemBuilder, service: Int, spread: Int, random: inout SplitMix64) {
        for k in 0..<count {
            let opens = Int.hours(8) + random.nextInt(below: 6 * 3_600)
            builder.addOrder("O-\(k)", at: .plane(random.nextUnit() * 10, random.nextUnit() * 10),
                             duration: service + random.nextInt(below: spread),
                             windows: [TimeWindow(start: opens, end: opens + 3_600 + random.nextInt(below: 7_200))]) { $0.demand = 1 + k % 3 }
        }
    }

    /// Route distance of a Solomon plan in the benchmark's own units, recomputed in double precision.
    static func solomonDistance(_ plan: Plan, _ problem: Problem) -> Double {
        var byId: [String: Location] = [:]
        for order in problem.orders { byId[order.id] = order.location }
        let depot = problem.technicians[0].shifts[0].startLocation
        func length(_ a: Location, _ b: Location) -> Double { ((a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y)).squareRoot() }
        var total = 0.0
        for route in plan.routes {
            var last = depot
            for id in route.orderIds {
                total += length(last, byId[id]!)
                last = byId[id]!
            }
            total += length(last, depot)
        }
        return total
    }

    /// A field-service day with skills, levels, mixed windows, priorities and breaks, drawn from `seed`.
    static func fieldDay(seed: UInt64, orders count: Int = 40, technicians: Int = 5, breaks: Bool = false,
                         softWindows: Bool = false, materials: Bool = false) throws -> Problem {
        var random = SplitMix64(seed: seed)
        var builder = ProblemBuilder(secondsPerUnit: 60)
        let skills = ["ac.repair", "heater.repair", "gas.certified"]
        for t in 0..<technicians {
            let held = skills.enumerated().filter { $0.offset == t % 3 || random.nextUnit() < 0.5 }
                .map { SkillLevel($0.element, level: 1 + random.nextInt(below: 3)) }
            builder.addTechnician("T\(t)", at: .plane(Double(random.nextInt(below: 20)), Double(random.nextInt(below: 20))),
                                  skills: held) { technician in
                technician.maxOrdersPerShift = 12
                if materials {
                    technician.vanStock = [PartQuantity("CAP-35UF", quantity: 1 + t % 2), PartQuantity("FAN-MOTOR", quantity: t % 2)]
                    technician.tools = t % 2 == 0 ? ["vacuum-pump"] : []
                    technician.maxRestockVisitsPerShift = 1 + t % 2
                }
                if breaks { technician.shifts[0].breaks = [Break(earliestStart: .hours(12), latestEnd: .hours(14), duration: .minutes(30))] }
            }
        }
        if materials {
            builder.addDepot("D-North", at: .plane(10, 25), parts: ["CAP-35UF", "FAN-MOTOR"], tools: ["vacuum-pump"],
                             openingHours: TimeWindow(start: .hours(9), end: .hours(16)))
            builder.addDepot("D-South", at: .plane(20, 2), parts: ["CAP-35UF"], visitDuration: .minutes(5))
        }
        for i in 0..<count {
            let start = Int.hours(8) + .minutes(30) * random.nextInt(below: 14)
            var windows = [TimeWindow(start: start, end: start + .hours(2),
                                      latenessCostPerHour: softWindows && i % 3 == 0 ? 600 : nil)]
            if i % 5 == 0 { windows = [TimeWindow(start: .hours(8), end: .hours(10)), TimeWindow(start: .hours(13), end: .hours(15))] }
            builder.addOrder("O\(i)", at: .plane(Double(random.nextInt(below: 30)), Double(random.nextInt(below: 30))),
                             duration: .minutes(20 + 10 * random.nextInt(below: 4)), windows: windows) { order in
                order.requiredSkills = [SkillRequirement(skills[i % 3], minimumLevel: 1 + (i % 7 == 0 ? 1 : 0))]
                order.serviceDurationByLevel = i % 4 == 0 ? [LevelDuration(minimumLevel: 3, duration: .minutes(15))] : []
                order.priority = i % 11 == 0 ? .emergency : (i % 4 == 0 ? .urgent : .normal)
                if materials && i % 3 == 1 { order.requiredParts = [PartQuantity(i % 2 == 0 ? "FAN-MOTOR" : "CAP-35UF")] }
                if materials && i % 9 == 2 { order.requiredTools = ["vacuum-pump"] }
                if i % 13 == 5 { order.slaDeadline = start + .hours(1) }
            }
        }
        return try builder.build()
    }
}
