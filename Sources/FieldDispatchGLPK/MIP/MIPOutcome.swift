/// What a ``MIPSolver`` run ended with.
public enum MIPOutcome: Hashable, Sendable {
    /// The search proved this solution optimal.
    case optimal(MIPSolution)
    /// The search stopped early (time limit, or the relative gap tolerance was reached) holding
    /// this solution. `gap` is the relative distance between its objective and the best bound,
    /// `|incumbent - bound| / |incumbent|`; `.infinity` when no bound is known.
    case feasible(MIPSolution, gap: Double)
    /// The model has no feasible solution.
    case infeasible
    /// The time limit ran out before any feasible solution was found.
    case timedOut
    /// The model was rejected before solving, is unbounded, or the solver failed; the message says which.
    case failed(String)

    /// The solution held, proven optimal or not.
    public var solution: MIPSolution? {
        switch self {
        case .optimal(let solution), .feasible(let solution, _): solution
        case .infeasible, .timedOut, .failed: nil
        }
    }

    /// Whether the outcome is a solution proven optimal.
    public var isOptimal: Bool {
        if case .optimal = self { return true }
        return false
    }
}
