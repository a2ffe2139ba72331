import ArgumentParser
import FieldDispatch
import Foundation

/// Large generated days with haversine travel: compile time, solve time, completeness,
/// validity and the process's peak resident memory.
struct SizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "size",
        abstract: "Large generated days: instance build time, a solve within its limit, validity and peak memory."
    )

    @Option(help: "Orders per day; one day per value (comma-separated). Run one size per process for its own peak memory.")
    var orders: String = "10000"

    @Option(help: "Technicians per day; default one per 12.5 orders.")
    var technicians: Int?

    @Option(help: "Solver seconds per day.")
    var timeLimit: Double = 10

    @Option(help: "Solver threads.")
    var threads: Int = 1

    @Option(help: "Iteration limit per search thread on top of the time limit (a run that stops on it is reproducible).")
    var iterations: Int?

    @Option(help: "Seed for the scenario and the solver.")
    var seed: UInt64 = 0

    func validate() throws {
        guard !orderCounts.isEmpty, orderCounts.allSatisfy({ $0 > 0 }) else {
            throw ValidationError("--orders must list positive whole numbers, e.g. 5000,10000")
        }
        if let technicians, technicians < 1 { throw ValidationError("--technicians must be at least 1") }
        guard timeLimit > 0 else { throw ValidationError("--time-limit must be positive") }
        guard threads >= 1 else { throw ValidationError("--threads must be at least 1") }
        if let iterations, iterations < 1 { throw ValidationError("--iterations must be at least 1") }
    }

    func run() throws {
        var allValid = true
        for count in orderCounts {
            let workforce = technicians ?? max(1, count * 2 / 25)
            var rng = SplitMix64(seed: seed)
            let problem = ScenarioGenerator(orders: count, technicians: workforce).generate(using: &rng)
            let clock = ContinuousClock()
            let start = clock.now
            let solver = Solver(problem: problem)
            let compile = start.duration(to: clock.now).seconds
            let table = solver.instance.travel.isTabulated ? "tabulated travel" : "computed travel"
            print(String(format: "%@: %ld orders, %ld technicians, instance %.2f s (%@)",
                         problem.name, count, workforce, compile, table))
            let run = SolveRun(solver: solver, timeLimit: timeLimit, threads: threads, seed: seed, iterations: iterations)
            allValid = allValid && run.isValid
            print("  " + run.line(label: String(format: "solve (limit %.0f s)", timeLimit)))
            let travel = solver.instance.travel
            let tableNote = travel.isTabulated
                ? String(format: "the travel table: %.1f MiB", Double(travel.tabulatedBytes) / 1_048_576)
                : String(format: "a dense %ld x %ld duration+distance table alone: %.0f MiB", count, count,
                         Double(count) * Double(count) * 8 / 1_048_576)
            print(String(format: "  peak resident memory so far: %.0f MiB (%@)", Self.peakResidentMiB(), tableNote))
        }
        if !allValid { throw ExitCode(2) }
    }

    private var orderCounts: [Int] {
        orders.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
    }

    /// Peak resident set size of this process, MiB.
    static func peakResidentMiB() -> Double {
        var usage = rusage()
        // Linux reports kilobytes, macOS bytes.
        #if os(Linux)
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return Double(usage.ru_maxrss) / 1_024
        #else
        getrusage(RUSAGE_SELF, &usage)
        return Double(usage.ru_maxrss) / 1_048_576
        #endif
    }
}
