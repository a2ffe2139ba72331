import Foundation
import Synchronization
import Testing
@testable import FieldDispatch
import FieldDispatchTestSupport

@Suite struct SolverTests {
    @Test("solves Solomon C101 to within 3 % of the best known distance with every customer served")
    func solomonC101() throws {
        let problem = try Fixtures.solomon("C101")
        let report = Solver(problem: problem).solve(options: SolveOptions(timeLimit: 60, maxIterations: 600))
        expectValidPlan(report.plan, for: problem)
        #expect(report.plan.unassigned.isEmpty)
        #expect(report.plan.routes.count <= 25)
        #expect(Fixtures.solomonDistance(report.plan, problem) <= 828.94 * 1.03, "after \(report.iterations) iterations")
    }

    @Test("solves a field-service day with skills, breaks and soft windows to a valid plan")
    func fieldDay() throws {
        let problem = try Fixtures.fieldDay(seed: 8, orders: 60, technicians: 6, breaks: true, softWindows: true)
        let report = Solver(problem: problem).solve(options: SolveOptions(timeLimit: 1.5))
        expectValidPlan(report.plan, for: problem)
        #expect(report.plan.routes.flatMap(\.orderIds).count + report.plan.unassigned.count == problem.orders.count)
        #expect(report.objective == Solver(problem: problem).objective(of: report.plan))
    }

    @Test("random field days with breaks, soft windows, SLAs, parts and depots always give valid, complete plans",
          arguments: 1...12)
    func randomDaysAreValid(seed: Int) throws {
        let problem = try Fixtures.fieldDay(seed: UInt64(seed), orders: 30, technicians: 4, breaks: seed % 2 == 0,
                                            softWindows: seed % 3 != 0, materials: true)
        let solver = Solver(problem: problem)
        let report = solver.solve(options: SolveOptions(timeLimit: 30, seed: UInt64(seed), maxIterations: 40))
        expectValidPlan(report.plan, for: problem)
        expectValidPlan(solver.nearestCertifiedTechnicianPlan(), for: problem)
        let served = report.plan.routes.flatMap(\.orderIds)
        #expect(Set(served).count == served.count)
        #expect(served.count + report.plan.unassigned.count == problem.orders.count)
        #expect(report.objective == solver.objective(of: report.plan))
    }

    @Test("a large fleet (reinsertion near each order first) still gives a valid, complete plan")
    func largeFleet() throws {
        let problem = try Fixtures.fieldDay(seed: 21, orders: 150, technicians: 45, breaks: true, materials: true)
        #expect(Instance(problem: problem).vehicleCount > RuinAndRecreate.fullScanVehicleLimit)
        let solver = Solver(problem: problem)
        let report = solver.solve(options: SolveOptions(timeLimit: 30, maxIterations: 60))
        expectValidPlan(report.plan, for: problem)
        #expect(report.plan.routes.flatMap(\.orderIds).count + report.plan.unassigned.count == problem.orders.count)
        #expect(report.objective <= solver.objective(of: solver.nearestCertifiedTechnicianPlan()))
    }

    @Test("the same seed gives the same plan")
    func deterministic() throws {
        let problem = try Fixtures.fieldDay(seed: 2, breaks: true)
        let options = SolveOptions(timeLimit: 60, seed: 42, maxIterations: 150)
        let first = Solver(problem: problem).solve(options: options)
        let second = Solver(problem: problem).solve(options: options)
        #expect(first.plan == second.plan)
        #expect(first.stopReason == .iterationLimit)
    }

    @Test("limited by iterations, the plan does not depend on how much of the wall clock is used")
    func iterationLimitIgnoresClock() throws {
        let problem = try Fixtures.fieldDay(seed: 2, breaks: true)
        let solver = Solver(problem: problem)
        let options = SolveOptions(timeLimit: 1_000, seed: 7, maxIterations: 400)
        let driver = SearchDriver(instance: solver.instance, options: options, seed: 7, reportsProgress: false)
        let now = DispatchTime.now().uptimeNanoseconds
        let budget: UInt64 = 1_000_000_000_000
        let fresh = driver.run(deadline: SearchDeadline(start: now, end: now + budget, cancellation: nil))
        // The same budget, up to nine tenths of it already gone (as much as the machine has been
        // up): a schedule that read the clock would start cold.
        let gone = min(now, budget / 10 * 9)
        let late = driver.run(deadline: SearchDeadline(start: now - gone, end: now - gone + budget, cancellation: nil))
        #expect(fresh.stopReason == .iterationLimit && late.stopReason == .iterationLimit)
        #expect(fresh.best.routes == late.best.routes)
        #expect(fresh.best.searchScore == late.best.searchScore)
        for outcome in [fresh, late] { expectValidPlan(PlanBuilder(instance: solver.instance).plan(from: outcome.best), for: problem) }
    }

