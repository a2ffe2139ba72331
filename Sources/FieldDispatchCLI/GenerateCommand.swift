import ArgumentParser
import FieldDispatch
import FieldDispatchIO
import Foundation

/// `field-dispatch generate`: write a synthetic after-sales city scenario.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a synthetic after-sales city scenario as native JSON.")

    @Option(name: .long, help: "Orders on a normal day.")
    var orders: Int = 300

    @Option(name: .long, help: "Technicians in the network.")
    var technicians: Int = 25

    @Option(name: .long, help: "Days in the horizon (one shift per technician and day).")
    var days: Int = 1

    @Option(name: .long, help: "Demand multiplier after a storm or heat wave (1 = normal).")
    var surge: Double = 1

    @Option(name: .long, help: "Random seed.")
    var seed: UInt64 = 1

    @Option(name: .shortAndLong, help: "Output file ('-' for standard output).")
    var output: String = "-"

    @Option(name: .long, help: "Also write a day of live events (orders arriving, cancellations, overruns, an ill technician, emergencies) as JSON lines to this file, for 'replay'.")
    var events: String?

    @Option(name: .long, help: "Orders arriving during the day (with --events).")
    var arriving: Int = 30

    func validate() throws {
        guard arriving >= 0 else { throw ValidationError("--arriving must not be negative") }
        guard orders >= 0 else { throw ValidationError("--orders must not be negative") }
        guard technicians >= 1 else { throw ValidationError("--technicians must be at least 1") }
        guard (1...31).contains(days) else { throw ValidationError("--days must be between 1 and 31") }
        guard surge >= 0, surge <= 50 else { throw ValidationError("--surge must be between 0 and 50") }
    }

    func run() throws {
        let problem = Self.scenario(orders: orders, technicians: technicians, days: days, surge: surge, seed: seed)
        try InputFiles.write(try ScenarioEncoder().encode(problem), to: output)
        if let events {
            // Events refer to a plan: the day starts from a short, seeded solve of the scenario.
            let plan = Solver(problem: problem).solve(options: SolveOptions(timeLimit: 1, seed: seed, threads: 1)).plan
            var rng = SplitMix64(seed: seed &+ 1)
            let day = DispatchDayGenerator(arrivingOrders: arriving).events(for: problem, plan: plan, using: &rng)
            try InputFiles.write(Data(DispatchEventLog(for: problem).encode(day).utf8), to: events)
        }
    }

    /// The generated scenario for these settings.
    static func scenario(orders: Int, technicians: Int, days: Int, surge: Double, seed: UInt64) -> Problem {
        var rng = SplitMix64(seed: seed)
        return ScenarioGenerator(orders: orders, technicians: technicians, days: days, surge: surge).generate(using: &rng)
    }
}
