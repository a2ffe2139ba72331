import ArgumentParser
import FieldDispatch
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

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case table, json, vroom, csv }

    func validate() throws {
        if scenario == nil && !csv.isGiven { throw ValidationError("give a scenario file or --orders and --technicians") }
        if scenario != nil && csv.isGiven { throw ValidationError("give either a scenario file or --orders and --technicians, not both") }
        if printing.json && ![.table, .json].contains(format) { throw ValidationError("--json conflicts with --format \(format.rawValue)") }
    }

    func run() throws {
        let problem = try csv.problem(path: scenario)
        let report = search.solve(problem, quiet: printing.quiet)
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
}
