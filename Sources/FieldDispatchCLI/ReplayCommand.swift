import ArgumentParser
import FieldDispatch
import FieldDispatchIO
import FieldDispatchValidation
import Foundation

/// `field-dispatch replay`: play a day of live events through the dispatcher and report.
struct ReplayCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Replay a day of live events (JSON lines) through the dispatcher: print each decision and the end-of-day KPIs.",
        discussion: """
            The day starts from --plan, or from a plan solved for --time-limit. Each event (order added or \
            cancelled, visit started, completed or overran, technician ill or back, emergency) gets a decision \
            that says what moved and why. The end-of-day plan is checked by the independent validator.
              field-dispatch generate --orders 300 --technicians 25 --seed 1 -o day.json --events events.jsonl
              field-dispatch replay day.json events.jsonl -o end-of-day.json
            """)

    @Argument(help: "Scenario file.")
    var scenario: String

    @Argument(help: "Events as JSON lines (as written by 'generate --events').")
    var events: String

    @Option(name: .long, help: "The morning plan (JSON, as written by 'solve -o'); solved afresh when absent.")
    var plan: String?

    @Option(name: .long, help: "Budget of the morning solve when no --plan is given.")
    var timeLimit: TimeLimit = TimeLimit(seconds: 2)

    @Option(name: .long, help: "Seed of the morning solve.")
    var seed: UInt64 = 0

    @Option(name: .shortAndLong, help: "Write the end-of-day plan as JSON to this file.")
    var output: String?

    @Flag(name: .long, help: "Print only the end-of-day summary, not every decision.")
    var quiet = false

    func run() async throws {
        let problem = try InputFiles.problem(at: scenario)
        guard let data = FileManager.default.contents(atPath: events) else {
            InputFiles.printError("cannot read \(events)")
            throw CLIExit.unreadable
        }
        let log = DispatchEventLog(for: problem)
        let dayEvents: [DispatchEvent]
        do {
            dayEvents = try log.decode(String(decoding: data, as: UTF8.self))
        } catch {
            InputFiles.printError("\(events): \(error)")
            throw CLIExit.badInput
        }
        let morning = try plan.map { try InputFiles.plan(at: $0, for: problem) }
            ?? Solver(problem: problem).solve(options: SolveOptions(timeLimit: timeLimit.seconds, seed: seed, threads: 1)).plan
        let dispatcher = Dispatcher(problem: problem, plan: morning)
        let decisions = await dispatcher.replay(dayEvents)
        let finalPlan = await dispatcher.plan
        let finalProblem = await dispatcher.problem
        if !quiet {
            for decision in decisions where !decision.why.isEmpty {
                print(decision.why.joined(separator: "\n"))
            }
            print("")
        }
        print("Replayed \(dayEvents.count) events, \(decisions.count) decisions.")
        print(PlanSummaryText(plan: finalPlan, problem: finalProblem, maxRouteLines: quiet ? 0 : 40).render())
        if let output { try InputFiles.write(PlanEncoder().encode(finalPlan, for: finalProblem), to: output) }
        let hard = PlanValidator(problem: finalProblem).validate(finalPlan).filter(\.isHard)
        if !hard.isEmpty {
            InputFiles.printError("the end-of-day plan breaks \(hard.count) hard rule(s):\n" + hard.map { "  \($0)" }.joined(separator: "\n"))
            throw CLIExit.internalError
        }
    }
}
