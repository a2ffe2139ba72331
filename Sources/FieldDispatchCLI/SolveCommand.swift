import ArgumentParser
import FieldDispatch
import FieldDispatchGLPK
import FieldDispatchIO
import FieldDispatchValidation
import Foundation

/// `field-dispatch solve`: plan a scenario and print a summary or the plan.
struct SolveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "solve",
        abstract: "Plan a scenario (native JSON, Solomon text or VROOM JSON, detected by content; or CSV spreadsheets).",
        discussion: """
            Formats: table prints a summary for dispatchers (-o writes the plan JSON); json prints the plan; \
            vroom prints VROOM's solution format; csv prints plan.csv (one row per stop). With --format json, \
            vroom or csv, -o writes that format to the file instead of standard output. A VROOM user switches with:
              vroom -i problem.json -o out.json
              field-dispatch solve problem.json --format vroom -o out.json

            CSV input (columns in the README):
              field-dispatch solve --orders o.csv --technicians t.csv --date 2026-11-24
              field-dispatch solve day/ --plan-csv plan.csv   (day/ holds both files)
            """)

    @Argument(help: "Scenario file, or a folder with orders.csv and technicians.csv.")
    var scenario: String?

    @OptionGroup var csv: CSVOptions

    @OptionGroup var search: SearchOptions

    @OptionGroup var printing: OutputOptions

    @Option(name: .shortAndLong, help: "Write the plan to this file ('-' for standard output).")
    var output: String?

    @Option(name: .long, help: "Output format: table, json, vroom or csv.")
    var format: OutputFormat = .table

    @Option(name: .long, help: "Also write the plan as CSV (one row per stop) to this file.")
    var planCsv: String?

    @Option(name: .long, help: "Surge triage with GLPK before routing: auto (when an outlet's demand exceeds 1.1x its capacity), on or off.")
    var surge: SurgeMode = .off

    @Option(name: .long, help: "Days the surge triage plans, e.g. 3d (with --surge); the plan printed is day 0's.")
    var horizon: SurgeReportCommand.Horizon = SurgeReportCommand.Horizon(days: 1)

    @Option(name: .long, help: "Recombine the routes the search finds by set partitioning with GLPK: on or off (off by default: at equal time it did not pay in the measurements).")
    var setPartitioning: Switch = .off

    enum Switch: String, ExpressibleByArgument, CaseIterable { case on, off }

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case table, json, vroom, csv }

    enum SurgeMode: String, ExpressibleByArgument, CaseIterable { case auto, on, off }

    func validate() throws {
        if scenario == nil && !csv.isGiven { throw ValidationError("give a scenario file or --orders and --technicians") }
        if scenario != nil && csv.isGiven { throw ValidationError("give either a scenario file or --orders and --technicians, not both") }
        if printing.json && ![.table, .json].contains(format) { throw ValidationError("--json conflicts with --format \(format.rawValue)") }
    }

    func run() throws {
        var problem = try csv.problem(path: scenario)
        let report: SolveReport
        if surge != .off, surge == .on || SurgeDetector(horizon: horizon.days).assess(problem).isSurge {
            (problem, report) = solveSurge(problem)
        } else {
            report = search.solve(problem, quiet: printing.quiet,
                                  recombiner: setPartitioning == .on ? SetPartitioningRecombiner() : nil)
            if setPartitioning == .on && !printing.quiet {
                FileHandle.standardError.write(Data("set partitioning: \(report.recombinations) recombinations, \(report.recombinationImprovements) improved the plan\n".utf8))
            }
        }
        let violations = PlanValidator(problem: problem).validate(report.plan).filter(\.isHard)
        let format = printing.json ? .json : format
        let encoded: Data
        switch format {
        case .table, .json: encoded = PlanOutput.json(report, problem: problem)
        case .vroom: encoded = VROOMPlanEncoder().encode(report.plan, for: problem, computingMilliseconds: Int(report.elapsed * 1000))
        case .csv: encoded = Data(PlanCSVEncoder().encode(report.plan, for: problem).utf8)
        }
        if let output { try InputFiles.write(encoded, to: output) }
        if let planCsv { try InputFiles.write(Data(PlanCSVEncoder().encode(report.plan, for: problem).utf8), to: planCsv) }
        switch format {
        case .table:
            if !printing.quiet { print(PlanOutput.summary(report, problem: problem)) }
        case .json, .vroom, .csv:
            if output == nil { FileHandle.standardOutput.write(encoded) }
        }
        if !violations.isEmpty {
            InputFiles.printError("the plan breaks \(violations.count) hard rule(s):\n" + violations.map { "  \($0)" }.joined(separator: "\n"))
            throw CLIExit.internalError
        }
    }

    /// Triage over the horizon with GLPK, route each day, report per outlet and day on standard
    /// error, and return day 0's problem (deferred orders moved out) and plan.
    private func solveSurge(_ problem: Problem) -> (Problem, SolveReport) {
        let clock = ContinuousClock.now
        let surgePlan = SurgeReportCommand.planner(budget: search.timeLimit.seconds, horizon: horizon.days,
                                                   routing: search.solveOptions(progress: nil)).plan(problem)
        let elapsed = clock.duration(to: .now)
        if !printing.quiet {
            FileHandle.standardError.write(Data((SurgeReportCommand.headline(surgePlan) + "\n"
                + SurgeReportCommand.table(surgePlan).render() + "\n").utf8))
        }
        let today = surgePlan.days[0]
        let report = SolveReport(
            plan: today.plan, objective: Solver(problem: today.problem).objective(of: today.plan), iterations: 0,
            elapsed: elapsed.seconds,
            seed: search.seed, threads: search.threads ?? 1, stopReason: .timeLimit)
        return (today.problem, report)
    }
}
