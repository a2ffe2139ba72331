import FieldDispatchGLPK

/// Route pools shaped like those a search produces: routes over nearby orders on a plane,
/// costing a fixed charge plus their path length.
enum RoutePoolFixtures {
    static func clusteredPool(orders: Int, vehicles: Int, routes: Int, seed: UInt64) -> [PoolRoute] {
        var random = SplitMix64(seed: seed)
        let points = (0..<orders).map { _ in (x: Double(random.next() % 1000), y: Double(random.next() % 1000)) }
        func distance(_ a: Int, _ b: Int) -> Double {
            let (dx, dy) = (points[a].x - points[b].x, points[a].y - points[b].y)
            return (dx * dx + dy * dy).squareRoot()
        }
        let neighbours = (0..<orders).map { centre in
            (0..<orders).map { (distance(centre, $0), $0) }.sorted { $0 < $1 }.map(\.1)
        }
        return (0..<routes).map { _ in
            let centre = Int(random.next() % UInt64(orders))
            let size = Int(random.next() % 8) + 3
            let nearby = neighbours[centre].prefix(size * 2)
            var served: [Int] = []
            for order in nearby where served.count < size && random.next() % 2 == 0 { served.append(order) }
            if served.isEmpty { served = [centre] }
            let length = zip(served, served.dropFirst()).reduce(0.0) { $0 + distance($1.0, $1.1) }
            return PoolRoute(orders: served, cost: (100 + length).rounded(), vehicle: Int(random.next() % UInt64(vehicles)))
        }
    }

    /// A compatible selection built greedily by cost per order served.
    static func greedySelection(_ pool: [PoolRoute], orders: Int, vehicles: Int) -> [Int] {
        var served = [Bool](repeating: false, count: orders)
        var used = [Bool](repeating: false, count: vehicles)
        var chosen: [Int] = []
        let byCostPerOrder = pool.indices.sorted {
            (pool[$0].cost / Double(pool[$0].orders.count), $0) < (pool[$1].cost / Double(pool[$1].orders.count), $1)
        }
        for index in byCostPerOrder where !used[pool[index].vehicle] && !pool[index].orders.contains(where: { served[$0] }) {
            used[pool[index].vehicle] = true
            for order in pool[index].orders { served[order] = true }
            chosen.append(index)
        }
        return chosen
    }
}
