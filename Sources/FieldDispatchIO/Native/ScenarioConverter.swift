import FieldDispatchModel

/// Turns a parsed native scenario document into model values, collecting every issue on the way.
///
/// Nothing stops at the first problem: a field that cannot be read is reported with its path and
/// replaced by a neutral value, so the rest of the file is still read and checked.
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
    /// - Returns: the problem's parts, or `nil` when the document is not an object at all.
    mutating func convert(_ document: JSONValue) -> Problem? {
        guard let root = JSONRecord(document, path: "", allowed: Self.topLevelKeys, issues: &issues) else {
            issues = [ModelIssue(path: "", message: "expected a JSON object at the top level, found \(document.shortDescription)")]
            return nil
        }
        let name = string(root, "name") ?? "scenario"
        let reference = timeReference(root)
        let travel = self.travel(root)
        let objective = self.objective(root)
        let outlets = records(root, "outlets", allowed: Self.outletKeys).map { outlet($0) }
        for outlet in outlets where outletLocations[outlet.id] == nil { outletLocations[outlet.id] = outlet.location }
        let depots = records(root, "depots", allowed: Self.depotKeys).map { depot($0) }
        let technicians = records(root, "technicians", required: true, allowed: Self.technicianKeys).map { technician($0) }
        let orders = records(root, "orders", required: true, allowed: Self.orderKeys).map { order($0) }
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

    /// The items of the list at `key`, each read as a record with the allowed keys.
    mutating func records(_ record: JSONRecord, _ key: String, required: Bool = false, allowed: [String]) -> [JSONRecord] {
        guard let items = list(record, key, required: required) else { return [] }
        let listPath = record.field(key)
        return items.enumerated().map { index, item in
            JSONRecord(item, list: listPath, index: index, allowed: allowed, issues: &issues)
        }
    }
}
