import FieldDispatchGLPK
import Testing

@Suite struct RoutePoolTests {
    @Test("keeps one copy of a route served in another order, at its lowest cost")
    func duplicates() {
        var pool = RoutePool(capacity: 10)
        let changes = [
            pool.insert(PoolRoute(orders: [1, 2, 3], cost: 30, vehicle: 0)),
            pool.insert(PoolRoute(orders: [3, 1, 2], cost: 35, vehicle: 0)),
            pool.insert(PoolRoute(orders: [2, 3, 1], cost: 25, vehicle: 0)),
            pool.insert(PoolRoute(orders: [1, 2, 3], cost: 25, vehicle: 1)),
        ]
        #expect(changes == [true, false, true, true])
        #expect(pool.count == 2)
        #expect(pool.routes[0] == PoolRoute(orders: [1, 2, 3], cost: 25, vehicle: 0))
        #expect(pool.index(of: PoolRoute(orders: [3, 2, 1], cost: 99, vehicle: 1)) == 1)
        #expect(pool.index(of: PoolRoute(orders: [1, 2], cost: 25, vehicle: 0)) == nil)
    }

    @Test("drops the routes dearest per order when full, keeping the rest in order")
    func compaction() {
        var pool = RoutePool(capacity: 4)
        pool.insert(PoolRoute(orders: [0], cost: 10, vehicle: 0))
        pool.insert(PoolRoute(orders: [1, 2], cost: 8, vehicle: 0))
        pool.insert(PoolRoute(orders: [3], cost: 50, vehicle: 1))
        pool.insert(PoolRoute(orders: [4, 5], cost: 30, vehicle: 1))
        #expect(pool.count == 4)
        pool.insert(PoolRoute(orders: [6], cost: 70, vehicle: 2))
        #expect(pool.routes.map(\.orders) == [[0], [1, 2], [6]])
        #expect(pool.index(of: PoolRoute(orders: [6], cost: 0, vehicle: 2)) == 2)
        #expect(pool.index(of: PoolRoute(orders: [3], cost: 0, vehicle: 1)) == nil)
    }

    @Test("feeds set partitioning with the current routes found again as the incumbent")
    func feedsSetPartitioning() throws {
        var pool = RoutePool(capacity: 100)
        for route in RoutePoolSetPartitioningTests.pool { pool.insert(route) }
        let current = [PoolRoute(orders: [1, 0], cost: 10, vehicle: 0), PoolRoute(orders: [3, 2], cost: 10, vehicle: 1)]
        let incumbent = current.compactMap(pool.index(of:))
        #expect(incumbent == [0, 1])
        let partitioning = RoutePoolSetPartitioning(orderCount: 5, vehicleCount: 2, unassignedPenalty: 20, solver: MIPSolver(timeLimit: 5))
        let selection = try partitioning.select(from: pool.routes, incumbent: incumbent)
        #expect(selection.cost == 23)
        #expect(selection.routeIndices == [2, 3])
    }
}
