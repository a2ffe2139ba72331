/// The bounded pool of distinct feasible routes a search has seen, for a ``RouteRecombiner``:
/// one entry per (vehicle class, order sequence), at the lowest cost seen.
///
/// When full, it keeps the three quarters of its routes with the lowest cost per order served
/// (earlier ones first on ties), so what it keeps never depends on hashing order.
struct RouteMemory {
    private struct Key: Hashable {
        var vehicleClass: Int
        var orders: [Int32]
    }

    /// Routes held, in the order first seen (after any compaction), vehicles named by class.
    private(set) var routes: [RecombinationRoute] = []
    /// The vehicle each route was last seen on, so a rebuild can put it back there.
    private(set) var seenOn: [Int] = []
    /// The most routes held at once.
    let capacity: Int
    private var indexByKey: [Key: Int] = [:]

    /// Creates an empty pool holding at most `capacity` routes (at least 1).
    init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    /// The number of routes held.
    var count: Int { routes.count }

    /// Adds route `v` of `state` when it is non-empty and feasible, or lowers the cost held for it.
    /// - Returns: the route's index in ``routes``, or `nil` when it was not added.
    /// - Complexity: O(L) amortised; O(capacity log capacity) when the pool compacts.
    @discardableResult
    mutating func record(_ v: Int, of state: SearchState, classes: VehicleClasses) -> Int? {
        let orders = state.routes[v]
        guard !orders.isEmpty, state.metrics[v].isFeasible else { return nil }
        let key = Key(vehicleClass: classes.classOf[v], orders: orders)
        let cost = state.routeCost[v]
        if let index = indexByKey[key] {
            if cost < routes[index].cost {
                routes[index].cost = cost
                seenOn[index] = v
            }
            return index
        }
        if routes.count >= capacity { compact(keeping: max(1, capacity * 3 / 4) - 1) }
        indexByKey[key] = routes.count
        routes.append(RecombinationRoute(vehicle: key.vehicleClass, orders: orders.map(Int.init), cost: cost))
        seenOn.append(v)
        return routes.count - 1
    }

    /// Adds every route of `state` that differs from the same vehicle's route in `previous`.
    /// - Complexity: O(m) plus O(L) per changed route; unchanged routes share storage and compare in O(1).
    mutating func recordChanges(of state: SearchState, since previous: SearchState, classes: VehicleClasses) {
        for v in state.routes.indices where state.routes[v] != previous.routes[v] {
            record(v, of: state, classes: classes)
        }
    }

    /// Adds every route of `state` and returns their indices, ascending; `nil` when a route of
    /// `state` cannot be held (infeasible, or more routes than the capacity).
    /// - Complexity: O(n + m), plus one compaction at most.
    mutating func incumbent(_ state: SearchState, classes: VehicleClasses) -> [Int]? {
        let used = state.routes.indices.filter { !state.routes[$0].isEmpty }
        guard used.count <= capacity else { return nil }
        // Room for every route first, so no compaction while adding drops one added before it.
        if routes.count + used.count > capacity { compact(keeping: min(capacity * 3 / 4, capacity - used.count)) }
        var indices: [Int] = []
        for v in used {
            guard let index = record(v, of: state, classes: classes) else { return nil }
            indices.append(index)
        }
        return indices.sorted()
    }

    /// Keeps the `limit` routes with the lowest cost per order served, in their current order.
    private mutating func compact(keeping limit: Int) {
        func costPerOrder(_ index: Int) -> Double { Double(routes[index].cost) / Double(max(1, routes[index].orders.count)) }
        let kept = routes.indices.sorted { (costPerOrder($0), $0) < (costPerOrder($1), $1) }.prefix(limit).sorted()
        routes = kept.map { routes[$0] }
        seenOn = kept.map { seenOn[$0] }
        indexByKey = [:]
        for (index, route) in routes.enumerated() {
            indexByKey[Key(vehicleClass: route.vehicle, orders: route.orders.map(Int32.init))] = index
        }
    }
}
