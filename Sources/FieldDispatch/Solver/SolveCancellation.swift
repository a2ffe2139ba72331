import Synchronization

/// A flag a caller sets to stop a running solve early; the solver then returns its best plan.
///
/// Safe to share between threads: setting and reading it are atomic.
public final class SolveCancellation: Sendable {
    private let flag = Atomic<Bool>(false)

    /// Creates a flag that is not set.
    public init() {}

    /// Asks every solve holding this flag to stop as soon as possible.
    public func cancel() {
        flag.store(true, ordering: .relaxed)
    }

    /// Whether ``cancel()`` was called.
    public var isCancelled: Bool { flag.load(ordering: .relaxed) }
}
