import ArgumentParser
import FieldDispatchIO
import Foundation

/// `field-dispatch compare`: two plan files side by side.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare two plans: KPIs with differences, and the orders that changed technician, shift or coverage.",
        discussion: """
            Both plans are read against --scenario; when the second plan solves a changed scenario (for example \
            whatif's variant-scenario.json), give that one as --variant-scenario.

            Example:
              field-dispatch compare monday-a.json monday-b.json --scenario monday.json
            """)

    @Argument(help: "First plan (JSON, as written by 'solve -o').")
    var planA: String

    @Argument(help: "Second plan.")
    var planB: String

    @Option(name: .long, help: "The scenario both plans solve (or the first plan's, with --variant-scenario).")
    var scenario: String

    @Option(name: .long, help: "The scenario the second plan solves, when it differs.")
    var variantScenario: String?

    @OptionGroup var printing: OutputOptions

    @OptionGroup var day: PlanningDayOptions

    func run() throws {
        let problemA = try InputFiles.problem(at: scenario, csv: day.reader)
        let problemB = try variantScenario.map { try InputFiles.problem(at: $0, csv: day.reader) } ?? problemA
        let a = try InputFiles.plan(at: planA, for: problemA)
        let b = try InputFiles.plan(at: planB, for: problemB)
        let labels = (URL(fileURLWithPath: planA).lastPathComponent, URL(fileURLWithPath: planB).lastPathComponent)
        let comparison = PlanComparison(baseline: a, of: problemA, variant: b, of: problemB,
                                        labels: labels.0 == labels.1 ? ("A", "B") : labels)
        if printing.json {
            FileHandle.standardOutput.write(comparison.encodeJSON())
        } else if !printing.quiet {
            print(comparison.renderText())
        }
    }
}
