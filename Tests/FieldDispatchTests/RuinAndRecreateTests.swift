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

/// Reinsertion into routes the exact schedule must confirm (every technician has a break).
@Suite struct RuinAndRecreateConfirmationTests {
    /// Four technicians at the corners of a square, each with a late break that no route here
    /// lasts long enough to take, and sixteen orders inside it.
    private func breakDay() throws -> Instance {
        var builder = ProblemBuilder()
        for (k, corner) in [(0.0, 0.0), (40.0, 0.0), (0.0, 40.0), (40.0, 40.0)].enumerated() {
            builder.addTechnician("T-\(k)", at: .plane(corner.0, corner.1)) {
                $0.shifts[0].breaks = [Break(earliestStart: .hours(16), latestEnd: .hours(17), duration: .minutes(30))]
            }
        }
        for k in 0..<16 { builder.addOrder("O-\(k)", at: .plane(Double(3 + (k * 7) % 35), Double(2 + (k * 13) % 37))) }
        return try Instance(problem: builder.build())
    }

    /// The least rise in route cost over every route and position, each judged by the exact schedule.
    private func cheapestExactInsertion(of order: Int, in state: SearchState) -> Int? {
        var best: Int?
        for v in state.routes.indices {
            let route = state.routes[v]
            for position in 0...route.count {
                var candidate = route
                candidate.insert(Int32(order), at: position)
                let metrics = RouteSchedule(instance: state.instance, vehicle: v).metrics(candidate)
                guard metrics.isFeasible else { continue }
                let delta = state.instance.searchCost(metrics) - state.routeCost[v]
                if delta < (best ?? .max) { best = delta }
            }
        }
        return best
    }

    @Test("each order goes back where the exact schedule prices it cheapest, though every route needs the schedule to confirm it")
    func cheapestConfirmedPlace() throws {
        let instance = try breakDay()
        var state = SearchState(instance: instance)
        var recreate = RuinAndRecreate(blinkRate: 0)
        var random = SplitMix64(seed: 5)
        #expect(recreate.recreate(&state, random: &random))
        #expect(state.unassigned.isEmpty)
        #expect((0..<state.routes.count).allSatisfy { state.isComplex($0) })
        let solved = state
        for order in 0..<instance.orderCount {
            var ruined = solved
            ruined.remove(order)
            let expected = try #require(cheapestExactInsertion(of: order, in: ruined))
            let before = ruined.routeCost.reduce(0, +)
            #expect(recreate.recreate(&ruined, random: &random))
            #expect(ruined.routeCost.reduce(0, +) - before == expected, "order \(order)")
            expectValidPlan(PlanBuilder(instance: instance).plan(from: ruined), for: instance.problem)
        }
    }

    @Test("a route cheapest by segments loses to one its break does not burden, so the next bound is confirmed too")
    func breakMakesNearestDearer() throws {
        var builder = ProblemBuilder()
        builder.objective = ObjectiveOptions(costMeasure: .workingTime)
        // Near, but its break is open at the start of the shift and must be taken.
        builder.addTechnician("T-near", at: .plane(0, 0)) {
            $0.shifts[0].breaks = [Break(earliestStart: .hours(8), latestEnd: .hours(9), duration: .minutes(30))]
        }
        builder.addTechnician("T-far", at: .plane(24, 0)) {
            $0.shifts[0].breaks = [Break(earliestStart: .hours(16), latestEnd: .hours(17), duration: .minutes(30))]
        }
        builder.addOrder("A", at: .plane(10, 0))
        var state = SearchState(instance: try Instance(problem: builder.build()))
        var recreate = RuinAndRecreate(blinkRate: 0)
        var random = SplitMix64(seed: 0)
        #expect(recreate.recreate(&state, random: &random))
        #expect(state.routes[1] == [0])
        #expect(state.routes[0].isEmpty)
        expectValidPlan(PlanBuilder(instance: state.instance).plan(from: state), for: state.instance.problem)
    }

    @Test("a bound on a route skips no position, where an insertion with every position skipped finds none")
    func boundSkipsNothing() throws {
        let instance = try breakDay()
        var state = SearchState(instance: instance)
        state.setRoute(0, [0, 1, 2])
        var inserter = Inserter(blinkRate: 1)
        var random = SplitMix64(seed: 1)
        #expect(inserter.best(3, into: 0, state: state, random: &random) == nil)
        let bound = try #require(inserter.best(3, into: 0, state: state, random: &random, boundOnly: true))
        var sure = Inserter()
        let confirmed = try #require(sure.best(3, into: 0, state: state, random: &random))
        #expect(bound.delta <= confirmed.delta)
    }
}
