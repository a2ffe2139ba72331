import FieldDispatchGLPK
import Testing

@Suite struct RoutePoolSetPartitioningTests {
    /// Five orders, two vehicles. The best compatible pair is routes 2 and 3 (cost 23, all served);
    /// routes 0, 1 and 4 would cost 21 but put vehicle 0 on two routes.
    static let pool: [PoolRoute] = [
        PoolRoute(orders: [0, 1], cost: 10, vehicle: 0),
        PoolRoute(orders: [2, 3], cost: 10, vehicle: 1),
        PoolRoute(orders: [0, 1, 2], cost: 14, vehicle: 0),
        PoolRoute(orders: [3, 4], cost: 9, vehicle: 1),
        PoolRoute(orders: [4], cost: 1, vehicle: 0),
        PoolRoute(orders: [0, 1, 2, 3, 4], cost: 40, vehicle: 1),
        PoolRoute(orders: [2], cost: 6, vehicle: 1),
    ]

    private func partitioning(penalty: Double = 20, vehicles: Int = 2, orders: Int = 5) -> RoutePoolSetPartitioning {
        RoutePoolSetPartitioning(orderCount: orders, vehicleCount: vehicles, unassignedPenalty: penalty, solver: MIPSolver(timeLimit: 10, relativeGap: 0))
    }

    @Test("picks the cheapest routes that share no order and no vehicle")
    func handBuiltOptimum() throws {
        let selection = try partitioning().select(from: Self.pool)
        #expect(selection.routeIndices == [2, 3])
        #expect(selection.unassignedOrders.isEmpty)
        #expect(selection.cost == 23)
        #expect(selection.isProvenOptimal && selection.gap == 0 && !selection.isIncumbent)
    }

    @Test("combines three routes once every route has its own vehicle")
    func vehicleLimitBinds() throws {
        let pool = Self.pool.enumerated().map { PoolRoute(orders: $1.orders, cost: $1.cost, vehicle: $0) }
        let selection = try partitioning(vehicles: pool.count).select(from: pool)
        #expect(selection.routeIndices == [0, 1, 4])
        #expect(selection.cost == 21)
    }

    @Test("leaves orders unserved when their penalty is below every route's cost")
    func cheapPenalties() throws {
        var pool = Self.pool
        pool[4].cost = 1.5
        let selection = try partitioning(penalty: 1).select(from: pool)
        #expect(selection.routeIndices.isEmpty)
        #expect(selection.unassignedOrders == [0, 1, 2, 3, 4])
        #expect(selection.cost == 5)
    }

    @Test("charges the penalty of orders no route serves and offers repeated routes once at their lowest cost")
    func uncoveredOrdersAndDuplicates() throws {
        var pool = Self.pool
        pool.append(PoolRoute(orders: [1, 2, 0], cost: 12, vehicle: 0))
        pool.append(PoolRoute(orders: [2, 0, 1], cost: 13, vehicle: 0))
        let selection = try partitioning(orders: 7).select(from: pool)
        #expect(selection.routeIndices == [3, 7])
        #expect(selection.unassignedOrders == [5, 6])
        #expect(selection.cost == 12 + 9 + 40)
    }

    @Test("matches exhaustive search on random pools", arguments: [1, 2, 3, 4] as [UInt64])
    func randomPools(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        let orders = 8
        let vehicles = 3
        let pool = (0..<14).map { _ in
            let size = Int(random.next() % 3) + 1
            var served: [Int] = []
            while served.count < size {
                let order = Int(random.next() % UInt64(orders))
                if !served.contains(order) { served.append(order) }
            }
            return PoolRoute(orders: served, cost: Double(random.next() % 30 + 5) * Double(size), vehicle: Int(random.next() % UInt64(vehicles)))
        }
        let selection = try partitioning(penalty: 25, vehicles: vehicles, orders: orders).select(from: pool)
        #expect(selection.cost == Self.exhaustiveBest(pool, orders: orders, vehicles: vehicles, penalty: 25))
        #expect(selection.isProvenOptimal)
    }

