import Testing
@testable import FieldDispatch
import FieldDispatchTestSupport

/// Ruin-and-recreate: split strings, the acceptance bound, and one priced empty route per
/// interchangeable vehicle class.
@Suite struct RuinAndRecreateTests {
    /// One technician at the origin and `orders` orders along a line, all on that technician's route.
    private func lineRoute(orders: Int) throws -> SearchState {
        var builder = ProblemBuilder()
        builder.addTechnician("T-1", at: .plane(0, 0))
        for k in 0..<orders { builder.addOrder("O-\(k)", at: .plane(Double(k + 1), 0)) }
        var state = SearchState(instance: try Instance(problem: builder.build()))
        state.setRoute(0, (0..<orders).map { Int32($0) })
        return state
    }

    @Test("a split string leaves a run of orders in place between the two parts it removes")
    func splitStrings() throws {
        let original = try lineRoute(orders: 30)
        var splits = 0
        for seed in 0..<40 {
            var state = original
            var ruin = RuinAndRecreate()
            ruin.splitStringShare = 1
            ruin.randomRemovalShare = 0
            var random = SplitMix64(seed: UInt64(seed))
            ruin.ruin(&state, random: &random)
            let positions = ruin.lastRemoved.map { Int($0) }.sorted()
            try #require(!positions.isEmpty)
            // Removed positions form one run, or two runs around a kept run.
            let gaps = zip(positions, positions.dropFirst()).filter { $1 != $0 + 1 }
            #expect(gaps.count <= 1)
            if gaps.count == 1 { splits += 1 }
            #expect(state.routes[0].count + positions.count == 30)
            #expect(Set(state.unassigned.map { Int($0) }) == Set(positions))
        }
        #expect(splits > 10)
    }

    @Test("recreate gives up once the solution cannot score below its bound, and finishes without one")
    func acceptanceBound() throws {
        var state = try lineRoute(orders: 6)
        let full = state.totalCost
        for order in [5, 4, 3] { state.remove(order) }
        let ruined = state
        var recreate = RuinAndRecreate()
        var random = SplitMix64(seed: 3)
        #expect(!recreate.recreate(&state, random: &random, bound: ruined.totalCost))
        #expect(!state.unassigned.isEmpty)
        state = ruined
        #expect(recreate.recreate(&state, random: &random, bound: full))
        #expect(state.unassigned.isEmpty)
        #expect(state.totalCost == full)
        state = ruined
        #expect(recreate.recreate(&state, random: &random))
        #expect(state.unassigned.isEmpty)
    }

    @Test("interchangeable technicians with empty routes are priced once per order, and the first of them takes it")
    func emptyTwins() throws {
        var builder = ProblemBuilder()
        for k in 0..<6 { builder.addTechnician("T-\(k)", at: .plane(0, 0)) }
        builder.addTechnician("T-far", at: .plane(50, 0))
        builder.addOrder("A", at: .plane(3, 0))
        var state = SearchState(instance: try Instance(problem: builder.build()))
        var recreate = RuinAndRecreate()
        var random = SplitMix64(seed: 0)
        #expect(recreate.recreate(&state, random: &random))
        #expect(state.routes[0] == [0])
        // One position on one of the six twins, one on the technician who starts elsewhere.
        #expect(recreate.evaluations == 2)
    }
}
