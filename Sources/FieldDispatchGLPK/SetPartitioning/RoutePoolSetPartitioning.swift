/// Recombines routes seen during search: picks at most one route per vehicle from a pool so
/// that no order is served twice, minimising route costs plus a penalty per unserved order
/// (the set-partitioning step of Subramanian et al. 2013 and Pillac et al. 2013).
///
/// The MIP has one binary per distinct useful route and one slack per coverable order:
/// `sum(routes serving o) + unassigned(o) = 1` for every order, `sum(routes of v) <= 1` for every
/// vehicle. Leaving everything unserved is always feasible, so a selection always exists.
///
/// ```swift
/// let partitioning = RoutePoolSetPartitioning(orderCount: 50, vehicleCount: 6, unassignedPenalty: 10_000,
///                                             solver: MIPSolver(timeLimit: 2))
/// let best = try partitioning.select(from: pool, incumbent: currentRouteIndices)
/// ```
public struct RoutePoolSetPartitioning: Sendable {
    /// Cost of leaving each order unserved, by order index; its count is the number of orders.
    public var unassignedPenalties: [Double]
    /// The number of vehicles (technician shifts) routes may use.
    public var vehicleCount: Int
    /// The MIP solver and its time limit.
    public var solver: MIPSolver
    /// How many selected routes may use each vehicle index, e.g. the size of a class of
    /// interchangeable vehicles named by one index; `nil` for one each.
    public var vehicleLimits: [Int]?

    /// Creates a set-partitioning step with one penalty per order.
    /// - Parameters:
    ///   - unassignedPenalties: Cost of leaving each order unserved, by order index.
    ///   - vehicleCount: The number of vehicles.
    ///   - solver: The MIP solver to use.
    public init(unassignedPenalties: [Double], vehicleCount: Int, solver: MIPSolver) {
        self.unassignedPenalties = unassignedPenalties
        self.vehicleCount = vehicleCount
        self.solver = solver
    }

    /// Creates a set-partitioning step with the same penalty for every order.
    /// - Parameters:
    ///   - orderCount: The number of orders.
    ///   - vehicleCount: The number of vehicles.
    ///   - unassignedPenalty: Cost of leaving any one order unserved.
    ///   - solver: The MIP solver to use.
    public init(orderCount: Int, vehicleCount: Int, unassignedPenalty: Double, solver: MIPSolver) {
        self.init(
            unassignedPenalties: Array(repeating: unassignedPenalty, count: max(orderCount, 0)),
            vehicleCount: vehicleCount,
            solver: solver
        )
    }

    /// The number of orders.
    public var orderCount: Int { unassignedPenalties.count }

    /// Selects the cheapest compatible routes from a pool.
    ///
    /// Repeated routes (same orders and vehicle) are offered to the solver once, at their lowest
    /// cost; routes costing at least the penalties of their orders are left out, since leaving
    /// those orders unserved is never worse. When the solver finds nothing better in time the
    /// incumbent (or, without one, the empty selection) is returned.
    /// - Parameters:
    ///   - pool: Candidate routes.
    ///   - incumbent: Indices into `pool` of a known compatible selection, e.g. the current plan's routes.
    /// - Returns: The selection, never costlier than the incumbent.
    /// - Throws: ``RoutePoolError`` naming a malformed route, penalty or incumbent, or a solver failure.
    /// - Complexity: O(total route length) to build the model, then up to the solver's time limit.
    public func select(from pool: [PoolRoute], incumbent: [Int]? = nil) throws(RoutePoolError) -> RoutePoolSelection {
        try checkInput(pool)
        let fallback: RoutePoolSelection
        if let incumbent {
            let chosen = try checkedIncumbent(incumbent, in: pool)
            fallback = selection(chosen, in: pool, isProvenOptimal: false, gap: .infinity, isIncumbent: true)
        } else {
            fallback = selection([], in: pool, isProvenOptimal: false, gap: .infinity, isIncumbent: false)
        }
        let cheapestCopies = usefulDistinctRoutes(in: pool)
        let candidates = cheapestCopies.values.sorted()
        let (model, routeVariables, unassignedVariables) = makeModel(pool, candidates: candidates)
        var start: [Double]?
        if let incumbent {
            // The incumbent in the model's terms: each route replaced by its cheapest copy, or
            // dropped when serving its orders costs more than leaving them; never costlier.
            var values = [Double](repeating: 0, count: model.variableCount)
            var served = [Bool](repeating: false, count: orderCount)
            let variableOfRoute = Dictionary(uniqueKeysWithValues: zip(candidates, routeVariables))
            for index in incumbent {
                guard let copy = cheapestCopies[PoolRouteKey(pool[index])], let variable = variableOfRoute[copy] else { continue }
                values[variable.index] = 1
                for order in pool[copy].orders { served[order] = true }
            }
            for (order, variable) in unassignedVariables.enumerated() {
                if let variable { values[variable.index] = served[order] ? 0 : 1 }
            }
            start = values
        }
        let found: RoutePoolSelection
        switch solver.solve(model, startingFrom: start) {
        case .optimal(let solution):
            found = selection(chosenRoutes(solution, candidates, routeVariables), in: pool, isProvenOptimal: true, gap: 0, isIncumbent: false)
        case .feasible(let solution, let gap):
            found = selection(chosenRoutes(solution, candidates, routeVariables), in: pool, isProvenOptimal: false, gap: gap, isIncumbent: false)
        case .timedOut:
            return fallback
        case .infeasible:
            throw RoutePoolError("the solver reported the set-partitioning model infeasible, though serving nothing is feasible")
        case .failed(let message):
            throw RoutePoolError("the set-partitioning MIP failed: \(message)")
        }
        // Costs are summed exactly from the pool, so only rounding noise separates equal selections.
        let tolerance = 1e-9 * max(1, abs(fallback.cost))
        guard found.cost > fallback.cost + tolerance else { return found }
        var kept = fallback
        kept.gap = found.gap
        return kept
    }

