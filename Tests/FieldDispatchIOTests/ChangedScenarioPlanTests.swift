import Foundation
import Testing
@testable import FieldDispatchIO
import FieldDispatchTestSupport

/// Plans of a what-if variant of the bundled scenario (restocks, breaks, several windows, late
/// starts), solved at fixed iteration counts so that every run searches the same way whatever
/// the machine's speed.
@Suite struct ChangedScenarioPlanTests {
    @Test("plans of a surged day with narrower windows and longer shifts are valid for many seeds", arguments: 0..<16)
    func surgedDay(seed: UInt64) throws {
        let base = try ScenarioDecoderTests.smallCity()
        let changes = try ["surge:1.5", "windows:3h", "shift-hours:07:30-18:00"].map { try ScenarioChange(parsing: $0) }
        let problem = try ScenarioChange.applying(changes, to: base, seed: seed)
        for iterations in [20, 60, 250, 1_000] {
            let report = Solver(problem: problem).solve(options: SolveOptions(timeLimit: 1_000, seed: seed, threads: 1,
                                                                               maxIterations: iterations))
            expectValidPlan(report.plan, for: problem)
            #expect(report.plan.routes.flatMap(\.orderIds).count + report.plan.unassigned.count == problem.orders.count)
        }
    }
}
