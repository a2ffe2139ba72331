import FieldDispatch
import FieldDispatchIO
import Foundation

/// Turns a solve report into what the CLI prints or writes.
enum PlanOutput {
    /// The plan as JSON with the run's facts.
    static func json(_ report: SolveReport, problem: Problem) -> Data {
        PlanEncoder().encode(report.plan, for: problem, solver: summary(of: report))
    }

    /// The dispatcher's summary.
    static func summary(_ report: SolveReport, problem: Problem) -> String {
        PlanSummaryText(plan: report.plan, problem: problem, run: .init(
            elapsed: report.elapsed, iterations: report.iterations, seed: report.seed,
            threads: report.threads, objective: report.objective.description, regions: report.regions)).render()
    }

    static func summary(of report: SolveReport) -> SolverSummary {
        let value = report.objective
        return SolverSummary(
            objective: [
                .init("emergenciesUnassigned", value.emergenciesUnassigned),
                .init("priorityWeightedUnassigned", value.priorityWeightedUnassigned),
                .init("lateness", value.lateness),
                .init("cost", value.cost),
                .init("imbalance", value.imbalance),
            ],
            seed: report.seed, elapsedSeconds: report.elapsed, iterations: report.iterations,
            details: ["threads": String(report.threads), "regions": String(report.regions), "stopReason": report.stopReason.rawValue])
    }
}
