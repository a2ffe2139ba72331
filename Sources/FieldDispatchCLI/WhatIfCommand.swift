import ArgumentParser
import FieldDispatch
import FieldDispatchIO
import FieldDispatchValidation
import Foundation

/// `field-dispatch whatif`: plan a scenario as it is and as changed, and compare the two plans.
struct WhatIfCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "whatif",
        abstract: "Plan a scenario as it is and with changes (more technicians, a surge, other hours), and compare.",
        discussion: """
            Both plans are solved with the same seed, threads and budget (unless time-limit: changes the variant's). \
            The table shows on-time rate, emergencies served, unassigned by priority, travel, overtime, utilisation \
            and each outlet's orders and working time, with the difference; then the orders that changed technician \
            or shift, or are served in one plan only.

            Changes (--change, repeatable, applied in order):
            \(ScenarioChange.syntax.map { "  \($0.form)\n      \($0.meaning)" }.joined(separator: "\n"))

            Examples:
              field-dispatch whatif day.json --change add-technicians:2@GZ-HZ:like=T-LI
              field-dispatch whatif day.json --change surge:1.5 --out-dir whatif
              field-dispatch whatif day.json --change shift-hours:08:00-19:00
              field-dispatch whatif day.json --change remove-technician:T-WU
              field-dispatch whatif day.json --change priority:A-1033=emergency
              field-dispatch whatif day.json --change windows:half-day --change time-limit:30s

            With --out-dir: baseline.json and variant.json (plans), variant-scenario.json (the changed scenario) \
            and comparison.json. A change that cannot be read exits 64; one that names an unknown technician, \
            outlet or order exits 65.
            """)

    @Argument(help: "Scenario file, or a folder with orders.csv and technicians.csv.")
    var scenario: String

    @Option(name: .customLong("change"), help: "A change to the scenario (repeatable; see the list above).")
    var changeTexts: [String] = []

    @OptionGroup var search: SearchOptions

    @OptionGroup var printing: OutputOptions

    @OptionGroup var day: PlanningDayOptions

    @Option(name: .long, help: "Write baseline.json, variant.json, variant-scenario.json and comparison.json here.")
    var outDir: String?

    func validate() throws {
        guard !changeTexts.isEmpty else { throw ValidationError("give at least one --change (e.g. --change add-technicians:1)") }
        _ = try parsedChanges()
    }

    func parsedChanges() throws -> [ScenarioChange] {
        do {
            return try changeTexts.map { text throws(ScenarioChangeError) in try ScenarioChange(parsing: text) }
        } catch {
            throw ValidationError("\(error)")
        }
    }

    func run() throws {
        let changes = try parsedChanges()
        let problem = try InputFiles.problem(at: scenario, csv: day.reader)
        let variantProblem: Problem
        do {
            variantProblem = try ScenarioChange.applying(changes, to: problem, seed: search.seed)
        } catch {
            InputFiles.printError("\(error)")
            throw CLIExit.badInput
        }
        let baseline = search.solve(problem, label: "baseline", quiet: printing.quiet)
        let variant = search.solve(variantProblem, label: "variant", quiet: printing.quiet,
                                   timeLimit: ScenarioChange.timeLimit(in: changes))
        let comparison = PlanComparison(baseline: baseline.plan, of: problem, variant: variant.plan, of: variantProblem)
        let json = comparison.encodeJSON(extra: [("changes", changes.map(\.description))])
        if let outDir {
            try InputFiles.makeFolder(outDir)
            let folder = URL(fileURLWithPath: outDir)
            try InputFiles.write(PlanOutput.json(baseline, problem: problem), to: folder.appendingPathComponent("baseline.json").path)
            try InputFiles.write(PlanOutput.json(variant, problem: variantProblem), to: folder.appendingPathComponent("variant.json").path)
            try InputFiles.write(try ScenarioEncoder().encode(variantProblem), to: folder.appendingPathComponent("variant-scenario.json").path)
            try InputFiles.write(json, to: folder.appendingPathComponent("comparison.json").path)
        }
        if printing.json {
            FileHandle.standardOutput.write(json)
        } else if !printing.quiet {
            print("What if: " + changes.map(\.description).joined(separator: ", "))
            print("Scenario \(problem.name): \(problem.orders.count) → \(variantProblem.orders.count) orders, "
                  + "\(problem.technicians.count) → \(variantProblem.technicians.count) technicians; "
                  + "seed \(search.seed), \(String(format: "%.1f", baseline.elapsed)) s + \(String(format: "%.1f", variant.elapsed)) s")
            print("")
            print(comparison.renderText())
            if let outDir { print("\nWrote baseline.json, variant.json, variant-scenario.json and comparison.json to \(outDir)") }
        }
        for (name, report, scenario) in [("baseline", baseline, problem), ("variant", variant, variantProblem)] {
            let hard = PlanValidator(problem: scenario).validate(report.plan).filter(\.isHard)
            if !hard.isEmpty {
                InputFiles.printError("the \(name) plan breaks \(hard.count) hard rule(s):\n" + hard.map { "  \($0)" }.joined(separator: "\n"))
                throw CLIExit.internalError
            }
        }
    }
}
