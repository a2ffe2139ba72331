import ArgumentParser
import FieldDispatchIO
import FieldDispatchValidation
import Foundation

/// `field-dispatch validate`: judge a plan against its scenario with the independent validator.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a plan against its scenario; exit 0 when it keeps every hard rule, 1 when not, 65 for bad input.")

    @Argument(help: "Scenario file, or a folder with orders.csv and technicians.csv.")
    var scenario: String

    @Argument(help: "Plan file (JSON, as written by 'solve -o').")
    var plan: String

    @OptionGroup var day: PlanningDayOptions

    func run() throws {
        let problem = try InputFiles.problem(at: scenario, csv: day.reader)
        let plan = try InputFiles.plan(at: self.plan, for: problem)
        let violations = PlanValidator(problem: problem).validate(plan)
        let hard = violations.filter(\.isHard)
        for violation in violations {
            print((violation.isHard ? "violation: " : "warning: ") + violation.description)
        }
        let routes = plan.routes.count, served = plan.assignedOrderIds.count
        if hard.isEmpty {
            print("valid: \(served) orders in \(routes) routes, \(plan.unassigned.count) unassigned; no hard rule broken"
                  + (violations.isEmpty ? "" : " (\(violations.count) warning(s))"))
        } else {
            print("invalid: \(hard.count) hard rule(s) broken")
            throw CLIExit.violations
        }
    }
}
