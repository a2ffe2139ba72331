import CGLPK

/// Solves ``MIPModel``s with GLPK's branch-and-cut (`glp_intopt`) or, for relaxations, its
/// simplex method (`glp_simplex`), within a time limit.
///
/// Each solve checks the model in Swift first (GLPK aborts the process on some malformed
/// input), builds a fresh GLPK problem, solves it and frees it. Solves from several tasks are
/// safe: they take turns on one global lock, because GLPK's environment is shared state, so
/// they do not run in parallel. A solve blocks its thread while waiting for its turn and then
/// for up to its time limit.
///
/// Runs that hit the time limit depend on machine speed; only runs that end before it
/// (optimal, infeasible, or within the gap tolerance) are reproducible.
public struct MIPSolver: Sendable {
    /// Wall-clock budget per solve, in seconds, counted from when the solve gets its turn on GLPK.
    ///
    /// With the presolver on, GLPK solves the root LP relaxation without a limit, and a large
    /// model may overrun by the time of one LP re-solve (measured: about 0.3 s on a 12 000-route
    /// set-partitioning model); turn ``presolve`` off to bound the root LP too.
    public var timeLimit: Double
    /// The search stops once the incumbent is proven within this relative distance of the best bound.
    public var relativeGap: Double
    /// Whether GLPK's MIP (or LP) presolver simplifies the model first.
    public var presolve: Bool
    /// Cutting planes added during the search; none by default.
    public var cuts: MIPCuts = []
    /// Whether GLPK's feasibility pump looks for a first solution at the root; helps when plain
    /// branching finds no incumbent in time.
    public var usesFeasibilityPump = false
    /// Whether GLPK's proximity search tries to improve the first solution found at the root.
    public var usesProximitySearch = false

    /// Creates a solver.
    /// - Parameters:
    ///   - timeLimit: Wall-clock budget per solve, in seconds; `.infinity` for none.
    ///   - relativeGap: Relative gap tolerance at which the search stops, `0` to prove optimality.
    ///   - presolve: Whether to run GLPK's presolver.
    public init(timeLimit: Double, relativeGap: Double = 1e-4, presolve: Bool = true) {
        self.timeLimit = timeLimit
        self.relativeGap = relativeGap
        self.presolve = presolve
    }

    /// Solves a model, integer and binary variables kept whole.
    /// - Parameter model: The model.
    /// - Returns: The outcome; ``MIPOutcome/failed(_:)`` names what is wrong with a rejected model.
    /// - Complexity: Exponential in the worst case, bounded by ``timeLimit``.
    public func solve(_ model: MIPModel) -> MIPOutcome { solve(model, startingFrom: nil) }

    /// Solves a model, offering a known feasible solution as the first incumbent so the search
    /// prunes against it from the start and has a solution to return however early it stops.
    ///
    /// GLPK's presolver renumbers the variables a start refers to, so a solve with a start
    /// runs without it whatever ``presolve`` says.
    /// - Parameters:
    ///   - model: The model.
    ///   - start: One value per variable satisfying every bound and constraint, or `nil`.
    /// - Returns: The outcome, never worse than the start; ``MIPOutcome/failed(_:)`` when the start
    ///   has the wrong length or breaks the model (GLPK would take it without checking).
    /// - Complexity: O(n + nnz) to check the start, then as ``solve(_:)``.
    public func solve(_ model: MIPModel, startingFrom start: [Double]?) -> MIPOutcome {
        if let failure = rejection(of: model) { return .failed(failure) }
        if (0..<model.variableCount).contains(where: { model.effectiveBounds($0, integral: true) == nil }) {
            return .infeasible
        }
        if let start, let failure = Self.rejection(ofStart: start, for: model) { return .failed(failure) }
        if model.variableCount == 0 { return Self.solveWithoutVariables(model) }
        let start = start.map { values in zip(values, model.kinds).map { $1.isIntegral ? $0.rounded() : $0 } }
        return GLPKEnvironment.withExclusiveAccess {
            // The budget starts once GLPK is ours, so solves queued behind others are not starved.
            let deadline = ContinuousClock.now + .seconds(min(timeLimit, 1e9))
            let problem = GLPKProblem(model, integral: true)
            if !presolve || start != nil {
                // Without the presolver glp_intopt needs an optimal basis of the relaxation.
                glp_scale_prob(problem.handle, GLP_SF_AUTO)
                let relaxation = runSimplex(problem, model, presolve: false, milliseconds: millisecondsLeft(until: deadline))
                switch relaxation {
                case .optimal: break
                case .infeasible, .failed: return relaxation
                case .feasible, .timedOut:
                    // A relaxation point is no MIP solution; only the start is one.
                    guard let start else { return .timedOut }
                    return .feasible(Self.solution(start, model), gap: .infinity)
                }
            }
            return runIntopt(problem, model, start: start, deadline: deadline)
        }
    }

