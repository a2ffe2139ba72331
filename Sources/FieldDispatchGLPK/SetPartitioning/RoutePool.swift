/// The routes a search has seen, kept for ``RoutePoolSetPartitioning``: one copy of each
/// (order set, vehicle) at its lowest cost, and at most `capacity` routes.
///
/// When a new route arrives at a full pool, the pool first drops the routes with the highest
/// cost per order served (later ones first on ties) until a quarter of its capacity is free;
/// the choice never depends on hashing order.
public struct RoutePool: Sendable {
    /// The routes held, in the order first seen (after any compaction).
    public private(set) var routes: [PoolRoute] = []
    /// The most routes held at once.
    public let capacity: Int
    private var indexByKey: [PoolRouteKey: Int] = [:]

    /// Creates an empty pool.
    /// - Parameter capacity: The most routes to hold; at least 1.
    public init(capacity: Int) {
        self.capacity = max(capacity, 1)
    }

    /// The number of routes held.
    public var count: Int { routes.count }

    /// Adds a route, or lowers the cost of the same route already held.
    /// - Parameter route: A route seen during search.
    /// - Returns: Whether the pool changed.
    /// - Complexity: O(k log k) for k orders in the route; O(capacity log capacity) when it compacts.
    @discardableResult
    public mutating func insert(_ route: PoolRoute) -> Bool {
        let key = PoolRouteKey(route)
        if let index = indexByKey[key] {
            guard route.cost < routes[index].cost else { return false }
            routes[index].cost = route.cost
            return true
        }
        if routes.count >= capacity { compact(keeping: max(capacity * 3 / 4, 1) - 1) }
        indexByKey[key] = routes.count
        routes.append(route)
        return true
    }

    /// The position of a route in ``routes``, matched by orders and vehicle; for mapping a
    /// current plan's routes to an incumbent selection.
    /// - Complexity: O(k log k) for k orders in the route.
    public func index(of route: PoolRoute) -> Int? { indexByKey[PoolRouteKey(route)] }

    /// Keeps the `limit` routes with the lowest cost per order served, in their current order.
    private mutating func compact(keeping limit: Int) {
        func costPerOrder(_ route: PoolRoute) -> Double { route.cost / Double(max(route.orders.count, 1)) }
        let kept = routes.indices
            .sorted { (costPerOrder(routes[$0]), $0) < (costPerOrder(routes[$1]), $1) }
            .prefix(limit)
            .sorted()
        routes = kept.map { routes[$0] }
        indexByKey = Dictionary(uniqueKeysWithValues: routes.enumerated().map { (PoolRouteKey($1), $0) })
    }
}
