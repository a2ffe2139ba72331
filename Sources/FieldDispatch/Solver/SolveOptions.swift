/// How long and how a ``Solver`` searches.
public struct SolveOptions: Sendable {
    /// Wall-clock budget in seconds; always honoured.
    public var timeLimit: Double
    /// Seed of the random generator; equal seeds (and thread counts) give equal plans when no
    /// wall-clock limit cuts the search short.
    public var seed: UInt64
    /// Threads searching in parallel. Usually independent searches with seeds `seed`,
    /// `seed + 1`, …, whose winner is the least by (objective, search index); on large days one
    /// search the threads share region by region (see ``Solver/solve(options:)``).
    public var threads: Int
    /// Stop after this many ruin-and-recreate iterations (per thread).
    public var maxIterations: Int?
    /// Stop after this many iterations without a new best plan.
    public var noImprovementIterations: Int?
    /// Called with the search's progress, at most about four times a second.
    public var progress: (@Sendable (SolveProgress) -> Void)?
    /// Stops the search early when cancelled.
    public var cancellation: SolveCancellation?
    /// Recombines the routes the search has seen (e.g. set partitioning with GLPK); `nil` for none.
    ///
    /// Each search keeps a pool of distinct feasible routes from its accepted solutions within
    /// 1 % of its best and from its best ones, calls the recombiner every
    /// ``recombinationInterval`` iterations and, under a wall-clock stop, once more on the
    /// fullest pool when about one call's budget is left; a rebuilt solution (left-out orders
    /// reinserted, then local search) replaces the best only when it is cheaper. With an
    /// iteration limit the calls do not depend on the clock, so the plan is reproducible as long
    /// as the recombiner's answers are (GLPK's are when it finishes within its budget).
    public var recombiner: (any RouteRecombiner)?
    /// Ruin-and-recreate iterations between calls to ``recombiner``.
    public var recombinationInterval: Int = 1_000
    /// Under a wall-clock stop, the most share of the elapsed time spent recombining, and each
    /// call's budget as a share of ``timeLimit`` (capped by the time left).
    public var recombinationTimeShare: Double = 0.1
    /// The most routes a search's pool holds for the ``recombiner``.
    public var routePoolCapacity: Int = 5_000
    /// Whether ruin-and-recreate may cross infeasible space: reinsertions into plain routes may
    /// then create time warp and overload at adaptive prices, candidates are accepted on their
    /// penalised cost, and one that looks better than the best is repaired into a feasible plan
    /// before it counts. Returned plans keep every hard rule either way.
    public var crossesInfeasibleSpace = false
    /// Whether the local search also exchanges orders between route pairs by SWAP* (Vidal 2022)
    /// when its other moves are exhausted.
    ///
    /// Off by default: on Solomon's hard windows a local optimum of the other moves almost never
    /// has an improving SWAP* exchange; over 4 seeds at 100,000 iterations it moved the mean gap
    /// by -0.02 points, within noise, for 3.5–4 % more instructions per iteration
    /// (`Benchmarks/results/2026-11-23-swapstar.md`).
    public var usesSwapStar = false

    /// Creates options.
    /// - Parameters:
    ///   - timeLimit: seconds of wall clock.
    ///   - seed: random seed.
    ///   - threads: threads searching in parallel.
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
