import Foundation
import FieldDispatchModel

/// Writes a `Plan` as JSON for dispatchers and other systems: routes with every stop's
/// schedule, per-route and overall KPIs, unassigned orders with reasons, and an optional
/// ``SolverSummary``.
///
/// Every time is written as seconds on the scenario timeline (`start`) and, when the problem
/// has a time origin, also as an ISO-8601 date-time in the problem's offset (`startAt`).
/// ``PlanDecoder`` reads the routes and unassigned list back; KPIs and solver are output only.
public struct PlanEncoder: Sendable {
    /// Creates an encoder.
    public init() {}

    /// Encodes a plan.
    /// - Parameters:
    ///   - plan: the plan to write.
    ///   - problem: the problem it solves (for KPIs, priorities and the time origin).
    ///   - solver: what the solver reports about the run, if anything.
    /// - Returns: UTF-8 JSON text, indented.
    /// - Complexity: O(orders + stops).
    public func encode(_ plan: Plan, for problem: Problem, solver: SolverSummary? = nil) -> Data {
        let kpis = PlanKPIs(plan: plan, problem: problem)
        let reference = problem.timeReference
        var priorities: [String: Priority] = [:]
        for order in problem.orders { priorities[order.id] = order.priority }
        let routes: [JSONValue] = plan.routes.enumerated().map { index, route in
            var members: [(String, JSONValue?)] = [
                ("technicianId", .string(route.technicianId)),
                ("shiftId", .string(route.shiftId)),
            ]
            members += Self.time("departure", route.departure, reference)
            members += Self.time("arrivalAtEnd", route.arrivalAtEnd, reference)
            members += [
                ("returnTravelDuration", .integer(route.returnTravelDuration)),
                ("returnTravelDistance", .integer(route.returnTravelDistance)),
                ("kpis", index < kpis.routes.count ? Self.figures(kpis.routes[index]) : nil),
                ("stops", .array(route.stops.map { Self.stop($0, reference) })),
            ]
            return .object(members)
        }
        let unassigned: [JSONValue] = plan.unassigned.map { entry in
            .object([
                ("orderId", .string(entry.orderId)),
                ("priority", priorities[entry.orderId].map { .string($0.description) }),
                ("reason", .string(entry.reason.rawValue)),
                ("detail", entry.detail.isEmpty ? nil : .string(entry.detail)),
            ])
        }
        let origin = reference.originUnixTime.map {
            JSONValue.object([("origin", .string(ISO8601DateTime(unixTime: $0, utcOffset: reference.utcOffset).description))])
        }
        let document = JSONValue.object([
            ("scenario", .string(problem.name)),
            ("timeReference", origin),
            ("kpis", Self.overall(kpis)),
            ("routes", .array(routes)),
            ("unassigned", .array(unassigned)),
            ("solver", solver.map(Self.solver)),
        ])
        return Data(document.serialized().utf8)
    }

    /// A time as seconds, followed by its date-time when the timeline has a calendar origin.
    static func time(_ key: String, _ seconds: Int, _ reference: TimeReference) -> [(String, JSONValue?)] {
        let moment = reference.originUnixTime.map {
            JSONValue.string(ISO8601DateTime(unixTime: $0 + seconds, utcOffset: reference.utcOffset).description)
        }
        return [(key, .integer(seconds)), (key + "At", moment)]
    }

    private static func stop(_ stop: Stop, _ reference: TimeReference) -> JSONValue {
        var members: [(String, JSONValue?)]
        switch stop.kind {
        case .order(let id): members = [("kind", .string("order")), ("id", .string(id))]
        case .rest(let index): members = [("kind", .string("rest")), ("breakIndex", .integer(index))]
        case .restock(let id): members = [("kind", .string("restock")), ("id", .string(id))]
        }
        members += time("arrival", stop.arrival, reference)
        members.append(("waiting", .integer(stop.waiting)))
        members += time("start", stop.start, reference)
        members += time("end", stop.end, reference)
        members += [
            ("travelDuration", .integer(stop.travelDuration)),
            ("travelDistance", .integer(stop.travelDistance)),
            ("lateness", .integer(stop.lateness)),
        ]
        return .object(members)
    }

    /// Ratios rounded to four decimals: enough for a dashboard, short enough to read.
    private static func ratio(_ value: Double) -> JSONValue { .number((value * 10_000).rounded() / 10_000) }

    private static func figures(_ route: PlanKPIs.RouteFigures) -> JSONValue {
        .object([
            ("orders", .integer(route.orders)),
            ("travelDuration", .integer(route.travelDuration)),
            ("travelDistance", .integer(route.travelDistance)),
            ("workingTime", .integer(route.workingTime)),
            ("overtime", .integer(route.overtime)),
            ("onTimeVisits", .integer(route.onTimeVisits)),
            ("utilisation", ratio(route.utilisation)),
        ])
    }

    private static func overall(_ kpis: PlanKPIs) -> JSONValue {
        .object([
            ("totalOrders", .integer(kpis.totalOrders)),
            ("assignedOrders", .integer(kpis.assignedOrders)),
            ("onTimeRate", ratio(kpis.onTimeRate)),
            ("emergencyServiceRate", ratio(kpis.emergencyServiceRate)),
            ("travelDuration", .integer(kpis.travelDuration)),
            ("travelDistance", .integer(kpis.travelDistance)),
            ("workingTime", .integer(kpis.workingTime)),
            ("overtime", .integer(kpis.overtime)),
            ("lateness", .integer(kpis.lateness)),
            ("utilisation", ratio(kpis.utilisation)),
            ("ordersPerTechnician", .object([
                ("min", .integer(kpis.minOrdersPerTechnician)),
                ("mean", ratio(kpis.meanOrdersPerTechnician)),
                ("max", .integer(kpis.maxOrdersPerTechnician)),
            ])),
            ("unassignedByPriority", .object(kpis.unassignedByPriority.map { JSONValue.Member($0.priority.description, .integer($0.count)) })),
            ("unassignedByReason", .object(kpis.unassignedByReason.map { JSONValue.Member($0.reason.rawValue, .integer($0.count)) })),
        ])
    }

    private static func solver(_ summary: SolverSummary) -> JSONValue {
        let seed: JSONValue? = summary.seed.map { $0 <= UInt64(Int.max) ? .integer(Int($0)) : .string(String($0)) }
        return .object([
            ("objective", .object(summary.objective.map { JSONValue.Member($0.name, .integer($0.value)) })),
            ("seed", seed),
            ("elapsedSeconds", summary.elapsedSeconds.map { .number(($0 * 1000).rounded() / 1000) }),
            ("iterations", summary.iterations.map { .integer($0) }),
            ("details", summary.details.isEmpty ? nil : .object(summary.details.keys.sorted().map { JSONValue.Member($0, .string(summary.details[$0]!)) })),
        ])
    }
}
