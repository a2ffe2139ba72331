/// A solution: one route per used technician shift, and every other order listed as unassigned.
///
/// Every order of the problem is in exactly one route or in ``unassigned``.
public struct Plan: Hashable, Sendable {
    /// Routes, one per technician shift that serves at least one order (empty routes may be omitted).
    public var routes: [Route]
    /// Orders not served, each with a reason.
    public var unassigned: [UnassignedOrder]

    /// Creates a plan.
    public init(routes: [Route], unassigned: [UnassignedOrder]) {
        self.routes = routes
        self.unassigned = unassigned
    }

    /// Ids of all orders served. - Complexity: O(stops).
    public var assignedOrderIds: [String] { routes.flatMap(\.orderIds) }
}
