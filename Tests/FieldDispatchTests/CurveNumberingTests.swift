import Testing
@testable import FieldDispatch
import FieldDispatchTestSupport

/// Large days compiled with their orders numbered along a Hilbert curve: the numbering stays
/// inside the solver, and plans read as they would without it.
@Suite struct CurveNumberingTests {
    /// A day of 520 orders for 12 technicians: more orders than the shifts can serve.
    private func crowdedDay() -> Problem {
        var random = SplitMix64(seed: 4)
        return ScenarioGenerator(orders: Solver.curveNumberingThreshold + 20, technicians: 12).generate(using: &random)
    }

    @Test("a large day is compiled along the curve; its plan is valid, lists unassigned orders in input order and prices as the report says")
    func largeDay() {
        let problem = crowdedDay()
        let solver = Solver(problem: problem)
        let compiled = solver.instance.problem.orders.map(\.id)
        #expect(compiled != problem.orders.map(\.id))
        #expect(compiled.sorted() == problem.orders.map(\.id).sorted())
        let report = solver.solve(options: SolveOptions(timeLimit: 60, seed: 1, threads: 1, maxIterations: 30))
        expectValidPlan(report.plan, for: problem)
        let position = Dictionary(uniqueKeysWithValues: problem.orders.enumerated().map { ($1.id, $0) })
        let unassigned = report.plan.unassigned.map { position[$0.orderId]! }
        #expect(unassigned.count > 1)
        #expect(zip(unassigned, unassigned.dropFirst()).allSatisfy(<), "unassigned out of input order")
        #expect(report.objective == solver.objective(of: report.plan))
        let hand = solver.nearestCertifiedTechnicianPlan()
        expectValidPlan(hand, for: problem)
        let handUnassigned = hand.unassigned.map { position[$0.orderId]! }
        #expect(zip(handUnassigned, handUnassigned.dropFirst()).allSatisfy(<), "hand plan's unassigned out of input order")
    }

    @Test("the hand dispatch of a large day is the same whatever the numbering: orders alike come in intake order")
    func handDispatchKeepsIntakeOrder() {
        let problem = crowdedDay()
        let inInputOrder = Instance(problem: problem)
        let expected = PlanBuilder(instance: inInputOrder).plan(from: NearestCertifiedTechnician(instance: inInputOrder).solve())
        #expect(Solver(problem: problem).nearestCertifiedTechnicianPlan() == expected)
    }

    @Test("a day at the threshold keeps its input numbering")
    func smallDayKeepsItsNumbering() {
        var random = SplitMix64(seed: 4)
        let problem = ScenarioGenerator(orders: Solver.curveNumberingThreshold, technicians: 40).generate(using: &random)
        #expect(Solver(problem: problem).instance.problem.orders.map(\.id) == problem.orders.map(\.id))
    }
}