    @Test("parallel searches pick the same winner on every run")
    func parallelDeterministic() throws {
        let problem = try Fixtures.solomon("R101", customers: 40)
        let options = SolveOptions(timeLimit: 60, seed: 5, threads: 2, maxIterations: 100)
        let first = Solver(problem: problem).solve(options: options)
        let second = Solver(problem: problem).solve(options: options)
        #expect(first.plan == second.plan)
        #expect(first.threads == 2)
        #expect(first.seed == 5 && first.winningSearch == second.winningSearch)
        // The winning search alone, run with its own seed, finds the same plan.
        let alone = Solver(problem: problem).solve(options: SolveOptions(timeLimit: 60, seed: 5 + UInt64(first.winningSearch), threads: 1, maxIterations: 100))
        #expect(alone.plan == first.plan)
        expectValidPlan(first.plan, for: problem)
    }

    @Test("a 0.2 s budget on C101 returns promptly")
    func timeLimit() throws {
        let problem = try Fixtures.solomon("C101")
        let solver = Solver(problem: problem)
        let start = Date()
        let report = solver.solve(options: SolveOptions(timeLimit: 0.2))
        let elapsed = Date().timeIntervalSince(start)
        // Generous: the other tests share the two cores; a solve ignoring its limit runs far longer.
        #expect(elapsed < 10)
        #expect(report.stopReason == .timeLimit)
        expectValidPlan(report.plan, for: problem)
    }

    @Test("cancelling stops a long solve and still returns a complete plan")
    func cancellation() throws {
        let problem = try Fixtures.solomon("R101", customers: 60)
        let cancellation = SolveCancellation()
        let calls = Atomic<Int>(0)
        let options = SolveOptions(timeLimit: 60, progress: { _ in
            if calls.add(1, ordering: .relaxed).newValue >= 2 { cancellation.cancel() }
        }, cancellation: cancellation)
        let start = Date()
        let report = Solver(problem: problem).solve(options: options)
        #expect(Date().timeIntervalSince(start) < 10)
        #expect(report.stopReason == .cancelled)
        #expect(calls.load(ordering: .relaxed) >= 2)
        expectValidPlan(report.plan, for: problem)
        #expect(report.plan.unassigned.isEmpty)
    }

    @Test("a stagnation limit stops the search")
    func noImprovement() throws {
        let problem = try Fixtures.solomon("C101", customers: 25)
        let report = Solver(problem: problem).solve(options: SolveOptions(timeLimit: 60, noImprovementIterations: 50))
        #expect(report.stopReason == .noImprovement)
        expectValidPlan(report.plan, for: problem)
    }

    @Test("counts the moves it prices, more for a longer search")
    func countsMoveEvaluations() throws {
        let problem = try Fixtures.solomon("C101")
        let short = Solver(problem: problem).solve(options: SolveOptions(timeLimit: 60, maxIterations: 20))
        let long = Solver(problem: problem).solve(options: SolveOptions(timeLimit: 60, maxIterations: 80))
        #expect(short.moveEvaluations > 100 * problem.orders.count / 10)
        #expect(long.moveEvaluations > short.moveEvaluations)
    }

    @Test("an empty problem is solved at once")
    func empty() throws {
        var builder = ProblemBuilder()
        builder.addTechnician("T1", at: .plane(0, 0))
        let report = Solver(problem: try builder.build()).solve(options: SolveOptions(timeLimit: 5))
        #expect(report.plan.routes.isEmpty)
        #expect(report.stopReason == .optimal)
    }
}
