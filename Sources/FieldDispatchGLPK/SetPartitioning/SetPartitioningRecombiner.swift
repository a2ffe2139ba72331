import FieldDispatch

/// Recombines the routes a search has seen by set partitioning with GLPK
/// (``RoutePoolSetPartitioning``): the cheapest selection of at most the allowed routes per
/// vehicle class, each order at most once, unserved orders at their penalty, starting from the
/// search's best solution and within the time the search grants.
///
/// ```swift
/// var options = SolveOptions(timeLimit: 30)
/// options.recombiner = SetPartitioningRecombiner()
/// let report = Solver(problem: problem).solve(options: options)
/// ```
///
/// Any GLPK failure or time-out returns `nil`, so the search carries on with its own solution.
public struct SetPartitioningRecombiner: RouteRecombiner {
    /// Relative gap at which GLPK stops; small, since recombination gains are often a fraction
    /// of a percent of the plan's cost.
    public var relativeGap: Double

    /// Creates a recombiner.
    /// - Parameter relativeGap: Relative gap tolerance of the MIP search.
    public init(relativeGap: Double = 1e-6) {
        self.relativeGap = relativeGap
    }

    /// Selects the cheapest compatible routes from the request's pool.
    ///
    /// Penalties above the incumbent's cost plus one are capped there: any selection leaving
    /// such an order unserved then costs more than the incumbent, as before, and the MIP keeps
    /// coefficients GLPK handles without loss of precision.
    /// - Parameter request: The pool, incumbent, penalties, route limits and time budget.
    /// - Returns: Indices of a selection cheaper than the incumbent, or `nil`.
    /// - Complexity: O(total route length) to build the MIP, then up to `request.timeBudget`.
    public func recombine(_ request: RecombinationRequest) -> [Int]? {
        guard request.timeBudget > 0, !request.routes.isEmpty else { return nil }
        let cap = Double(request.incumbent.reduce(0) { $0 + request.routes[$1].cost }) + 1
        var partitioning = RoutePoolSetPartitioning(
            unassignedPenalties: request.unservedPenalties.map { min(Double($0), cap) },
            vehicleCount: request.vehicleCount,
            solver: MIPSolver(timeLimit: request.timeBudget, relativeGap: relativeGap))
        partitioning.vehicleLimits = request.routeLimits
        let pool = request.routes.map { PoolRoute(orders: $0.orders, cost: Double($0.cost), vehicle: $0.vehicle) }
        guard let selection = try? partitioning.select(from: pool, incumbent: request.incumbent),
              !selection.isIncumbent, request.cost(of: selection.routeIndices) < request.incumbentCost else { return nil }
        return selection.routeIndices
    }
}
