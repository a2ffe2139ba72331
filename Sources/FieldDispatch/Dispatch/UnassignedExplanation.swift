/// Why an order has no technician, in words and as data: the reason, and what ruled out each
/// technician that came closest.
public struct UnassignedExplanation: Hashable, Sendable {
    /// One technician considered, and the rule that ruled them out.
    public struct Attempt: Hashable, Sendable {
        /// The technician.
        public var technicianId: String
        /// The shift tried.
        public var shiftId: String
        /// The first rule the best place in that route would break.
        public var conflict: InsertionConflict
    }

    /// The order.
    public var orderId: String
    /// The main reason.
    public var reason: UnassignedReason
    /// The technicians tried, nearest first.
    public var attempts: [Attempt]
    /// Certified technicians in the network, working or not.
    public var certifiedTechnicians: Int

    /// One paragraph for a dispatcher.
    public var words: String {
        var text = "\(orderId): \(reason.summary)"
        if reason == .noQualifiedTechnician { return text + "." }
        if attempts.isEmpty { return text + "; no certified technician is working" + (certifiedTechnicians > 0 ? " (\(certifiedTechnicians) certified in all)." : ".") }
        text += "; nearest tried: "
        text += attempts.prefix(3).map { "\($0.technicianId) \($0.conflict)" }.joined(separator: "; ")
        return text + "."
    }

    /// The entry the plan lists.
    public var unassignedOrder: UnassignedOrder {
        let detail = attempts.prefix(3).map { "\($0.technicianId) \($0.conflict)" }.joined(separator: "; ")
        return UnassignedOrder(orderId: orderId, reason: reason,
                               detail: detail.isEmpty ? (reason == .noQualifiedTechnician ? "" : "no certified technician is working") : detail)
    }
}

extension Dispatcher {
    /// Why `order` found no place, from the conflicts of the routes tried.
    /// - Parameter certifiedCount: certified technicians with a shift, when the caller already knows.
    func explanation(for order: ServiceOrder, conflicts: [(route: Int, conflict: InsertionConflict)], certifiedCount: Int? = nil) -> UnassignedExplanation {
        let certified = certifiedCount ?? problem.technicians.count { !$0.shifts.isEmpty && $0.isCertified(for: order) }
        let attempts = conflicts.map { entry in
            let live = routes[entry.route]
            let technician = problem.technicians[live.technicianIndex]
            return UnassignedExplanation.Attempt(technicianId: technician.id, shiftId: technician.shifts[live.shiftIndex].id, conflict: entry.conflict)
        }
        let reason: UnassignedReason
        if certified == 0 {
            reason = .noQualifiedTechnician
        } else if attempts.isEmpty {
            reason = .noShiftReachesWindow
        } else {
            let reasons = attempts.map(\.conflict.unassignedReason)
            reason = reasons.allSatisfy { $0 == reasons[0] } ? reasons[0] : .noFeasibleInsertion
        }
        return UnassignedExplanation(orderId: order.id, reason: reason, attempts: attempts, certifiedTechnicians: certified)
    }

    /// Why an unassigned order has no technician right now, recomputed over its nearby routes.
    /// - Parameter orderId: an order of ``problem``.
    /// - Returns: the explanation, or `nil` when the order is unknown or routed.
    /// - Complexity: as one insertion attempt.
    public func explanation(forUnassigned orderId: String) -> UnassignedExplanation? {
        guard routeOfOrder[orderId] == nil, let order = order(orderId) else { return nil }
        let found = cheapestPlacement(of: order)
        guard found.placement == nil else {
            return UnassignedExplanation(orderId: orderId, reason: .noFeasibleInsertion, attempts: [], certifiedTechnicians: 0)
        }
        return explanation(for: order, conflicts: found.conflicts)
    }
}
