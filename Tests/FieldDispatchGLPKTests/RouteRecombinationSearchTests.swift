@testable import FieldDispatch
import FieldDispatchGLPK
import FieldDispatchTestSupport
import Testing

/// A recombiner that fails every time, as GLPK does when it errs or runs out of time.
private struct FailingRecombiner: RouteRecombiner {
    func recombine(_ request: RecombinationRequest) -> [Int]? { nil }
}

/// A recombiner that answers with nonsense: unknown indices and routes that share orders.
private struct CarelessRecombiner: RouteRecombiner {
    func recombine(_ request: RecombinationRequest) -> [Int]? { [-1, request.routes.count + 5] + Array(request.routes.indices) }
}

@Suite struct RouteRecombinationSearchTests {
    private func options(_ recombiner: (any RouteRecombiner)?, seed: UInt64 = 3) -> SolveOptions {
        var options = SolveOptions(timeLimit: 60, seed: seed, maxIterations: 1_500)
        options.recombiner = recombiner
        options.recombinationInterval = 250
        return options
    }

    @Test("plans with set partitioning are valid and the same for the same seed")
    func validAndDeterministic() throws {
        let problem = try SetPartitioningRecombinerTests.solomon(customers: 50)
        let solver = Solver(problem: problem)
        let first = solver.solve(options: options(SetPartitioningRecombiner()))
        let second = solver.solve(options: options(SetPartitioningRecombiner()))
        expectValidPlan(first.plan, for: problem)
        #expect(first.recombinations == 6)
        #expect(first.plan == second.plan)
        #expect(first.objective == second.objective)
    }

    @Test("a recombiner that always fails leaves the search's plan exactly as without one")
    func failureChangesNothing() throws {
        let problem = try SetPartitioningRecombinerTests.solomon(customers: 40)
        let solver = Solver(problem: problem)
        let without = solver.solve(options: options(nil))
        let failing = solver.solve(options: options(FailingRecombiner()))
        #expect(failing.recombinations == 6 && failing.recombinationImprovements == 0)
        #expect(failing.plan == without.plan)
    }

    @Test("a recombiner's nonsense never makes the plan invalid or worse than the search's own best")
    func nonsenseIsHarmless() throws {
        let problem = try SetPartitioningRecombinerTests.solomon(customers: 40)
        let report = Solver(problem: problem).solve(options: options(CarelessRecombiner()))
        expectValidPlan(report.plan, for: problem)
        #expect(report.plan.unassigned.isEmpty)
    }

    @Test("the route pool never holds more routes than its capacity and still finds the incumbent")
    func poolStaysBounded() throws {
        let instance = Instance(problem: try SetPartitioningRecombinerTests.solomon(customers: 30))
        let classes = VehicleClasses(instance: instance)
        var memory = RouteMemory(capacity: 20)
        var state = SearchState(instance: instance)
        var regret = RegretInsertion()
        var random = SplitMix64(seed: 5)
        let deadline = SearchDeadline(seconds: 60, cancellation: nil)
        regret.insert(state.unassigned.sorted(), into: &state, random: &random, deadline: deadline)
        var ruinAndRecreate = RuinAndRecreate()
        for _ in 0..<200 {
            let previous = state
            ruinAndRecreate.ruin(&state, random: &random)
            ruinAndRecreate.recreate(&state, random: &random)
            memory.recordChanges(of: state, since: previous, classes: classes)
            #expect(memory.count <= 20)
        }
        let found = memory.incumbent(state, classes: classes)
        let incumbent = try #require(found)
        #expect(memory.count <= 20)
        #expect(incumbent.count == state.routes.count { !$0.isEmpty })
        #expect(incumbent.map { memory.routes[$0].orders } .sorted { $0.lexicographicallyPrecedes($1) }
                == state.routes.filter { !$0.isEmpty }.map { $0.map(Int.init) }.sorted { $0.lexicographicallyPrecedes($1) })
    }

    @Test("Solomon vehicles form one class, so pooled routes may move between them")
    func homogeneousFleetIsOneClass() throws {
        let instance = Instance(problem: try SetPartitioningRecombinerTests.solomon(customers: 30))
        let classes = VehicleClasses(instance: instance)
        #expect(classes.members[0].count == instance.vehicleCount)
        #expect(classes.routeLimits.reduce(0, +) == instance.vehicleCount)
    }
}
