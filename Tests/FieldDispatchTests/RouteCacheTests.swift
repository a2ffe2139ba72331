import Testing
@testable import FieldDispatch
import FieldDispatchTestSupport

/// Route caches kept up to date edit by edit (reusing the unchanged start and end of a route)
/// must equal the caches of the same routes built from scratch.
@Suite struct RouteCacheTests {
    private func sameCaches(_ a: SearchState, _ b: SearchState, route v: Int) -> Bool {
        let x = a.caches[v], y = b.caches[v]
        guard x.count == y.count else { return false }
        for (p, q) in zip(x, y) {
            guard p.forward == q.forward, p.backward == q.backward, p.distance == q.distance,
                  p.travel == q.travel, p.load == q.load else { return false }
        }
        return a.segmentCost[v] == b.segmentCost[v] && a.routeCost[v] == b.routeCost[v]
    }

    @Test("insertions, removals, reversals and replacements leave the caches a fresh build would give")
    func editsMatchFreshBuild() throws {
        var random = SplitMix64(seed: 11)
        var builder = ProblemBuilder()
        builder.addTechnician("T-1", at: .plane(0, 0))
        builder.addTechnician("T-2", at: .plane(5, 5))
        Fixtures.addRandomOrders(24, to: &builder, service: 300, spread: 900, random: &random)
        let instance = try Instance(problem: builder.build())
        var edited = SearchState(instance: instance)
        for _ in 0..<400 {
            let v = random.nextInt(below: 2)
            var route = edited.routes[v]
            switch random.nextInt(below: 4) {
            case 0 where !edited.unassigned.isEmpty:
                let order = edited.unassigned[random.nextInt(below: edited.unassigned.count)]
                route.insert(order, at: random.nextInt(below: route.count + 1))
            case 1 where !route.isEmpty:
                route.remove(at: random.nextInt(below: route.count))
            case 2 where route.count > 1:
                let i = random.nextInt(below: route.count - 1), j = i + 1 + random.nextInt(below: route.count - i - 1)
                route[i...j].reverse()
            default:
                let free = edited.unassigned.filter { _ in random.nextUnit() < 0.3 }
                route = Array(route.prefix(random.nextInt(below: route.count + 1))) + free
            }
            edited.setRoute(v, route)
            var fresh = SearchState(instance: instance)
            for w in 0..<2 { fresh.setRoute(w, edited.routes[w]) }
            for w in 0..<2 {
                #expect(sameCaches(edited, fresh, route: w), "route \(w) after edit: \(edited.routes[w])")
            }
        }
    }
}
