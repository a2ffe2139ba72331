import FieldDispatch
import Foundation
import Synchronization

/// Prints one progress line to standard error for searches that run longer than a second.
final class ProgressLine: Sendable {
    private let lastPrint = Mutex<Double>(0)
    private let isTerminal = isatty(STDERR_FILENO) != 0

    /// Reports the search's state; prints at most once a second, and nothing in the first second.
    func report(_ progress: SolveProgress) {
        let due = lastPrint.withLock { last -> Bool in
            guard progress.elapsed >= 1, progress.elapsed - last >= 1 else { return false }
            last = progress.elapsed
            return true
        }
        guard due else { return }
        let text = String(format: "%5.1f s  %d iterations  best %@  unassigned %d",
                          progress.elapsed, progress.iterations, progress.best.description, progress.unassignedCount)
        FileHandle.standardError.write(Data(((isTerminal ? "\r\u{1B}[K" : "") + text + (isTerminal ? "" : "\n")).utf8))
    }

    /// Ends the line on a terminal.
    func finish() {
        let printed = lastPrint.withLock { $0 > 0 }
        if isTerminal && printed { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
