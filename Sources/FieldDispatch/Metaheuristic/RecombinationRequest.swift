/// What a search hands to a ``RouteRecombiner``: the distinct feasible routes it has seen, which
/// of them make up its best solution, what each unserved order costs and how long to take.
///
/// Costs and penalties share one scale, the search's: a solution costs the sum of its routes'
/// costs plus the penalty of every order it leaves unserved. Penalties follow the objective's
/// priorities, so they are far larger than any route cost; a recombiner may cap them (at more
/// than the incumbent's cost) without changing which selections beat the incumbent.
public struct RecombinationRequest: Sendable {
    /// The pool: distinct feasible routes, each once at its lowest cost.
    public var routes: [RecombinationRoute]
    /// Indices into ``routes`` of the best solution's routes, ascending.
    public var incumbent: [Int]
    /// Cost of leaving each order unserved, by order index.
    public var unservedPenalties: [Int]
    /// How many routes may run on each vehicle index: the size of its class for a class's lowest
    /// index, 0 for the other members; routes name classes by their lowest index.
    public var routeLimits: [Int]
    /// Wall-clock seconds the recombination may take.
    public var timeBudget: Double

    /// Creates a request.
    /// - Parameters:
    ///   - routes: The pool.
    ///   - incumbent: Indices of the best solution's routes.
    ///   - unservedPenalties: Penalty per order.
    ///   - routeLimits: Routes allowed per vehicle index.
    ///   - timeBudget: Seconds allowed.
    public init(routes: [RecombinationRoute], incumbent: [Int], unservedPenalties: [Int], routeLimits: [Int], timeBudget: Double) {
        self.routes = routes
        self.incumbent = incumbent
        self.unservedPenalties = unservedPenalties
        self.routeLimits = routeLimits
        self.timeBudget = timeBudget
    }

    /// The number of orders.
    public var orderCount: Int { unservedPenalties.count }

    /// The number of vehicles (technician shifts).
    public var vehicleCount: Int { routeLimits.count }

    /// The incumbent's cost: its routes plus the penalties of the orders they leave unserved.
    /// - Complexity: O(orders + incumbent route lengths).
    public var incumbentCost: Int { cost(of: incumbent) }

    /// The cost of a selection: its routes plus the penalties of the orders they leave unserved.
    /// - Parameter selection: Indices into ``routes``, each order served at most once.
    /// - Returns: The cost in search units.
    /// - Complexity: O(orders + selected route lengths).
    public func cost(of selection: [Int]) -> Int {
        var served = [Bool](repeating: false, count: orderCount)
        var cost = 0
        for index in selection {
            cost += routes[index].cost
            for order in routes[index].orders { served[order] = true }
        }
        for (order, isServed) in served.enumerated() where !isServed { cost += unservedPenalties[order] }
        return cost
    }
}
