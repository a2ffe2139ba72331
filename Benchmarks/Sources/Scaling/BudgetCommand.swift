import ArgumentParser
import FieldDispatch
import Foundation

/// Solves one generated day with a short and a long budget and prints how far the short
/// result is from the long one.
struct BudgetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "budget",
        abstract: "One generated day solved with a short and with a long time limit; the short plan's gap to the long one."
    )

    @Option(help: "Orders of the generated day.")
    var orders: Int = 1_000

    @Option(help: "Technicians of the generated day.")
    var technicians: Int = 100

    @Option(help: "Short solver budget, seconds.")
    var shortLimit: Double = 60

    @Option(help: "Long solver budget, seconds.")
    var longLimit: Double = 600

    @Option(help: "Solver threads for both runs.")
    var threads: Int = 2

    @Option(help: "Seed for the scenario and the solver.")
    var seed: UInt64 = 0

    func validate() throws {
        guard orders > 0, technicians > 0 else { throw ValidationError("--orders and --technicians must be positive") }
        guard shortLimit > 0, longLimit >= shortLimit else {
            throw ValidationError("--short-limit must be positive and at most --long-limit")
        }
        guard threads >= 1 else { throw ValidationError("--threads must be at least 1") }
    }

    func run() throws {
        var rng = SplitMix64(seed: seed)
        let problem = ScenarioGenerator(orders: orders, technicians: technicians).generate(using: &rng)
        let solver = Solver(problem: problem)
        let short = SolveRun(solver: solver, timeLimit: shortLimit, threads: threads, seed: seed)
        print(short.line(label: "short"))
        let long = SolveRun(solver: solver, timeLimit: longLimit, threads: threads, seed: seed)
        print(long.line(label: "long"))
        print(Self.verdict(short: short, long: long))
        if !short.isValid || !long.isValid { throw ExitCode(2) }
    }

    /// The short run against the long one: equal service first, then the relative cost gap.
    static func verdict(short: SolveRun, long: SolveRun) -> String {
        let a = short.report.objective, b = long.report.objective
        let served = "assigned \(short.assigned) vs \(long.assigned)"
        guard (a.emergenciesUnassigned, a.priorityWeightedUnassigned) == (b.emergenciesUnassigned, b.priorityWeightedUnassigned) else {
            return "gap: service differs (\(served)); short objective \(a), long objective \(b)"
        }
        let gap = Double(a.cost - b.cost) / Double(max(1, b.cost)) * 100
        return String(format: "gap of the short plan's cost to the long plan's: %+.2f %% (%@, lateness %ld vs %ld)",
                      gap, served, a.lateness, b.lateness)
    }
}