    @Test("never returns a selection costlier than the incumbent, even with no time to search")
    func incumbentIsAFloor() throws {
        let noTime = RoutePoolSetPartitioning(orderCount: 5, vehicleCount: 2, unassignedPenalty: 20, solver: MIPSolver(timeLimit: 0))
        let selection = try noTime.select(from: Self.pool, incumbent: [3, 0])
        #expect(selection.cost <= 10 + 9 + 20)
        if selection.isIncumbent { #expect(selection.routeIndices == [0, 3] && selection.unassignedOrders == [2]) }
    }

    // GLPK is shared by every test running at once, so wall-clock time here would measure the
    // queue for it as well; the time limit itself is covered by the solver's own stop reasons.
    @Test("on a large pool under a short time limit never does worse than a greedy incumbent", arguments: [0.1, 1])
    func largePool(timeLimit: Double) throws {
        let (orders, vehicles) = (120, 12)
        let pool = RoutePoolFixtures.clusteredPool(orders: orders, vehicles: vehicles, routes: 3000, seed: 9)
        let greedy = RoutePoolFixtures.greedySelection(pool, orders: orders, vehicles: vehicles)
        let partitioning = RoutePoolSetPartitioning(
            orderCount: orders, vehicleCount: vehicles, unassignedPenalty: 500, solver: MIPSolver(timeLimit: timeLimit))
        let greedyCost = greedy.reduce(0.0) { $0 + pool[$1].cost }
            + Double(orders - Set(greedy.flatMap { pool[$0].orders }).count) * 500
        let selection = try partitioning.select(from: pool, incumbent: greedy)
        #expect(selection.cost <= greedyCost)
        var served = Set<Int>()
        for index in selection.routeIndices { served.formUnion(pool[index].orders) }
        #expect(served.count + selection.unassignedOrders.count == orders)
        #expect(Set(selection.routeIndices.map { pool[$0].vehicle }).count == selection.routeIndices.count)
        // Without an incumbent the search may be cut off before any solution; that is no failure.
        let unseeded = try partitioning.select(from: pool)
        #expect(unseeded.cost <= Double(orders) * 500)
    }

    @Test("rejects routes and incumbents that name missing or repeated orders and vehicles")
    func malformedInput() {
        let checks: [([PoolRoute], [Int]?, String)] = [
            ([PoolRoute(orders: [0, 9], cost: 1, vehicle: 0)], nil, "pool[0]: order 9 is out of range (5 orders)"),
            ([PoolRoute(orders: [1, 1], cost: 1, vehicle: 0)], nil, "pool[0]: order 1 is served twice"),
            ([PoolRoute(orders: [1], cost: 1, vehicle: 2)], nil, "pool[0]: vehicle 2 is out of range (2 vehicles)"),
            ([PoolRoute(orders: [1], cost: .nan, vehicle: 0)], nil, "pool[0]: cost nan is not a finite number"),
            (Self.pool, [0, 2], "incumbent: pool[0] and pool[2] both use vehicle 0"),
            (Self.pool, [1, 6], "incumbent: pool[1] and pool[6] both use vehicle 1"),
            (Self.pool, [0, 5], "incumbent: pool[0] and pool[5] both serve order 0"),
            (Self.pool, [7], "incumbent: route index 7 is out of range (7 routes in the pool)"),
            (Self.pool, [3, 3], "incumbent: pool[3] is listed twice"),
        ]
        for (pool, incumbent, message) in checks {
            #expect(throws: RoutePoolError(message)) { try partitioning().select(from: pool, incumbent: incumbent) }
        }
    }

    /// The cheapest compatible selection by trying every subset of the pool.
    static func exhaustiveBest(_ pool: [PoolRoute], orders: Int, vehicles: Int, penalty: Double) -> Double {
        var best = Double.infinity
        for mask in 0..<(1 << pool.count) {
            var served = Set<Int>()
            var used = Set<Int>()
            var cost = 0.0
            var compatible = true
            for index in pool.indices where mask & (1 << index) != 0 {
                let route = pool[index]
                if used.contains(route.vehicle) || route.orders.contains(where: served.contains) {
                    compatible = false
                    break
                }
                used.insert(route.vehicle)
                served.formUnion(route.orders)
                cost += route.cost
            }
            if compatible { best = min(best, cost + Double(orders - served.count) * penalty) }
        }
        return best
    }
}
