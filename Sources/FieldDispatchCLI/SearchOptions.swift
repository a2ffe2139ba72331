import ArgumentParser
import FieldDispatch
import Foundation

/// Options shared by every command that runs the search.
struct SearchOptions: ParsableArguments {
    @Option(name: .long, help: "Time budget: 10s, 500ms, 2m or seconds.")
    var timeLimit: TimeLimit = TimeLimit(seconds: 10)

    @Option(name: .long, help: "Random seed; the same seed, input and thread count give the same plan.")
    var seed: UInt64 = 0

    @Option(name: .long, help: "Parallel searches (default: one per core).")
    var threads: Int?

    func validate() throws {
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1 (got \(threads))") }
    }

    /// Engine options for these flags, reporting to `progress` when given and recombining routes with `recombiner`.
    func solveOptions(progress: ProgressLine?, timeLimit override: Double? = nil, recombiner: (any RouteRecombiner)? = nil) -> SolveOptions {
        var options = SolveOptions(timeLimit: override ?? timeLimit.seconds, seed: seed,
                                   threads: threads ?? ProcessInfo.processInfo.activeProcessorCount)
        options.recombiner = recombiner
        if let progress {
            options.progress = { @Sendable state in progress.report(state) }
        }
        return options
    }

    /// Solves a problem with these options and a progress display.
    func solve(_ problem: Problem, label: String? = nil, quiet: Bool, timeLimit override: Double? = nil,
               recombiner: (any RouteRecombiner)? = nil) -> SolveReport {
        let progress = ProgressLine(budget: override ?? timeLimit.seconds, label: label, enabled: !quiet)
        let options = solveOptions(progress: progress, timeLimit: override, recombiner: recombiner)
        let report = Solver(problem: problem).solve(options: options)
        progress.finish()
        return report
    }
}
