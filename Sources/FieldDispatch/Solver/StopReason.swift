/// Why a search stopped.
public enum StopReason: String, Sendable, CaseIterable {
    /// The wall-clock budget ran out.
    case timeLimit
    /// ``SolveOptions/maxIterations`` were done.
    case iterationLimit
    /// ``SolveOptions/noImprovementIterations`` passed without a better plan.
    case noImprovement
    /// The caller cancelled.
    case cancelled
    /// Nothing could improve: there were no orders to plan.
    case optimal
}
