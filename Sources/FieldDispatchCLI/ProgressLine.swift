import FieldDispatch
import Foundation
import Synchronization

/// Shows a running search on standard error: a bar (elapsed of budget, best objective,
/// unassigned orders) redrawn in place on a terminal, or a plain line at most once a second
/// when standard error is a file or pipe. Silent in the first second, so quick solves print nothing.
final class ProgressLine: Sendable {
    private let state = Mutex<(lastPrint: Double, drawn: Bool)>((0, false))
    private let isTerminal: Bool
    private let budget: Double
    private let label: String?
    private let isEnabled: Bool

    /// Creates a display.
    /// - Parameters:
    ///   - budget: the search's time budget in seconds.
    ///   - label: what is being solved, when several solves run (`baseline`, `variant`).
    ///   - enabled: `false` prints nothing (`--quiet`).
    init(budget: Double, label: String? = nil, enabled: Bool = true) {
        self.budget = budget
        self.label = label
        self.isEnabled = enabled
        isTerminal = isatty(STDERR_FILENO) != 0
    }

    /// Reports the search's state.
    func report(_ progress: SolveProgress) {
        guard isEnabled else { return }
        let interval = isTerminal ? 0.2 : 1
        let due = state.withLock { state -> Bool in
            guard progress.elapsed >= 1, progress.elapsed - state.lastPrint >= interval else { return false }
            state.lastPrint = progress.elapsed
            state.drawn = true
            return true
        }
        guard due else { return }
        let prefix = label.map { "\($0): " } ?? ""
        let figures = String(format: "%.1f/%.1f s  best cost %d (unserved weight %d)  unassigned %d",
                             progress.elapsed, budget, progress.best.cost, progress.best.priorityWeightedUnassigned,
                             progress.unassignedCount)
        if isTerminal {
            let width = 24
            let filled = budget > 0 ? min(width, Int((progress.elapsed / budget * Double(width)).rounded(.down))) : width
            let bar = "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "]"
            FileHandle.standardError.write(Data(("\r\u{1B}[K" + prefix + bar + " " + figures).utf8))
        } else {
            FileHandle.standardError.write(Data((prefix + figures + "  \(progress.iterations) iterations\n").utf8))
        }
    }

    /// Ends the bar's line on a terminal.
    func finish() {
        let drawn = state.withLock { $0.drawn }
        if isEnabled && isTerminal && drawn { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
