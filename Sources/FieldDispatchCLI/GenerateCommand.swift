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

    func validate() throws {
        guard orders >= 0 else { throw ValidationError("--orders must not be negative") }
        guard technicians >= 1 else { throw ValidationError("--technicians must be at least 1") }
        guard (1...31).contains(days) else { throw ValidationError("--days must be between 1 and 31") }
        guard surge >= 0, surge <= 50 else { throw ValidationError("--surge must be between 0 and 50") }
    }

    func run() throws {
        let problem = Self.scenario(orders: orders, technicians: technicians, days: days, surge: surge, seed: seed)
        try InputFiles.write(try ScenarioEncoder().encode(problem), to: output)
    }

    /// The generated scenario for these settings.
    static func scenario(orders: Int, technicians: Int, days: Int, surge: Double, seed: UInt64) -> Problem {
        var rng = SplitMix64(seed: seed)
        return ScenarioGenerator(orders: orders, technicians: technicians, days: days, surge: surge).generate(using: &rng)
    }
}
