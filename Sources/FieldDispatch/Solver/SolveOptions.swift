/// How long and how a ``Solver`` searches.
public struct SolveOptions: Sendable {
    /// Wall-clock budget in seconds; always honoured.
    public var timeLimit: Double
    /// Seed of the random generator; equal seeds (and thread counts) give equal plans when no
    /// wall-clock limit cuts the search short.
    public var seed: UInt64
    /// Independent searches run in parallel with seeds `seed`, `seed + 1`, …; the winner is
    /// the least by (objective, search index).
    public var threads: Int
    /// Stop after this many ruin-and-recreate iterations.
    public var maxIterations: Int?
    /// Stop after this many iterations without a new best plan.
    public var noImprovementIterations: Int?
    /// Called with the search's progress, at most about four times a second.
    public var progress: (@Sendable (SolveProgress) -> Void)?
    /// Stops the search early when cancelled.
    public var cancellation: SolveCancellation?

    /// Creates options.
    /// - Parameters:
    ///   - timeLimit: seconds of wall clock.
    ///   - seed: random seed.
    ///   - threads: independent parallel searches.
    ///   - maxIterations: iteration limit.
    ///   - noImprovementIterations: stagnation limit.
    ///   - progress: progress callback.
    ///   - cancellation: cancellation flag.
    public init(
        timeLimit: Double = 10,
        seed: UInt64 = 0,
        threads: Int = 1,
        maxIterations: Int? = nil,
        noImprovementIterations: Int? = nil,
        progress: (@Sendable (SolveProgress) -> Void)? = nil,
        cancellation: SolveCancellation? = nil
    ) {
        self.timeLimit = timeLimit
        self.seed = seed
        self.threads = threads
        self.maxIterations = maxIterations
        self.noImprovementIterations = noImprovementIterations
        self.progress = progress
        self.cancellation = cancellation
    }
}
