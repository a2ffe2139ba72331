import FieldDispatchModel

/// Turns a parsed native scenario document into model values, collecting every issue on the way.
///
/// Nothing stops at the first problem: a field that cannot be read is reported with its path and
/// replaced by a neutral value, so the rest of the file is still read and checked. Its field
/// readers (times, durations, locations, lists) also serve ``PlanDecoder`` and ``VROOMReader``.
struct ScenarioConverter {
    /// Every issue found so far, in reading order.
    var issues: [ModelIssue] = []
    /// The calendar instant of timeline second 0, when the file uses date-times.
    let origin: ISO8601DateTime?
    /// Outlets read so far, for locations written as `{"outlet": "id"}`.
    var outletLocations: [String: Location] = [:]

    static let topLevelKeys = [
        "$schema", "name", "description", "timeReference", "travel", "objective",
        "outlets", "depots", "technicians", "orders",
    ]

    init(origin: ISO8601DateTime?) { self.origin = origin }

    /// Reads a whole document.
    /// - Returns: the problem, not yet checked by the model, or `nil` when the document is not an object.
    mutating func convert(_ document: JSONValue) -> Problem? {
        guard let root = JSONRecord(document, path: "", allowed: Self.topLevelKeys, issues: &issues) else {
            issues = [ModelIssue(path: "", message: "expected a JSON object at the top level, found \(document.shortDescription)")]
            return nil
        }
        let name = string(root, "name") ?? "scenario"
        let reference = timeReference(root)
        let travel = self.travel(root)
        let objective = self.objective(root)
        let outlets = mapRecords(root, "outlets", allowed: Self.outletKeys) { $0.outlet($1) }
        for outlet in outlets where outletLocations[outlet.id] == nil { outletLocations[outlet.id] = outlet.location }
        let depots = mapRecords(root, "depots", allowed: Self.depotKeys) { $0.depot($1) }
        let technicians = mapRecords(root, "technicians", required: true, allowed: Self.technicianKeys) { $0.technician($1) }
        let orders = mapRecords(root, "orders", required: true, allowed: Self.orderKeys) { $0.order($1) }
        return Problem(
            unchecked: name, orders: orders, technicians: technicians, depots: depots, outlets: outlets,
            travel: travel ?? EuclideanTravel(scale: 1), objective: objective, timeReference: reference)
    }

    private mutating func timeReference(_ root: JSONRecord) -> TimeReference {
        if let value = root["timeReference"],
           let record = JSONRecord(value, path: root.field("timeReference"), allowed: ["origin"], issues: &issues),
           let text = record["origin"] {
            if case .string(let string) = text, let origin = ISO8601DateTime(parsing: string) {
                return TimeReference(originUnixTime: origin.unixTime, utcOffset: origin.utcOffset)
            }
            report(record.field("origin"), "expected an ISO-8601 date-time with offset like 2026-11-24T00:00:00+08:00, found \(text.shortDescription)")
        }
        guard let origin else { return .bare }
        return TimeReference(originUnixTime: origin.unixTime, utcOffset: origin.utcOffset)
    }

    private mutating func objective(_ root: JSONRecord) -> ObjectiveOptions {
        var options = ObjectiveOptions()
        guard let value = root["objective"],
              let record = JSONRecord(value, path: root.field("objective"), allowed: Self.objectiveKeys, issues: &issues)
        else { return options }
        if let name = string(record, "costMeasure") {
            if let measure = ObjectiveOptions.CostMeasure(rawValue: name) {
                options.costMeasure = measure
            } else {
                report(record.field("costMeasure"), "unknown cost measure \"\(name)\" (expected travelTime, travelDistance or workingTime)")
            }
        }
        options.allowsLateShiftStart = bool(record, "allowsLateShiftStart") ?? options.allowsLateShiftStart
        options.overtimeWeight = int(record, "overtimeWeight") ?? options.overtimeWeight
        options.latenessWeight = int(record, "latenessWeight") ?? options.latenessWeight
        options.imbalanceWeight = int(record, "imbalanceWeight") ?? options.imbalanceWeight
        options.preferredTechnicianBonus = int(record, "preferredTechnicianBonus") ?? options.preferredTechnicianBonus
        options.includesCostRates = bool(record, "includesCostRates") ?? options.includesCostRates
        for key in ["overtimeWeight", "latenessWeight", "imbalanceWeight", "preferredTechnicianBonus"] {
            if case .integer(let weight) = record[key] ?? .null, weight < 0 {
                report(record.field(key), "must not be negative (got \(weight))")
            }
        }
        return options
    }

    static let objectiveKeys = [
        "costMeasure", "allowsLateShiftStart", "overtimeWeight", "latenessWeight", "imbalanceWeight",
        "preferredTechnicianBonus", "includesCostRates",
    ]

    /// Records a problem at a path.
    mutating func report(_ path: String, _ message: String) {
        issues.append(ModelIssue(path: path, message: message))
    }

    /// Reads the list at `key` item by item, each as a record with the allowed keys, so that a
    /// record's unknown keys are reported together with its other issues.
    mutating func mapRecords<T>(
        _ record: JSONRecord, _ key: String, required: Bool = false, allowed: [String], idKey: String = "id",
        _ transform: (inout ScenarioConverter, JSONRecord) -> T
    ) -> [T] {
        guard let items = list(record, key, required: required) else { return [] }
        var result: [T] = []
        for (index, item) in items.enumerated() {
            let entry = JSONRecord(item, list: record.field(key), index: index, allowed: allowed, idKey: idKey, issues: &issues)
            result.append(transform(&self, entry))
        }
        return result
    }
}
