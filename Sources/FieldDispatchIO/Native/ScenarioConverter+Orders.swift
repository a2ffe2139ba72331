import FieldDispatchModel

/// Reading `orders`.
extension ScenarioConverter {
    static let orderKeys = [
        "id", "location", "kind", "productCategory", "productModel", "fault", "warranty", "purchasedAt",
        "receivedAt", "requiredSkills", "serviceDuration", "serviceDurationByLevel", "priority", "timeWindows",
        "slaDeadline", "preferredTechnicians", "requiredTechnicians", "excludedTechnicians", "requiredParts",
        "requiredTools", "outlet", "demand", "pickupOrderId",
    ]

    /// Reads one order; unreadable fields are reported and replaced by neutral values.
    mutating func order(_ record: JSONRecord) -> ServiceOrder {
        let id = string(record, "id", required: true) ?? ""
        let location = self.location(record, "location") ?? Location(x: 0, y: 0)
        var order = ServiceOrder(id: id, location: location, serviceDuration: duration(record, "serviceDuration", required: true) ?? 0)
        order.kind = named(record, "kind", OrderKind.self, noun: "order kind") ?? order.kind
        order.productCategory = string(record, "productCategory")
        order.productModel = string(record, "productModel")
        order.fault = string(record, "fault")
        order.warranty = named(record, "warranty", WarrantyStatus.self, noun: "warranty status") ?? order.warranty
        order.purchasedAt = time(record, "purchasedAt")
        order.receivedAt = time(record, "receivedAt")
        order.requiredSkills = skillRequirements(record)
        order.serviceDurationByLevel = mapRecords(record, "serviceDurationByLevel", allowed: ["minimumLevel", "duration"]) { this, item in
            LevelDuration(
                minimumLevel: this.int(item, "minimumLevel", required: true) ?? 1,
                duration: this.duration(item, "duration", required: true) ?? 0)
        }
        if let name = string(record, "priority") {
            if let priority = Priority(name: name) {
                order.priority = priority
            } else {
                report(record.field("priority"), "unknown priority \"\(name)\" (expected emergency, urgent, normal or low)")
            }
        }
        order.timeWindows = windows(record, "timeWindows")
        order.slaDeadline = time(record, "slaDeadline")
        order.preferredTechnicians = strings(record, "preferredTechnicians")
        order.requiredTechnicians = strings(record, "requiredTechnicians")
        order.excludedTechnicians = strings(record, "excludedTechnicians")
        order.requiredParts = parts(record, "requiredParts")
        order.requiredTools = strings(record, "requiredTools")
        order.outlet = string(record, "outlet")
        order.demand = int(record, "demand") ?? 0
        order.pickupOrderId = string(record, "pickupOrderId")
        return order
    }

    /// A value named by one of an enumeration's raw values.
    mutating func named<Value: RawRepresentable & CaseIterable>(
        _ record: JSONRecord, _ key: String, _ type: Value.Type, noun: String
    ) -> Value? where Value.RawValue == String {
        guard let name = string(record, key) else { return nil }
        if let value = Value(rawValue: name) { return value }
        let names = Value.allCases.map(\.rawValue)
        let choices = names.dropLast().joined(separator: ", ") + " or " + (names.last ?? "")
        report(record.field(key), "unknown \(noun) \"\(name)\" (expected \(choices))")
        return nil
    }

    /// Skill requirements: `"ac.repair"` (level 1) or `{"skill": "ac.repair", "minimumLevel": 2}`.
    private mutating func skillRequirements(_ record: JSONRecord) -> [SkillRequirement] {
        guard let items = list(record, "requiredSkills") else { return [] }
        let listPath = record.field("requiredSkills")
        return items.enumerated().map { index, item in
            if case .string(let name) = item { return SkillRequirement(name) }
            let entry = JSONRecord(item, list: listPath, index: index, allowed: ["skill", "minimumLevel"], issues: &issues)
            return SkillRequirement(string(entry, "skill", required: true) ?? "", minimumLevel: int(entry, "minimumLevel") ?? 1)
        }
    }

    /// Time windows. When one cannot be read the list is left empty for the model's checks,
    /// so they do not report order or overlap problems caused by the missing window.
    private mutating func windows(_ record: JSONRecord, _ key: String) -> [TimeWindow] {
        guard let items = list(record, key) else { return [] }
        let read = items.enumerated().map { index, item in
            window(item, path: record.field(key) + "[\(index)]", allowsCost: true)
        }
        return read.contains(nil) ? [] : read.compactMap { $0 }
    }
}
