import ArgumentParser
import FieldDispatch
import FieldDispatchValidation
import Foundation

/// Decision latency of `orderAdded`, `emergencyAdded`, `candidates` and `slotOffers` on a planned
/// multi-day network, each call timed alone through the actor.
struct LatencyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "latency",
        abstract: "p50 / p99 / max decision latency on a generated network planned by the solver."
    )

    @Option(help: "Planned orders.")
    var orders: Int = 4_000

    @Option(help: "Technicians.")
    var technicians: Int = 500

    @Option(help: "Days in the scenario (each technician works one shift a day); slot offers span them.")
    var days: Int = 3

    @Option(help: "Solver seconds for the initial plan.")
    var solveSeconds: Double = 10

    @Option(help: "Fresh orders per measured call kind.")
    var calls: Int = 300

    @Option(help: "Hour of day 0 the clock is moved to (following the plan) before measuring.")
    var clockHour: Int = 10

    @Flag(help: "Tick the clock one second before every measured call, so no cached route state survives (the state after any timed event).")
    var cold = false

    @Option(help: "Call kinds to measure (comma-separated): candidates, slots, emergencies, insertions.")
    var kinds: String = "candidates,slots,emergencies,insertions"

    @Option(help: "Seed of the scenario, the fresh orders and the solver.")
    var seed: UInt64 = 1

    func validate() throws {
        guard orders > 0, technicians > 0, days >= 1, calls > 0 else { throw ValidationError("--orders, --technicians, --days and --calls must be positive") }
        guard solveSeconds > 0 else { throw ValidationError("--solve-seconds must be positive") }
        guard (0...23).contains(clockHour) else { throw ValidationError("--clock-hour must be 0...23") }
        let known: Set<String> = ["candidates", "slots", "emergencies", "insertions"]
        guard !chosen.isEmpty, chosen.isSubset(of: known) else { throw ValidationError("--kinds lists some of \(known.sorted().joined(separator: ", "))") }
    }

    func run() async throws {
        var random = SplitMix64(seed: seed)
        let problem = ScenarioGenerator(orders: orders, technicians: technicians, days: days).generate(using: &random)
        progress("solving \(problem.orders.count) orders, \(technicians) technicians, \(days) day(s) for \(solveSeconds) s...")
        let report = Solver(problem: problem).solve(options: SolveOptions(timeLimit: solveSeconds, seed: seed))
        let planned = report.plan.assignedOrderIds.count
        let dispatcher = Dispatcher(problem: problem, plan: report.plan)
        let clock = clockHour * 3600
        _ = await dispatcher.advanceClock(to: clock, followsPlan: true)
        let fresh = FreshOrders(problem: problem, count: calls, seed: seed &+ 1, after: clock)
        let windows = (0..<days).flatMap { day in [8, 10, 13, 15].map { TimeWindow(start: day * 86_400 + $0 * 3600, end: day * 86_400 + ($0 + 2) * 3600) } }
        var tick = clock
        func maybeTick() async {
            guard cold else { return }
            tick += 1
            _ = await dispatcher.handle(.clockAdvanced(to: tick))
        }
        var candidates = LatencySample(name: "candidates (limit 5)")
        var offers = LatencySample(name: "slotOffers (\(windows.count) windows)")
        var emergencies = LatencySample(name: "emergencyAdded")
        var additions = LatencySample(name: "orderAdded")
        var offered = 0, candidateCount = 0, emergencyPlaced = 0, added = 0
        progress("measuring candidates and slot offers...")
        for order in fresh.orders where chosen.contains("candidates") {
            await maybeTick()
            let ranked = await candidates.measure { await dispatcher.candidates(for: order, limit: 5) }
            candidateCount += ranked.count
        }
        for order in fresh.orders where chosen.contains("slots") {
            await maybeTick()
            let result = await offers.measure { await dispatcher.slotOffers(for: order, windows: windows) }
            offered += result.count { $0.isAvailable }
        }
        progress("measuring emergencies...")
        for (k, order) in fresh.emergencies.enumerated() where chosen.contains("emergencies") {
            await maybeTick()
            let decision = await emergencies.measure { await dispatcher.handle(.emergencyAdded(order, allowInterruption: k % 2 == 0)) }
            if decision.unassigned.isEmpty { emergencyPlaced += 1 }
            // Untimed: the emergency leaves again so the next one meets the planned day, not a pile of emergencies.
            _ = await dispatcher.handle(.orderCancelled(orderId: order.id))
        }
        progress("measuring insertions...")
        for order in fresh.orders where chosen.contains("insertions") {
            await maybeTick()
            let decision = await additions.measure { await dispatcher.handle(.orderAdded(order)) }
            if decision.unassigned.isEmpty { added += 1 }
        }
        let live = await dispatcher.problem
        let hard = PlanValidator(problem: live).validate(await dispatcher.plan).filter(\.isHard)
        print("""
        ## Decision latency

        Scenario: ScenarioGenerator seed \(seed), \(problem.orders.count) orders, \(technicians) technicians, \(days) day(s) \
        (\(technicians * days) shifts); solver \(solveSeconds) s, \(planned) orders planned. Clock moved to day 0 \(clockHour):00 \
        following the plan. \(cold ? "Cold: the clock ticks one second before every call, so every route's cached state is rebuilt on demand." : "Warm: the clock stands still, so routes' cached state is reused between calls.")

        | call | calls | wall p50 ms | wall p99 ms | wall max ms | CPU p50 ms | CPU p99 ms | CPU max ms | target p99 |
        |---|---:|---:|---:|---:|---:|---:|---:|---|
        \([(candidates, 1.0), (offers, 5.0), (emergencies, 1.0), (additions, 1.0)]
            .filter { !$0.0.micros.isEmpty }.map { $0.0.row(targetMillis: $0.1) }.joined(separator: "\n"))

        Outcomes: \(candidateCount) candidates for \(calls) orders; \(offered) of \(calls * windows.count) slots available; \
        \(emergencyPlaced) of \(calls) emergencies placed (each cancelled again, untimed); \(added) of \(calls) orders inserted \
        (kept: insertions accumulate, as a day's intake does). End plan: \(hard.isEmpty ? "valid" : "\(hard.count) hard violations") (PlanValidator).
        """)
        if !hard.isEmpty { throw ExitCode(2) }
    }

    private var chosen: Set<String> {
        Set(kinds.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
    }
}
