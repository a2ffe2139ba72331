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

    /// Engine options for these flags, with a progress line on standard error when `progress` is set.
    func solveOptions(progress: ProgressLine?) -> SolveOptions {
        var options = SolveOptions(timeLimit: timeLimit.seconds, seed: seed,
                                   threads: threads ?? ProcessInfo.processInfo.activeProcessorCount)
        if let progress {
            options.progress = { @Sendable state in progress.report(state) }
        }
        return options
    }
}
