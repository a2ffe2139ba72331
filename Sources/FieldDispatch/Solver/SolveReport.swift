/// The outcome of ``Solver/solve(options:)``: the plan and how it was found.
public struct SolveReport: Sendable {
    /// The best plan found; complete (every order routed or listed unassigned with a reason).
    public var plan: Plan
    /// Its objective.
    public var objective: ObjectiveValue
    /// Ruin-and-recreate iterations over all threads.
    public var iterations: Int
    /// Wall-clock seconds spent.
    public var elapsed: Double
    /// The run's seed (``SolveOptions/seed``): with the same thread count it gives the same plan.
    public var seed: UInt64
    /// Which parallel search found the plan: search `k` runs with seed `seed + k`. Always 0
    /// when the threads shared one search (``regions`` above 1).
    public var winningSearch: Int = 0
    /// Threads used.
    public var threads: Int
    /// Regions a large day was split into in each epoch when the threads shared one search,
    /// one per thread; 1 when each thread ran a search of its own.
    public var regions: Int = 1
    /// Why the winning search stopped.
    public var stopReason: StopReason
    /// Moves priced over all threads: insertion positions and local-search moves.
    public var moveEvaluations: Int
    /// Calls to ``SolveOptions/recombiner`` over all threads.
    public var recombinations: Int = 0
    /// Recombinations whose rebuilt solution became the new best, over all threads.
    public var recombinationImprovements: Int = 0
    /// Wall-clock seconds spent recombining (calls and rebuilds), summed over threads.
    public var recombinationSeconds: Double = 0

    /// Creates a report.
    public init(plan: Plan, objective: ObjectiveValue, iterations: Int, elapsed: Double, seed: UInt64, threads: Int, stopReason: StopReason,
                moveEvaluations: Int = 0) {
        self.plan = plan
        self.objective = objective
        self.iterations = iterations
        self.elapsed = elapsed
        self.seed = seed
        self.threads = threads
        self.stopReason = stopReason
        self.moveEvaluations = moveEvaluations
    }
}
