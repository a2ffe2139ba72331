import ArgumentParser
import FieldDispatch
import FieldDispatchIO
import FieldDispatchValidation
import Foundation

/// `field-dispatch solve`: plan a scenario and print a summary or the plan.
struct SolveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "solve",
        abstract: "Plan a scenario (native JSON, Solomon text or VROOM JSON, detected by content).")

    @Argument(help: "Scenario file.")
    var scenario: String

    @OptionGroup var search: SearchOptions

    @Option(name: .shortAndLong, help: "Write the plan as JSON to this file ('-' for standard output).")
    var output: String?

    @Option(name: .long, help: "What to print: table (a summary for dispatchers) or json (the plan).")
    var format: OutputFormat = .table

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case table, json }

    func run() throws {
        let problem = try InputFiles.problem(at: scenario)
        let progress = ProgressLine()
        let report = Solver(problem: problem).solve(options: search.solveOptions(progress: progress))
        progress.finish()
        let violations = PlanValidator(problem: problem).validate(report.plan).filter(\.isHard)
        let encoded = PlanOutput.json(report, problem: problem)
        if let output { try InputFiles.write(encoded, to: output) }
        switch format {
        case .json where output != "-":
            FileHandle.standardOutput.write(encoded)
        case .json:
            break
        case .table:
            print(PlanOutput.summary(report, problem: problem))
        }
        if !violations.isEmpty {
            InputFiles.printError("the plan breaks \(violations.count) hard rule(s):\n" + violations.map { "  \($0)" }.joined(separator: "\n"))
            throw CLIExit.internalError
        }
    }
}