    /// Solves the LP relaxation of a model: integer and binary variables may take fractional
    /// values (binaries stay within 0...1); a lower bound for rounding heuristics.
    /// - Parameter model: The model.
    /// - Returns: ``MIPOutcome/optimal(_:)`` with the relaxation's optimum, or why there is none;
    ///   ``MIPOutcome/feasible(_:gap:)`` (gap `.infinity`) when time ran out at a feasible point.
    /// - Complexity: Polynomial in practice, bounded by ``timeLimit``.
    public func solveRelaxation(_ model: MIPModel) -> MIPOutcome {
        if let failure = rejection(of: model) { return .failed(failure) }
        if (0..<model.variableCount).contains(where: { model.effectiveBounds($0, integral: false) == nil }) {
            return .infeasible
        }
        if model.variableCount == 0 { return Self.solveWithoutVariables(model) }
        return GLPKEnvironment.withExclusiveAccess {
            let problem = GLPKProblem(model, integral: false)
            if !presolve { glp_scale_prob(problem.handle, GLP_SF_AUTO) }
            return runSimplex(problem, model, presolve: presolve, milliseconds: millisecondsLeft(until: nil))
        }
    }

    /// Why the solver parameters or the model cannot be handed to GLPK, if they cannot.
    private func rejection(of model: MIPModel) -> String? {
        if timeLimit.isNaN || timeLimit < 0 { return "time limit \(timeLimit) s must be zero or more" }
        if relativeGap.isNaN || relativeGap < 0 || relativeGap == .infinity {
            return "relative gap \(relativeGap) must be a finite number, zero or more"
        }
        let issues = model.validationIssues()
        return issues.isEmpty ? nil : "invalid model: " + issues.joined(separator: "; ")
    }

    /// Why a start cannot be offered to the search, if it cannot.
    private static func rejection(ofStart start: [Double], for model: MIPModel) -> String? {
        guard start.count == model.variableCount else {
            return "the start has \(start.count) values for \(model.variableCount) variables"
        }
        if let column = start.firstIndex(where: { !$0.isFinite }) {
            return "the start gives \(model.variableLabel(column)) the value \(start[column])"
        }
        let violations = model.violations(of: start)
        return violations.isEmpty ? nil : "the start is not feasible: " + violations.prefix(5).joined(separator: "; ")
    }

    /// A start as a solution, for when the search ends before improving on it.
    static func solution(_ start: [Double], _ model: MIPModel) -> MIPSolution {
        MIPSolution(objective: model.objectiveValue(of: start), values: start)
    }

    /// The time left for GLPK in milliseconds, as its `tm_lim` wants it (`Int32.max` = no limit).
    func millisecondsLeft(until deadline: ContinuousClock.Instant?) -> Int32 {
        let seconds: Double
        if let deadline {
            let left = deadline - ContinuousClock.now
            seconds = left.seconds
        } else {
            seconds = timeLimit
        }
        let milliseconds = (seconds * 1000).rounded(.up)
        guard milliseconds < Double(Int32.max) else { return Int32.max }
        // Zero still lets GLPK finish the step it is in and report the time limit.
        return Int32(max(milliseconds, 0))
    }

    /// A model without variables is decided by its constraints alone: each reads `0 relation rhs`.
    private static func solveWithoutVariables(_ model: MIPModel) -> MIPOutcome {
        let holds = (0..<model.constraintCount).allSatisfy { model.relations[$0].holds(0, model.rightHandSides[$0]) }
        return holds ? .optimal(MIPSolution(objective: model.objectiveConstant, values: [])) : .infeasible
    }
}
