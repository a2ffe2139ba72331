/// A snapshot of a running search, handed to ``SolveOptions/progress``.
public struct SolveProgress: Sendable {
    /// Seconds since the solve started.
    public var elapsed: Double
    /// Ruin-and-recreate iterations so far.
    public var iterations: Int
    /// Objective of the best plan so far.
    public var best: ObjectiveValue
    /// Orders the best plan leaves unserved.
    public var unassignedCount: Int

    /// Creates a snapshot.
    public init(elapsed: Double, iterations: Int, best: ObjectiveValue, unassignedCount: Int) {
        self.elapsed = elapsed
        self.iterations = iterations
        self.best = best
        self.unassignedCount = unassignedCount
    }
}
