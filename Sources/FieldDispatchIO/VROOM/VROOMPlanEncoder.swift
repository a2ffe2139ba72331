import Foundation
import FieldDispatchModel

/// Writes a `Plan` in the shape of VROOM's solution output, so that tools built around
/// `vroom -i problem.json` can switch to `field-dispatch solve problem.json --format vroom`.
///
/// The output follows VROOM's `docs/API.md`: `code` 0, a `summary` (`cost`, `routes`,
/// `unassigned`, `service`, `duration`, `waiting_time`, `distance`), `unassigned` jobs with
/// their `id` and location, and one route per used shift with `steps` of type `start`, `job`,
/// `break` and `end`. Each step has its `arrival`, the travel `duration` and `distance`
/// accumulated on arrival, and for jobs and breaks its `service` and `waiting_time`.
///
/// Mapping details:
/// - Ids that are whole numbers (as ``VROOMReader`` keeps VROOM's ids) are written as JSON
///   integers; other ids stay strings.
/// - The members of a pair are steps of type `pickup` and `delivery`; the `pickup-` and
///   `delivery-` prefixes ``VROOMReader`` gives shipment steps are taken off their ids again.
/// - `cost` is the travel duration, as in VROOM without custom costs.
/// - Locations are `[lon, lat]`, or a `location_index` when travel comes from a matrix.
/// - A break's `id` is its position in the shift's break list; a parts-depot visit, which VROOM
///   has no word for, is a step of type `restock` with the depot's id.
public struct VROOMPlanEncoder: Sendable {
    /// Creates an encoder.
    public init() {}

    /// Encodes a plan as VROOM output.
    /// - Parameters:
    ///   - plan: the plan.
    ///   - problem: the problem it solves (for locations, shifts and ids).
    ///   - computingMilliseconds: solving time to report under `summary.computing_times.solving`, if known.
    /// - Returns: UTF-8 JSON text, indented.
    /// - Complexity: O(orders + stops).
    public func encode(_ plan: Plan, for problem: Problem, computingMilliseconds: Int? = nil) -> Data {
        let usesMatrix = problem.travel.isDense
        var locations: [String: Location] = [:]
        var stepTypes: [String: String] = [:]
        for order in problem.orders {
            locations[order.id] = order.location
            if let pickup = order.pickupOrderId {
                stepTypes[order.id] = "delivery"
                stepTypes[pickup] = "pickup"
            }
        }
        /// The step type and VROOM id of an order.
        func step(_ id: String) -> [(String, JSONValue?)] {
            guard let type = stepTypes[id] else { return [("type", .string("job")), ("id", Self.identifier(id))] }
            let bare = id.hasPrefix(type + "-") ? String(id.dropFirst(type.count + 1)) : id
            return [("type", .string(type)), ("id", Self.identifier(bare))]
        }
        var depots: [String: Location] = [:]
        for depot in problem.depots { depots[depot.id] = depot.location }
        var shifts: [String: Shift] = [:]
        for technician in problem.technicians {
            for shift in technician.shifts { shifts[technician.id + "\u{1F}" + shift.id] = shift }
        }
        func place(_ location: Location?) -> [(String, JSONValue?)] {
            guard let location else { return [] }
            if usesMatrix { return [("location_index", location.matrixIndex.map { .integer($0) })] }
            return [("location", .array([.number(location.longitude), .number(location.latitude)]))]
        }
        var routes: [JSONValue] = []
        var totals = (cost: 0, service: 0, duration: 0, waiting: 0, distance: 0)
        for route in plan.routes where !route.isEmpty {
            let shift = shifts[route.technicianId + "\u{1F}" + route.shiftId]
            var travelled = 0, distance = 0, service = 0, waiting = 0
            var steps: [JSONValue] = [.object([("type", .string("start"))] + place(shift?.startLocation) + [
                ("arrival", .integer(route.departure)), ("duration", .integer(0)), ("distance", .integer(0)),
            ])]
            for stop in route.stops {
                travelled += stop.travelDuration
                distance += stop.travelDistance
                service += stop.end - stop.start
                waiting += stop.waiting
                let head: [(String, JSONValue?)]
                switch stop.kind {
                case .order(let id): head = step(id) + place(locations[id])
                case .rest(let index): head = [("type", .string("break")), ("id", .integer(index))]
                case .restock(let id): head = [("type", .string("restock")), ("id", Self.identifier(id))] + place(depots[id])
                }
                steps.append(.object(head + [
                    ("service", .integer(stop.end - stop.start)), ("waiting_time", .integer(stop.waiting)),
                    ("arrival", .integer(stop.arrival)), ("duration", .integer(travelled)), ("distance", .integer(distance)),
                ]))
            }
            travelled += route.returnTravelDuration
            distance += route.returnTravelDistance
            // A shift without an end location ends at its last visit, as a VROOM vehicle without `end` does.
            if let end = shift?.endLocation {
                steps.append(.object([("type", .string("end"))] + place(end) + [
                    ("arrival", .integer(route.arrivalAtEnd)), ("duration", .integer(travelled)), ("distance", .integer(distance)),
                ]))
            }
            totals.cost += travelled
            totals.service += service
            totals.duration += travelled
            totals.waiting += waiting
            totals.distance += distance
            routes.append(.object([
                ("vehicle", Self.identifier(route.technicianId)), ("cost", .integer(travelled)), ("service", .integer(service)),
                ("duration", .integer(travelled)), ("waiting_time", .integer(waiting)), ("distance", .integer(distance)),
                ("steps", .array(steps)),
            ]))
        }
        let unassigned: [JSONValue] = plan.unassigned.map { entry in
            .object(step(entry.orderId).reversed() + place(locations[entry.orderId])
                    + [("description", .string(entry.reason.rawValue))])
        }
        let summary = JSONValue.object([
            ("cost", .integer(totals.cost)), ("routes", .integer(routes.count)), ("unassigned", .integer(unassigned.count)),
            ("service", .integer(totals.service)), ("duration", .integer(totals.duration)),
            ("waiting_time", .integer(totals.waiting)), ("distance", .integer(totals.distance)),
            ("computing_times", computingMilliseconds.map { .object([("solving", .integer($0))]) }),
        ])
        let document = JSONValue.object([
            ("code", .integer(0)), ("summary", summary), ("unassigned", .array(unassigned)), ("routes", .array(routes)),
        ])
        return Data(document.serialized().utf8)
    }

    /// A VROOM id: whole numbers as integers, anything else as text.
    static func identifier(_ id: String) -> JSONValue {
        if let number = Int(id), String(number) == id { return .integer(number) }
        return .string(id)
    }
}
