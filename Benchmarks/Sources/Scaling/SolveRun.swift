import FieldDispatch
import FieldDispatchValidation
import Foundation

/// One timed solve with the validator's verdict and the process's peak memory after it.
struct SolveRun {
    var report: SolveReport
    /// Wall-clock seconds of the solve call.
    var seconds: Double
    /// Hard-rule violations the validator finds.
    var hardViolations: Int
    /// Orders in routes.
    var assigned: Int
    /// Orders of the problem.
    var total: Int
    /// Driving time of the plan, seconds (the main part of a travel-time cost).
    var travelSeconds: Int
    /// Time past the shifts' regular ends, seconds (the other part, at its weight).
    var overtimeSeconds: Int

    /// Solves and validates.
    /// - Complexity: the solver's budget plus the validator's cost.
    /// - Parameter iterations: an iteration limit per search on top of the time limit; with one,
    ///   a run that stops on iterations gives the same plan on every machine.
    init(solver: Solver, timeLimit: Double, threads: Int, seed: UInt64, iterations: Int? = nil) {
        let clock = ContinuousClock()
        let start = clock.now
        report = solver.solve(options: SolveOptions(timeLimit: timeLimit, seed: seed, threads: threads, maxIterations: iterations))
        seconds = start.duration(to: clock.now).seconds
        hardViolations = PlanValidator(problem: solver.problem).validate(report.plan).count(where: \.isHard)
        assigned = report.plan.routes.reduce(0) { $0 + $1.orderIds.count }
        total = solver.problem.orders.count
        let kpis = PlanKPIs(plan: report.plan, problem: solver.problem)
        travelSeconds = kpis.travelDuration
        overtimeSeconds = kpis.overtime
    }

    /// Whether the validator accepts the plan.
    var isValid: Bool { hardViolations == 0 }

    /// One line: budget, seconds, service, cost (with its driving time and overtime), iterations
    /// and the validator's verdict.
    func line(label: String) -> String {
        let objective = report.objective
        return String(format: "%@: %.1f s, assigned %ld/%ld, lateness %ld, cost %ld (driving %.1f h, overtime %.1f h), %ld iterations, %@",
                      label, seconds, assigned, total, objective.lateness, objective.cost,
                      Double(travelSeconds) / 3_600, Double(overtimeSeconds) / 3_600, report.iterations,
                      isValid ? "valid" : "INVALID (\(hardViolations) hard violations)")
    }
}

extension Duration {
    /// The duration in seconds.
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) * 1e-18 }
}
