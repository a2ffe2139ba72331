import Testing
@testable import FieldDispatch
import FieldDispatchTestSupport

/// Crossing infeasible space: relaxed insertions, adaptive weights, repair, and plans that keep every rule.
@Suite struct PenalisedSearchTests {
    @Test("weights rise when too few candidates are feasible and fall otherwise, within their bounds")
    func adaptiveWeights() {
        let start = PenaltyWeights.relaxed(meanArcCost: 1_000, meanDemand: 10)
        #expect(start == PenaltyWeights(timeWarp: 1, load: 100, isRelaxed: true))
        let up = start.adapted(feasibleShare: 0.1)
        #expect(up.timeWarp == 2 && up.load == 120)
        let down = start.adapted(feasibleShare: 0.9)
        #expect(down.timeWarp == 1 && down.load == 85)
        var high = PenaltyWeights(timeWarp: PenaltyWeights.maxWeight, load: 5, isRelaxed: true)
        high = high.adapted(feasibleShare: 0)
        #expect(high.timeWarp == PenaltyWeights.maxWeight)
        #expect(PenaltyWeights.strict.adapted(feasibleShare: 0) == .strict)
    }

    @Test("relaxed insertion may overload a van at its price; repair makes every route feasible again")
    func relaxedInsertionAndRepair() throws {
        var builder = ProblemBuilder()
        builder.addTechnician("T-1", at: .plane(0, 0)) { $0.capacity = 10 }
        builder.addTechnician("T-2", at: .plane(100, 0)) { $0.capacity = 10 }
        builder.addOrder("A", at: .plane(1, 0)) { $0.demand = 6 }
        builder.addOrder("B", at: .plane(2, 0)) { $0.demand = 6 }
        let problem = try builder.build()
        var state = SearchState(instance: Instance(problem: problem))
        var random = SplitMix64(seed: 1)
        var inserter = Inserter()
        let a = try #require(inserter.best(0, into: 0, state: state, random: &random))
        inserter.insert(0, into: 0, at: a, state: &state)
        #expect(inserter.best(1, into: 0, state: state, random: &random) == nil)
        state.setPenalties(PenaltyWeights(timeWarp: 1, load: 1, isRelaxed: true))
        let b = try #require(inserter.best(1, into: 0, state: state, random: &random))
        inserter.insert(1, into: 0, at: b, state: &state)
        #expect(!state.isFeasible)
        #expect(state.metrics[0].loadExcess == 2)
        var recreate = RuinAndRecreate()
        recreate.repair(&state, random: &random)
        #expect(state.isFeasible)
        #expect(state.unassigned.isEmpty)
        #expect(state.routes[0].count == 1 && state.routes[1].count == 1)
        #expect(state.penalties == PenaltyWeights(timeWarp: 1, load: 1, isRelaxed: true))
    }

    @Test("a search crossing infeasible space returns valid plans on windows, breaks, soft windows and parts",
          arguments: [0, 1, 2])
    func validPlans(seed: Int) throws {
        let problem = seed == 0 ? try Fixtures.solomon("R101", customers: 50)
            : try Fixtures.fieldDay(seed: UInt64(seed), orders: 40, technicians: 5, breaks: true, softWindows: true, materials: seed == 2)
        var options = SolveOptions(timeLimit: 30, seed: UInt64(seed), threads: 1, maxIterations: 400)
        options.crossesInfeasibleSpace = true
        let report = Solver(problem: problem).solve(options: options)
        expectValidPlan(report.plan, for: problem)
        options.crossesInfeasibleSpace = false
        let strict = Solver(problem: problem).solve(options: options)
        #expect(report.plan.unassigned.count <= strict.plan.unassigned.count + 1)
    }
}
