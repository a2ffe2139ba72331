import ArgumentParser
import FieldDispatch
import FieldDispatchValidation
import Foundation

/// Replays generated days under three policies and compares the end-of-day plans.
struct PolicyComparisonCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "On-time rate, travel and served orders of the live policy, re-solving after every event, and the nearest technician."
    )

    @Option(help: "Orders planned per day.")
    var orders: Int = 300

    @Option(help: "Technicians.")
    var technicians: Int = 25

    @Option(help: "Days to replay, one per seed from --seed on.")
    var seeds: Int = 5

    @Option(help: "First seed.")
    var seed: UInt64 = 1

    @Option(help: "Solver seconds for each day's initial plan.")
    var planSeconds: Double = 5

    @Option(help: "Engine seconds after every event for the re-solving policy.")
    var resolveSeconds: Double = 0.2

    func validate() throws {
        guard orders > 0, technicians > 0, seeds > 0 else { throw ValidationError("--orders, --technicians and --seeds must be positive") }
        guard planSeconds > 0, resolveSeconds > 0 else { throw ValidationError("--plan-seconds and --resolve-seconds must be positive") }
    }

    func run() async throws {
        var rows: [PolicyDay] = []
        for k in 0..<seeds {
            let daySeed = seed &+ UInt64(k)
            var random = SplitMix64(seed: daySeed)
            let problem = ScenarioGenerator(orders: orders, technicians: technicians).generate(using: &random)
            let plan = Solver(problem: problem).solve(options: SolveOptions(timeLimit: planSeconds, seed: daySeed)).plan
            let events = DispatchDayGenerator().events(for: problem, plan: plan, using: &random)
            progress("day \(daySeed): \(events.count) events")
            for policy in PolicyDay.Policy.allCases {
                rows.append(await PolicyDay.replay(problem: problem, plan: plan, events: events, policy: policy,
                                                   resolveSeconds: resolveSeconds, seed: daySeed))
                progress("  \(policy.rawValue) done")
            }
        }
        print("""
        ## Replayed days

        \(seeds) day(s) from ScenarioGenerator (\(orders) orders, \(technicians) technicians, seeds \(seed)...\(seed &+ UInt64(seeds - 1))), \
        each planned by the solver in \(planSeconds) s, then the DispatchDayGenerator defaults (20 orders arriving, 5 % cancelled, \
        10 % of visits overrunning, 3 emergencies, 1 technician falling ill) replayed with technicians following the plan. \
        Re-solving runs the engine on everything not frozen for \(resolveSeconds) s after every event but clock ticks, \
        adopting its plan when better. Figures are of the plan after the last event, checked by PlanValidator; \
        on time counts served visits started inside their windows and SLA, over served visits.

        | day | served at start | policy | served | unserved | on time | travel h | decision ms (mean) | valid |
        |---:|---:|---|---:|---:|---:|---:|---:|---|
        """)
        for row in rows { print(row.markdownRow) }
        print()
        print("| mean | | policy | served | unserved | on time | travel h | decision ms (mean) | valid |")
        print("|---|---|---|---:|---:|---:|---:|---:|---|")
        for policy in PolicyDay.Policy.allCases {
            let mine = rows.filter { $0.policy == policy }
            print(PolicyDay.meanRow(mine, policy: policy))
        }
        if rows.contains(where: { $0.hardViolations > 0 }) { throw ExitCode(2) }
    }
}
