/// One candidate route in a pool for ``RoutePoolSetPartitioning``: which orders it serves,
/// what it costs and which vehicle (technician shift) drives it, all as dense indices.
public struct PoolRoute: Hashable, Sendable {
    /// Indices of the orders served, in visiting order; each at most once.
    public var orders: [Int]
    /// The route's cost in the objective's units.
    public var cost: Double
    /// Index of the vehicle (technician shift) that drives the route.
    public var vehicle: Int

    /// Creates a pool route.
    /// - Parameters:
    ///   - orders: Indices of the orders served.
    ///   - cost: The route's cost.
    ///   - vehicle: Index of the vehicle driving it.
    public init(orders: [Int], cost: Double, vehicle: Int) {
        self.orders = orders
        self.cost = cost
        self.vehicle = vehicle
    }
}
