/// The routes ``RoutePoolSetPartitioning`` picked from a pool, and what they leave unserved.
public struct RoutePoolSelection: Hashable, Sendable {
    /// Indices into the pool of the routes chosen, ascending; no two share an order or a vehicle.
    public var routeIndices: [Int]
    /// Orders no chosen route serves, ascending.
    public var unassignedOrders: [Int]
    /// Cost of the chosen routes plus the penalties of the unassigned orders.
    public var cost: Double
    /// Whether the search proved no selection from the pool is cheaper.
    public var isProvenOptimal: Bool
    /// Relative distance to the best bound when not proven optimal; `.infinity` when unknown, `0` when optimal.
    public var gap: Double
    /// Whether this is the selection the caller passed in, because the search did not find a cheaper one in time.
    public var isIncumbent: Bool

    /// Creates a selection.
    public init(
        routeIndices: [Int],
        unassignedOrders: [Int],
        cost: Double,
        isProvenOptimal: Bool,
        gap: Double,
        isIncumbent: Bool
    ) {
        self.routeIndices = routeIndices
        self.unassignedOrders = unassignedOrders
        self.cost = cost
        self.isProvenOptimal = isProvenOptimal
        self.gap = gap
        self.isIncumbent = isIncumbent
    }
}
