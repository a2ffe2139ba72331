import ArgumentParser
import Foundation
import FieldDispatch

/// Plans generated after-sales service days with the solver and with the nearest-certified-technician
/// rule, validates both plans, and prints what the solver saves.
@main
struct CityDaysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "citydays",
        abstract: "Solver versus nearest-certified-technician dispatch on generated city days."
    )

    @Option(help: "Orders per day; one day per value (comma-separated).")
    var orders: String = "300,1000"

    @Option(help: "Technicians per day; default one per 12 orders, rounded up.")
    var technicians: Int?

    @Option(help: "Demand multiplier (1 = a normal day, 2 = a storm surge).")
    var surge: Double = 1

    @Option(help: "Solver seconds per day.")
    var timeLimit: Double = 10

    @Option(help: "Solver threads.")
    var threads: Int = 1

    @Option(help: "Seed for the scenario and the solver.")
    var seed: UInt64 = 0

    func validate() throws {
        guard !orderCounts.isEmpty, orderCounts.allSatisfy({ $0 > 0 }) else {
            throw ValidationError("--orders must list positive whole numbers, e.g. 300,1000")
        }
        if let technicians, technicians < 1 { throw ValidationError("--technicians must be at least 1") }
        guard surge > 0 else { throw ValidationError("--surge must be positive") }
        guard timeLimit > 0 else { throw ValidationError("--time-limit must be positive") }
        guard threads >= 1 else { throw ValidationError("--threads must be at least 1") }
    }

    func run() throws {
        var allValid = true
        for count in orderCounts {
            let workforce = technicians ?? (count + 11) / 12
            FileHandle.standardError.write(Data("planning \(count) orders, \(workforce) technicians, seed \(seed)...\n".utf8))
            let generator = ScenarioGenerator(orders: count, technicians: workforce, days: 1, surge: surge)
            let day = DayComparison(generator: generator, seed: seed, timeLimit: timeLimit, threads: threads)
            print(day.render())
            for plan in [day.baseline, day.solver] where !plan.isValid {
                allValid = false
                for violation in plan.hardViolations.prefix(5) { print("  \(plan.method): \(violation)") }
            }
            print()
        }
        if !allValid { throw ExitCode(2) }
    }

    private var orderCounts: [Int] {
        orders.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
    }
}
