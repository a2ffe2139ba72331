import Testing
@testable import FieldDispatch
import FieldDispatchTestSupport

@Suite struct MoveOperatorTests {
    /// A constructed solution of a Solomon instance (plain time windows: segments are exact).
    static func startingState(_ problem: Problem, seed: UInt64) -> SearchState {
        let instance = Instance(problem: problem)
        var state = SearchState(instance: instance)
        var random = SplitMix64(seed: seed)
        var regret = RegretInsertion(k: 2)
        regret.insert(state.unassigned.sorted(), into: &state, random: &random, deadline: nil)
        return state
    }

    @Test("every operator's delta equals the change of the fully recomputed cost", arguments: OperatorCatalog.standard)
    func deltaMatchesRecomputation(_ op: CatalogOperator) throws {
        let problem = try Fixtures.solomon("RC201", customers: 60)
        var state = Self.startingState(problem, seed: 3)
        // Leave a few orders out so insert-unassigned has work.
        for order in [4, 17, 33] { state.remove(order) }
        var local = LocalSearch(operators: [op])
        var applied = 0
        for u in 0..<problem.orders.count {
            for neighbour in state.instance.neighbours[u] {
                let v = Int(neighbour)
                guard state.routeOf[v] >= 0, let move = op.evaluate(u, v, in: state) else { continue }
                #expect(move.delta < 0)
                let before = state.searchScore
                guard local.apply(op, move, to: &state) else { continue }
                applied += 1
                let recomputed = SearchState(instance: state.instance, routes: state.routes)
                #expect(recomputed.searchScore == state.searchScore)
                #expect(state.searchScore - before == move.delta, "\(op.name) on (\(u), \(v))")
                #expect(state.isFeasible)
            }
        }
        #expect(applied > 0, "\(op.name) found no improving move")
        let plan = PlanBuilder(instance: state.instance).plan(from: state)
        expectValidPlan(plan, for: problem)
    }

    @Test("the catalogue lists every operator family once")
    func catalogue() {
        let names = OperatorCatalog.standard.map(\.name)
        #expect(Set(names).count == names.count)
        #expect(names.contains("relocate-3") && names.contains("swap-3") && names.contains("2-opt*") && names.contains("2-opt"))
    }

    @Test("moves into routes with breaks are confirmed by the exact schedule and stay valid")
    func complexRoutesStayValid() throws {
        let problem = try Fixtures.fieldDay(seed: 5, breaks: true, softWindows: true)
        var state = Self.startingState(problem, seed: 1)
        var random = SplitMix64(seed: 2)
        var local = LocalSearch()
        let before = state.searchScore
        local.run(&state, random: &random, deadline: SearchDeadline(seconds: 5, cancellation: nil))
        #expect(state.searchScore <= before)
        #expect(state.isFeasible)
        expectValidPlan(PlanBuilder(instance: state.instance).plan(from: state), for: problem)
    }
}

extension CatalogOperator: CustomTestStringConvertible {
    public var testDescription: String { name }
}
