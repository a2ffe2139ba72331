import ArgumentParser
import FieldDispatch
import FieldDispatchIO
import FieldDispatchValidation
import Foundation

/// `field-dispatch demo`: plan the bundled city day and print what a dispatcher sees.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Plan the bundled city day (300 orders, 25 technicians; the scenario of fixtures/city-day.json) and print the summary.")

    @Option(name: .long, help: "Time budget.")
    var timeLimit: TimeLimit = TimeLimit(seconds: 3)

    @Option(name: .long, help: "Random seed.")
    var seed: UInt64 = 0

    func run() throws {
        let problem = GenerateCommand.scenario(orders: 300, technicians: 25, days: 1, surge: 1, seed: 1)
        let threads = ProcessInfo.processInfo.activeProcessorCount
        let report = Solver(problem: problem).solve(options: SolveOptions(timeLimit: timeLimit.seconds, seed: seed, threads: threads))
        print(PlanOutput.summary(report, problem: problem))
        let hard = PlanValidator(problem: problem).validate(report.plan).filter(\.isHard)
        print("")
        print(hard.isEmpty ? "Checked by the independent validator: every hard rule kept."
                           : "The validator found \(hard.count) broken hard rule(s).")
        if !hard.isEmpty { throw CLIExit.internalError }
    }
}
