import Testing
@testable import FieldDispatch
import FieldDispatchTestSupport

/// A search copies only the routes a step replaced between its candidate and its current
/// solution; both must then equal what copying the whole solution would have given.
@Suite struct SearchStateCopyTests {
    /// Every field a move is priced from, compared with a solution built from the same routes.
    private func matchesFreshBuild(_ state: SearchState, _ label: String) {
        let fresh = SearchState(instance: state.instance, routes: state.routes)
        #expect(state.routeOf == fresh.routeOf, "\(label): vehicle of each order")
        for order in 0..<state.instance.orderCount where state.routeOf[order] >= 0 {
            #expect(state.positionOf[order] == fresh.positionOf[order], "\(label): position of order \(order)")
        }
        #expect(state.unassigned.sorted() == fresh.unassigned.sorted(), "\(label): unassigned orders")
        for (slot, order) in state.unassigned.enumerated() {
            #expect(state.unassignedSlot[Int(order)] == Int32(slot), "\(label): slot of unassigned order \(order)")
        }
        #expect(state.metrics == fresh.metrics, "\(label): route metrics")
        #expect(state.routeCost == fresh.routeCost && state.segmentCost == fresh.segmentCost, "\(label): route costs")
        #expect(state.searchScore == fresh.searchScore, "\(label): search score")
        #expect(state.emptyRouteCount == state.routes.count { $0.isEmpty }, "\(label): empty routes")
        #expect(state.isEmptyRoute == state.routes.map(\.isEmpty), "\(label): empty-route flags")
        #expect(state.usedRouteCount == state.routes.count { !$0.isEmpty }, "\(label): used routes")
        for v in state.routes.indices {
            let same = zip(state.caches[v], fresh.caches[v]).allSatisfy { p, q in
                p.forward == q.forward && p.backward == q.backward && p.distance == q.distance && p.travel == q.travel && p.load == q.load
            }
            #expect(same && state.caches[v].count == fresh.caches[v].count, "\(label): caches of route \(v)")
        }
        // A later removal must find each order where the route says it is.
        for (v, route) in state.routes.enumerated() {
            for (k, order) in route.enumerated() {
                #expect(state.routeOf[Int(order)] == Int32(v) && state.positionOf[Int(order)] == Int32(k + 1), "\(label): order \(order) placed")
            }
        }
    }

    @Test("the count and flags of empty routes follow routes emptied, filled and copied")
    func emptyRoutesCounted() throws {
        var random = SplitMix64(seed: 2)
        var builder = ProblemBuilder()
        for t in 0..<3 { builder.addTechnician("T-\(t)", at: .plane(Double(t), 0)) }
        Fixtures.addRandomOrders(6, to: &builder, service: 600, spread: 600, random: &random)
        let instance = try Instance(problem: builder.build())
        var state = SearchState(instance: instance)
        #expect(state.emptyRouteCount == 3)
        state.setRoute(0, [0, 1])
        state.setRoute(2, [2])
        #expect(state.emptyRouteCount == 1)
        var other = state
        other.forgetChanges()
        state.setRoute(0, [1])
        #expect(state.emptyRouteCount == 1)
        state.setRoute(2, [])
        #expect(state.emptyRouteCount == 2)
        other.copy(routes: state.changedRoutes, from: state)
        #expect(other.emptyRouteCount == 2 && other.routes == state.routes)
        #expect(other.isEmptyRoute == [false, true, true])
        state.setRoute(1, [2, 3])
        state.setRoute(0, [])
        #expect(state.emptyRouteCount == 2)
        #expect(state.isEmptyRoute == [true, false, true])
    }

    @Test("accepted and refused ruin-and-recreate steps leave both solutions as whole copies would")
    func copiedRoutesMatchWholeCopies() throws {
        var random = SplitMix64(seed: 5)
        var builder = ProblemBuilder()
        for t in 0..<5 { builder.addTechnician("T-\(t)", at: .plane(Double(2 * t), Double(10 - 2 * t))) }
        Fixtures.addRandomOrders(40, to: &builder, service: 600, spread: 1_800, random: &random)
        let instance = try Instance(problem: builder.build())
        var current = SearchState(instance: instance)
        var steps = RuinAndRecreate()
        steps.recreate(&current, random: &random)
        var candidate = current
        candidate.forgetChanges()
        var accepted = 0, refused = 0
        for step in 0..<300 {
            let before = current
            if random.nextUnit() < 0.3 {
                // Orders left out by a step change the unassigned list too.
                for _ in 0..<1 + random.nextInt(below: 6) { candidate.remove(random.nextInt(below: instance.orderCount)) }
            } else {
                steps.ruin(&candidate, random: &random)
                steps.recreate(&candidate, random: &random)
            }
            let proposed = candidate.routes
            if random.nextUnit() < 0.5 {
                current.copy(routes: candidate.changedRoutes, from: candidate)
                #expect(current.routes == proposed, "step \(step): accepted routes")
                accepted += 1
            } else {
                candidate.copy(routes: candidate.changedRoutes, from: current)
                #expect(candidate.routes == before.routes, "step \(step): refused routes")
                refused += 1
            }
            candidate.forgetChanges()
            #expect(candidate.changedRoutes.isEmpty)
            matchesFreshBuild(current, "step \(step), current")
            matchesFreshBuild(candidate, "step \(step), candidate")
        }
        #expect(accepted > 50 && refused > 50)
    }
}