    /// The MIP for a pool: route binaries first (in `candidates` order), then one slack per order
    /// some candidate serves (`nil` for the others, whose penalty is a constant).
    /// - Complexity: O(total route length + orders + vehicles).
    func makeModel(
        _ pool: [PoolRoute],
        candidates: [Int]
    ) -> (model: MIPModel, routes: [MIPVariable], unassigned: [MIPVariable?]) {
        var model = MIPModel(sense: .minimise)
        let routes = candidates.map { model.addVariable(name: "route \($0)", kind: .binary, objective: pool[$0].cost) }
        var routesByOrder = [[MIPVariable]](repeating: [], count: orderCount)
        var routesByVehicle = [[MIPVariable]](repeating: [], count: vehicleCount)
        for (variable, index) in zip(routes, candidates) {
            for order in pool[index].orders { routesByOrder[order].append(variable) }
            routesByVehicle[pool[index].vehicle].append(variable)
        }
        var unassignedVariables = [MIPVariable?](repeating: nil, count: orderCount)
        for order in 0..<orderCount {
            let penalty = unassignedPenalties[order]
            guard !routesByOrder[order].isEmpty else {
                model.objectiveConstant += penalty
                continue
            }
            // Continuous is enough: the equality makes it whole once the route binaries are.
            let unassigned = model.addVariable(name: "order \(order) unassigned", upperBound: 1, objective: penalty)
            model.addConstraint(routesByOrder[order].map { ($0, 1) } + [(unassigned, 1)], .equal, 1, name: "order \(order) once")
            unassignedVariables[order] = unassigned
        }
        for vehicle in 0..<vehicleCount where routesByVehicle[vehicle].count > limit(of: vehicle) {
            model.addConstraint(routesByVehicle[vehicle].map { ($0, 1) }, .lessOrEqual, Double(limit(of: vehicle)),
                                name: "vehicle \(vehicle) at most \(limit(of: vehicle))")
        }
        return (model, routes, unassignedVariables)
    }

    /// Pool indices worth offering, by what they serve: the cheapest copy of each (order set,
    /// vehicle), lowest index on ties, and only routes cheaper than leaving their orders unserved.
    /// - Complexity: O(total route length x log of the longest route).
    func usefulDistinctRoutes(in pool: [PoolRoute]) -> [PoolRouteKey: Int] {
        var cheapest: [PoolRouteKey: Int] = [:]
        for (index, route) in pool.enumerated() {
            let penalties = route.orders.reduce(0.0) { $0 + unassignedPenalties[$1] }
            guard route.cost < penalties else { continue }
            let key = PoolRouteKey(route)
            if let known = cheapest[key], pool[known].cost <= route.cost { continue }
            cheapest[key] = index
        }
        return cheapest
    }

    /// The most selected routes vehicle index `vehicle` may drive.
    func limit(of vehicle: Int) -> Int { vehicleLimits.map { max(0, $0[vehicle]) } ?? 1 }

    /// Pool indices of the routes a solution picks, ascending.
    private func chosenRoutes(_ solution: MIPSolution, _ candidates: [Int], _ variables: [MIPVariable]) -> [Int] {
        zip(candidates, variables).filter { solution.value($0.1) > 0.5 }.map(\.0).sorted()
    }

    /// A selection's unassigned orders and exact cost, recomputed from the pool.
    private func selection(
        _ routeIndices: [Int],
        in pool: [PoolRoute],
        isProvenOptimal: Bool,
        gap: Double,
        isIncumbent: Bool
    ) -> RoutePoolSelection {
        var served = [Bool](repeating: false, count: orderCount)
        var cost = 0.0
        for index in routeIndices {
            cost += pool[index].cost
            for order in pool[index].orders { served[order] = true }
        }
        let unassigned = (0..<orderCount).filter { !served[$0] }
        cost += unassigned.reduce(0.0) { $0 + unassignedPenalties[$1] }
        return RoutePoolSelection(
            routeIndices: routeIndices,
            unassignedOrders: unassigned,
            cost: cost,
            isProvenOptimal: isProvenOptimal,
            gap: gap,
            isIncumbent: isIncumbent
        )
    }
}
