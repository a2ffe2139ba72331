import Foundation
import FieldDispatchModel

/// Reads a plan written by ``PlanEncoder`` (or by hand, in the same shape) back into a `Plan`,
/// for example to have a dispatcher's hand-made plan judged by the validator.
///
/// Every time may be given as seconds (`start`), as an ISO-8601 date-time (`startAt`), or both
/// (then they must agree). Date-times are converted with the problem's time origin when a problem
/// is given, else with the file's own `timeReference.origin`. KPIs and the solver summary are
/// accepted and ignored: they are recomputed from the plan, never trusted.
public struct PlanDecoder: Sendable {
    static let topLevelKeys = ["$schema", "scenario", "timeReference", "kpis", "routes", "unassigned", "solver"]
    static let routeKeys = [
        "technicianId", "shiftId", "departure", "departureAt", "arrivalAtEnd", "arrivalAtEndAt",
        "returnTravelDuration", "returnTravelDistance", "kpis", "stops",
    ]
    static let stopKeys = [
        "kind", "id", "breakIndex", "arrival", "arrivalAt", "waiting", "start", "startAt", "end", "endAt",
        "travelDuration", "travelDistance", "lateness",
    ]
    static let unassignedKeys = ["orderId", "priority", "reason", "detail"]

    /// Creates a decoder.
    public init() {}

    /// Decodes a plan.
    /// - Parameters:
    ///   - data: the plan file's bytes.
    ///   - problem: the problem the plan is for; its time origin converts date-times.
    /// - Returns: the plan, exactly as written (not validated: use the validator for that).
    /// - Throws: ``ScenarioError`` listing every issue with its path, e.g. `routes[0] "T-1".stops[2].kind`.
    /// - Complexity: O(size of the file).
    public func decode(_ data: Data, for problem: Problem? = nil) throws(ScenarioError) -> Plan {
        let document = try ScenarioDecoder.parse(data)
        var origin: ISO8601DateTime?
        if let problem, let unix = problem.timeReference.originUnixTime {
            origin = ISO8601DateTime(unixTime: unix, utcOffset: problem.timeReference.utcOffset)
        } else if case .string(let text) = document["timeReference"]?["origin"] ?? .null {
            origin = ISO8601DateTime(parsing: text)
        }
        var reader = ScenarioConverter(origin: origin)
        guard let root = JSONRecord(document, path: "", allowed: Self.topLevelKeys, issues: &reader.issues) else {
            throw ScenarioError(path: "", message: "expected a JSON object at the top level, found \(document.shortDescription)")
        }
        let routes = reader.mapRecords(root, "routes", required: true, allowed: Self.routeKeys, idKey: "technicianId") {
            Self.route($1, &$0)
        }
        let unassigned = reader.mapRecords(root, "unassigned", allowed: Self.unassignedKeys, idKey: "orderId") { reader, record in
            let id = reader.string(record, "orderId", required: true) ?? ""
            let detail = reader.string(record, "detail") ?? ""
            var reason = UnassignedReason.noFeasibleInsertion
            if let name = reader.string(record, "reason", required: true) {
                if let known = UnassignedReason(rawValue: name) {
                    reason = known
                } else {
                    let names = UnassignedReason.allCases.map(\.rawValue).joined(separator: ", ")
                    reader.report(record.field("reason"), "unknown reason \"\(name)\" (expected one of \(names))")
                }
            }
            return UnassignedOrder(orderId: id, reason: reason, detail: detail)
        }
        if !reader.issues.isEmpty { throw ScenarioError(issues: reader.issues) }
        return Plan(routes: routes, unassigned: unassigned)
    }

    private static func route(_ record: JSONRecord, _ reader: inout ScenarioConverter) -> Route {
        let technician = reader.string(record, "technicianId", required: true) ?? ""
        let shift = reader.string(record, "shiftId", required: true) ?? ""
        let departure = time(record, "departure", &reader) ?? 0
        let arrival = time(record, "arrivalAtEnd", &reader) ?? departure
        let stops = reader.mapRecords(record, "stops", required: true, allowed: Self.stopKeys, idKey: "id") { stop($1, &$0) }
        return Route(
            technicianId: technician, shiftId: shift, departure: departure, stops: stops,
            returnTravelDuration: reader.int(record, "returnTravelDuration") ?? 0,
            returnTravelDistance: reader.int(record, "returnTravelDistance") ?? 0,
            arrivalAtEnd: arrival)
    }

    private static func stop(_ record: JSONRecord, _ reader: inout ScenarioConverter) -> Stop {
        var kind = Stop.Kind.order("")
        switch reader.string(record, "kind", required: true) {
        case "order"?: kind = .order(reader.string(record, "id", required: true) ?? "")
        case "restock"?: kind = .restock(depotId: reader.string(record, "id", required: true) ?? "")
        case "rest"?: kind = .rest(breakIndex: reader.int(record, "breakIndex", required: true) ?? 0)
        case let other?: reader.report(record.field("kind"), "unknown stop kind \"\(other)\" (expected order, rest or restock)")
        case nil: break
        }
        let arrival = time(record, "arrival", &reader) ?? 0
        let start = time(record, "start", &reader) ?? arrival
        let end = time(record, "end", &reader) ?? start
        if let waiting = reader.int(record, "waiting"), waiting != start - arrival {
            reader.report(record.field("waiting"), "is \(waiting) s but start - arrival is \(start - arrival) s")
        }
        return Stop(
            kind: kind, arrival: arrival, start: start, end: end,
            travelDuration: reader.int(record, "travelDuration") ?? 0,
            travelDistance: reader.int(record, "travelDistance") ?? 0,
            lateness: reader.int(record, "lateness") ?? 0)
    }

    /// A time given as seconds (`key`), as a date-time (`keyAt`), or both in agreement.
    private static func time(_ record: JSONRecord, _ key: String, _ reader: inout ScenarioConverter) -> Int? {
        let atKey = key + "At"
        guard record[key] != nil || record[atKey] != nil else {
            if !record.isPlaceholder { reader.report(record.field(key), "missing") }
            return nil
        }
        let seconds = reader.int(record, key)
        let moment = record[atKey] == nil ? nil : reader.time(record, atKey)
        if let seconds, let moment, seconds != moment {
            reader.report(record.field(atKey), "is \(moment - seconds) s away from \(key) (\(seconds))")
        }
        return seconds ?? moment
    }
}
