import CGLPK

/// The GLPK runs behind ``MIPSolver``, and how their return codes and statuses map to outcomes.
/// Called only while holding ``GLPKEnvironment``'s lock.
extension MIPSolver {
    /// Runs the simplex method on the problem as built.
    func runSimplex(_ problem: borrowing GLPKProblem, _ model: MIPModel, presolve: Bool, milliseconds: Int32) -> MIPOutcome {
        var parameters = glp_smcp()
        glp_init_smcp(&parameters)
        parameters.msg_lev = GLP_MSG_OFF
        parameters.tm_lim = milliseconds
        parameters.presolve = presolve ? GLP_ON : GLP_OFF
        let code = glp_simplex(problem.handle, &parameters)
        switch code {
        case 0:
            switch glp_get_status(problem.handle) {
            case GLP_OPT: return .optimal(problem.basicSolution(model))
            case GLP_NOFEAS: return .infeasible
            case GLP_UNBND: return .failed(Self.unboundedMessage)
            case let status: return .failed("glp_simplex ended with solution status \(status)")
            }
        case GLP_ENOPFS:
            return .infeasible
        case GLP_ENODFS:
            return distinguishInfeasibleFromUnbounded(problem, model, milliseconds: milliseconds)
        case GLP_ETMLIM, GLP_EITLIM:
            // The presolver leaves no solution behind when stopped; otherwise a primal feasible point may remain.
            if !presolve && glp_get_prim_stat(problem.handle) == GLP_FEAS {
                return .feasible(problem.basicSolution(model), gap: .infinity)
            }
            return .timedOut
        default:
            return .failed("glp_simplex stopped: \(GLPKProblem.describe(returnCode: code))")
        }
    }

    /// Runs branch-and-cut; without the presolver the problem must hold an optimal relaxation basis.
    /// A start is offered as the first incumbent, which only works without the presolver.
    func runIntopt(_ problem: borrowing GLPKProblem, _ model: MIPModel, start: [Double]?, deadline: ContinuousClock.Instant) -> MIPOutcome {
        let milliseconds = millisecondsLeft(until: deadline)
        var parameters = glp_iocp()
        glp_init_iocp(&parameters)
        parameters.msg_lev = GLP_MSG_OFF
        parameters.tm_lim = milliseconds
        parameters.mip_gap = relativeGap
        parameters.presolve = presolve && start == nil ? GLP_ON : GLP_OFF
        parameters.gmi_cuts = cuts.contains(.gomory) ? GLP_ON : GLP_OFF
        parameters.mir_cuts = cuts.contains(.mixedIntegerRounding) ? GLP_ON : GLP_OFF
        parameters.cov_cuts = cuts.contains(.cover) ? GLP_ON : GLP_OFF
        parameters.clq_cuts = cuts.contains(.clique) ? GLP_ON : GLP_OFF
        parameters.fp_heur = usesFeasibilityPump ? GLP_ON : GLP_OFF
        parameters.ps_heur = usesProximitySearch ? GLP_ON : GLP_OFF
        // Proximity search has its own clock; it must not outlive the whole budget.
        parameters.ps_tm_lim = min(parameters.ps_tm_lim, milliseconds)
        let progress = MIPSearchProgress(start: start, deadline: deadline)
        let code = withExtendedLifetime(progress) {
            parameters.cb_func = MIPSearchProgress.callback
            parameters.cb_info = Unmanaged.passUnretained(progress).toOpaque()
            return glp_intopt(problem.handle, &parameters)
        }
        switch code {
        case 0, GLP_EMIPGAP, GLP_ETMLIM, GLP_ESTOP, GLP_EFAIL:
            switch glp_mip_status(problem.handle) {
            case GLP_OPT:
                return .optimal(problem.mipSolution(model))
            case GLP_FEAS:
                let solution = problem.mipSolution(model)
                let gap = progress.gap(of: solution.objective)
                // Stopping for the gap tolerance means the gap is below it, whatever was last read.
                return .feasible(solution, gap: code == GLP_EMIPGAP ? min(gap, relativeGap) : gap)
            case GLP_NOFEAS:
                return .infeasible
            default:
                // Only the deadline check in the callback stops the search early (GLP_ESTOP).
                if code == GLP_ETMLIM || code == GLP_ESTOP {
                    // The clock can run out before GLPK first asks for a heuristic solution.
                    guard let start else { return .timedOut }
                    return .feasible(Self.solution(start, model), gap: progress.gap(of: model.objectiveValue(of: start)))
                }
                return .failed("glp_intopt stopped without a solution: \(GLPKProblem.describe(returnCode: code))")
            }
        case GLP_ENOPFS:
            return .infeasible
        case GLP_ENODFS:
            return distinguishInfeasibleFromUnbounded(problem, model, milliseconds: milliseconds)
        default:
            return .failed("glp_intopt refused the model: \(GLPKProblem.describe(returnCode: code))")
        }
    }

    /// The presolvers report "no dual feasible solution" both for unbounded and for infeasible
    /// models; a plain simplex run on the relaxation tells them apart.
    private func distinguishInfeasibleFromUnbounded(_ problem: borrowing GLPKProblem, _ model: MIPModel, milliseconds: Int32) -> MIPOutcome {
        var parameters = glp_smcp()
        glp_init_smcp(&parameters)
        parameters.msg_lev = GLP_MSG_OFF
        parameters.tm_lim = milliseconds
        let code = glp_simplex(problem.handle, &parameters)
        guard code == 0 else { return code == GLP_ETMLIM ? .timedOut : .failed(Self.unboundedMessage) }
        return glp_get_status(problem.handle) == GLP_NOFEAS ? .infeasible : .failed(Self.unboundedMessage)
    }

    static var unboundedMessage: String {
        "the objective is unbounded: the LP relaxation has no finite optimum (add bounds to the variables)"
    }
}
