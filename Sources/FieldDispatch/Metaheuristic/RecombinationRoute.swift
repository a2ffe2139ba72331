/// One distinct feasible route a search has seen, as handed to a ``RouteRecombiner``.
public struct RecombinationRoute: Hashable, Sendable {
    /// The vehicle class the route runs on: the lowest index of the vehicles (technician shifts)
    /// that are interchangeable with the one it was seen on (see ``RecombinationRequest/routeLimits``).
    public var vehicle: Int
    /// Order indices in visiting order.
    public var orders: [Int]
    /// The route's cost in the search's units (see ``RecombinationRequest/unservedPenalties``).
    public var cost: Int

    /// Creates a route.
    /// - Parameters:
    ///   - vehicle: The vehicle class.
    ///   - orders: Order indices in visiting order.
    ///   - cost: The route's cost in search units.
    public init(vehicle: Int, orders: [Int], cost: Int) {
        self.vehicle = vehicle
        self.orders = orders
        self.cost = cost
    }
}
