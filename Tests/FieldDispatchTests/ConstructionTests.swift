import Testing
@testable import FieldDispatch
import FieldDispatchTestSupport

@Suite struct ConstructionTests {
    @Test("regret insertion keeps the emergency when van capacity is short")
    func emergencyKept() throws {
        var builder = ProblemBuilder()
        builder.addTechnician("T1", at: .plane(0, 0)) { $0.capacity = 10 }
        builder.addOrder("Near", at: .plane(1, 0)) { $0.demand = 10 }
        builder.addOrder("Leak", at: .plane(60, 60)) { order in
            order.demand = 10
            order.priority = .emergency
        }
        let problem = try builder.build()
        var state = SearchState(instance: Instance(problem: problem))
        var random = SplitMix64(seed: 1)
        var regret = RegretInsertion()
        regret.insert([0, 1], into: &state, random: &random, deadline: nil)
        #expect(state.routeOf[1] >= 0)
        #expect(state.routeOf[0] < 0)
        let report = Solver(problem: problem).solve(options: SolveOptions(timeLimit: 1, maxIterations: 50))
        #expect(report.objective.emergenciesUnassigned == 0)
        #expect(report.plan.unassigned.map(\.orderId) == ["Near"])
        expectValidPlan(report.plan, for: problem)
    }

    @Test("regret insertion serves every order of an easy day and keeps routes feasible")
    func servesEveryone() throws {
        let problem = try Fixtures.solomon("C101", customers: 50)
        let state = MoveOperatorTests.startingState(problem, seed: 4)
        #expect(state.unassigned.isEmpty)
        #expect(state.isFeasible)
        expectValidPlan(PlanBuilder(instance: state.instance).plan(from: state), for: problem)
    }

    @Test("the nearest-certified-technician baseline is complete and valid, and the solver beats it")
    func baseline() throws {
        let problem = try Fixtures.fieldDay(seed: 3, breaks: true)
        let solver = Solver(problem: problem)
        let baseline = solver.nearestCertifiedTechnicianPlan()
        expectValidPlan(baseline, for: problem)
        #expect(baseline.routes.flatMap(\.orderIds).count + baseline.unassigned.count == problem.orders.count)
        let report = solver.solve(options: SolveOptions(timeLimit: 2, maxIterations: 300))
        expectValidPlan(report.plan, for: problem)
        #expect(report.objective <= solver.objective(of: baseline))
    }

    @Test("the baseline serves orders by priority first")
    func baselinePriority() throws {
        var builder = ProblemBuilder()
        builder.addTechnician("T1", at: .plane(0, 0)) { $0.maxOrdersPerShift = 1 }
        builder.addOrder("Normal", at: .plane(1, 1), windows: [TimeWindow(start: .hours(8), end: .hours(9))])
        builder.addOrder("Urgent", at: .plane(30, 30), windows: [TimeWindow(start: .hours(10), end: .hours(12))]) { $0.priority = .urgent }
        let problem = try builder.build()
        let plan = Solver(problem: problem).nearestCertifiedTechnicianPlan()
        #expect(plan.routes.first?.orderIds == ["Urgent"])
        expectValidPlan(plan, for: problem)
    }
}
