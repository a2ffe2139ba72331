import Dispatch

/// When a search must stop: a wall-clock limit and an optional cancellation.
struct SearchDeadline: Sendable {
    /// Monotonic start, nanoseconds.
    let start: UInt64
    /// Monotonic end, nanoseconds.
    let end: UInt64
    let cancellation: SolveCancellation?

    /// A deadline `seconds` from now.
    init(seconds: Double, cancellation: SolveCancellation?) {
        start = DispatchTime.now().uptimeNanoseconds
        let budget = seconds.isFinite ? max(0, seconds) : 1e9
        end = start &+ UInt64(min(budget, 1e9) * 1e9)
        self.cancellation = cancellation
    }

    /// A deadline with explicit monotonic bounds.
    init(start: UInt64, end: UInt64, cancellation: SolveCancellation?) {
        self.start = start
        self.end = end
        self.cancellation = cancellation
    }

    /// Whether the time is up or the search was cancelled.
    @inline(__always)
    func hasPassed() -> Bool {
        DispatchTime.now().uptimeNanoseconds >= end || (cancellation?.isCancelled ?? false)
    }

    /// Seconds since the start.
    var elapsed: Double { Double(DispatchTime.now().uptimeNanoseconds &- start) / 1e9 }

    /// Fraction of the time budget used, in `0...1`.
    var fractionUsed: Double {
        let total = Double(end &- start)
        return total <= 0 ? 1 : min(1, Double(DispatchTime.now().uptimeNanoseconds &- start) / total)
    }
}
