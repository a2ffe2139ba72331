public extension Plan {
    /// A plan of earliest-time routes for the given visiting sequences, every other order unassigned.
    ///
    /// ```swift
    /// let plan = Plan.scheduled([("T-1", ["A", "B"]), ("T-2", ["C"])], in: problem)
    /// ```
    /// - Parameters:
    ///   - sequences: per route, the technician and the order ids in visiting order; each route
    ///     fills the technician's first shift.
    ///   - problem: supplies everything else; see ``Route/scheduled(for:shift:visiting:in:departure:)``.
    ///   - reason: the reason given to orders left out.
    /// - Returns: the plan, unassigned orders in problem order.
    /// - Complexity: O(orders + stops) plus one travel query per stop.
    static func scheduled(
        _ sequences: [(technicianId: String, orderIds: [String])],
        in problem: Problem,
        unassignedReason reason: UnassignedReason = .noFeasibleInsertion
    ) -> Plan {
        let routes = sequences.map { sequence in
            guard let shift = problem.technician(withId: sequence.technicianId)?.shifts.first else {
                preconditionFailure("technician \"\(sequence.technicianId)\" has no shift in the problem")
            }
            return Route.scheduled(for: sequence.technicianId, shift: shift.id,
                                   visiting: sequence.orderIds.map { .order($0) }, in: problem)
        }
        let routed = Set(sequences.flatMap(\.orderIds))
        let unassigned = problem.orders.filter { !routed.contains($0.id) }.map { UnassignedOrder(orderId: $0.id, reason: reason) }
        return Plan(routes: routes, unassigned: unassigned)
    }
}
