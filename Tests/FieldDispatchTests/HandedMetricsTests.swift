import Testing
@testable import FieldDispatch
import FieldDispatchTestSupport

/// Insertions and local-search moves hand the exact metrics they have just walked to the
/// solution instead of walking the route again; what they hand over must be what a walk gives.
@Suite struct HandedMetricsTests {
    /// Every route's metrics and costs equal those of a solution built afresh from the same routes.
    private func matchesFreshWalks(_ state: SearchState, _ label: String) {
        let fresh = SearchState(instance: state.instance, routes: state.routes)
        for v in state.routes.indices {
            #expect(state.metrics[v] == fresh.metrics[v], "\(label): metrics of route \(v)")
            #expect(state.routeCost[v] == fresh.routeCost[v], "\(label): cost of route \(v)")
        }
    }

    /// A 45-order day with breaks (and van materials or soft windows), recreated from nothing.
    private func recreatedDay(seed: UInt64, materials: Bool = true, softWindows: Bool = false) throws
        -> (state: SearchState, steps: RuinAndRecreate, random: SplitMix64) {
        let problem = try Fixtures.fieldDay(seed: seed, orders: 45, technicians: 5, breaks: true, softWindows: softWindows, materials: materials)
        var random = SplitMix64(seed: seed)
        var state = SearchState(instance: Instance(problem: problem))
        var steps = RuinAndRecreate()
        steps.recreate(&state, random: &random)
        return (state, steps, random)
    }

    @Test("ruin-and-recreate steps on routes with breaks and van materials keep every route's exact metrics",
          arguments: [UInt64(3), 11])
    func recreateKeepsExactMetrics(seed: UInt64) throws {
        var (state, steps, random) = try recreatedDay(seed: seed)
        #expect(state.routes.indices.contains { state.isComplex($0) && !state.routes[$0].isEmpty })
        matchesFreshWalks(state, "construction")
        for step in 0..<120 {
            steps.ruin(&state, random: &random)
            steps.recreate(&state, random: &random)
            matchesFreshWalks(state, "step \(step)")
        }
    }

    @Test("regret insertion on routes with breaks and van materials keeps every route's exact metrics")
    func regretKeepsExactMetrics() throws {
        let instance = try Instance(problem: Fixtures.fieldDay(seed: 5, orders: 45, technicians: 5, breaks: true, materials: true))
        var random = SplitMix64(seed: 5)
        var state = SearchState(instance: instance)
        var regret = RegretInsertion()
        regret.insert((0..<Int32(instance.orderCount)).map { $0 }, into: &state, random: &random, deadline: nil)
        #expect(state.unassigned.count < instance.orderCount)
        matchesFreshWalks(state, "regret construction")
    }

    @Test("an insertion priced before another order's pricing in the same route walks its own schedule")
    func insertionPricedEarlierIsWalked() throws {
        var (state, _, random) = try recreatedDay(seed: 3)
        let v = try #require(state.routes.indices.filter { state.isComplex($0) && state.routes[$0].count >= 3 }.first)
        let first = Int(state.routes[v][0]), second = Int(state.routes[v][2])
        state.remove(first)
        state.remove(second)
        var inserter = Inserter()
        let firstSpot = try #require(inserter.best(first, into: v, state: state, random: &random))
        _ = try #require(inserter.best(second, into: v, state: state, random: &random))
        inserter.insert(first, into: v, at: firstSpot, state: &state)
        #expect(state.routes[v].contains(Int32(first)))
        matchesFreshWalks(state, "first order back in route \(v)")
    }

    @Test("local-search moves between routes with breaks keep every route's exact metrics")
    func localSearchKeepsExactMetrics() throws {
        var (state, steps, random) = try recreatedDay(seed: 7, materials: false, softWindows: true)
        var localSearch = LocalSearch()
        var improved = 0
        for step in 0..<20 {
            steps.ruin(&state, random: &random)
            steps.recreate(&state, random: &random)
            if localSearch.run(&state, random: &random, deadline: SearchDeadline(seconds: 60, cancellation: nil)) { improved += 1 }
            matchesFreshWalks(state, "step \(step)")
        }
        #expect(improved > 0)
    }
}
