import ArgumentParser
import FieldDispatch
import Foundation

/// Solves one generated day with a short and a long budget and prints how far the short
/// result is from the long one; with several short runs, how many of them reach the target.
///
/// Under a wall clock the short result spreads from run to run (the search's path depends on
/// where each epoch ends), so one short run says little about how reliably a budget is met.
/// One short run comes first, then the long one, then the remaining short runs, so that a
/// machine whose pace drifts over the hour weighs on the short runs before and after the long one.
struct BudgetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "budget",
        abstract: "One generated day solved with a short and with a long time limit; the short plans' gaps to the long one."
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

    @Option(help: "Short runs against the one long run, each with the same seed.")
    var shortRuns: Int = 1

    @Option(help: "Gap target, percent: the summary counts the short runs within it.")
    var target: Double = 2

    func validate() throws {
        guard orders > 0, technicians > 0 else { throw ValidationError("--orders and --technicians must be positive") }
        guard shortLimit > 0, longLimit >= shortLimit else {
            throw ValidationError("--short-limit must be positive and at most --long-limit")
        }
        guard threads >= 1 else { throw ValidationError("--threads must be at least 1") }
        guard shortRuns >= 1 else { throw ValidationError("--short-runs must be at least 1") }
        guard target >= 0 else { throw ValidationError("--target must not be negative") }
    }

    func run() throws {
        var rng = SplitMix64(seed: seed)
        let problem = ScenarioGenerator(orders: orders, technicians: technicians).generate(using: &rng)
        let solver = Solver(problem: problem)
        let label = { (k: Int) in shortRuns == 1 ? "short" : "short \(k + 1)" }
        var shorts = [SolveRun(solver: solver, timeLimit: shortLimit, threads: threads, seed: seed)]
        print(shorts[0].line(label: label(0)))
        let long = SolveRun(solver: solver, timeLimit: longLimit, threads: threads, seed: seed)
        print(long.line(label: "long"))
        for k in 1..<shortRuns {
            shorts.append(SolveRun(solver: solver, timeLimit: shortLimit, threads: threads, seed: seed))
            print(shorts[k].line(label: label(k)))
        }
        for (k, short) in shorts.enumerated() {
            print((shortRuns == 1 ? "" : "\(label(k)): ") + Self.verdict(short: short, long: long))
        }
        if shortRuns > 1 { print(Self.summary(gaps: shorts.map { Self.gap(short: $0, long: long) }, target: target)) }
        if !long.isValid || shorts.contains(where: { !$0.isValid }) { throw ExitCode(2) }
    }

    /// The short run's cost gap to the long run's, percent; `nil` when they serve differently.
    static func gap(short: SolveRun, long: SolveRun) -> Double? {
        let a = short.report.objective, b = long.report.objective
        guard (a.emergenciesUnassigned, a.priorityWeightedUnassigned) == (b.emergenciesUnassigned, b.priorityWeightedUnassigned) else {
            return nil
        }
        return Double(a.cost - b.cost) / Double(max(1, b.cost)) * 100
    }

    /// The short run against the long one: equal service first, then the relative cost gap.
    static func verdict(short: SolveRun, long: SolveRun) -> String {
        let a = short.report.objective, b = long.report.objective
        let served = "assigned \(short.assigned) vs \(long.assigned)"
        guard let gap = gap(short: short, long: long) else {
            return "gap: service differs (\(served)); short objective \(a), long objective \(b)"
        }
        return String(format: "gap of the short plan's cost to the long plan's: %+.2f %% (%@, lateness %ld vs %ld)",
                      gap, served, a.lateness, b.lateness)
    }

    /// How many short runs reach the target, with the mean and the worst gap; a run that serves
    /// differently from the long one counts as missing it and is left out of the mean.
    static func summary(gaps: [Double?], target: Double) -> String {
        let measured = gaps.compactMap { $0 }
        let within = measured.count { $0 <= target }
        var text = String(format: "short runs within %.2f %%: %ld of %ld", target, within, gaps.count)
        if !measured.isEmpty {
            text += String(format: "; mean gap %+.2f %%, worst %+.2f %%",
                           measured.reduce(0, +) / Double(measured.count), measured.max() ?? 0)
        }
        if measured.count < gaps.count { text += "; \(gaps.count - measured.count) serving differently" }
        return text
    }
}
