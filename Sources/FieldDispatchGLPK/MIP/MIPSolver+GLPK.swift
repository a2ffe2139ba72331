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

    /// Runs branch-and-cut; with ``presolve`` off the problem must hold an optimal relaxation basis.
    func runIntopt(_ problem: borrowing GLPKProblem, _ model: MIPModel, milliseconds: Int32) -> MIPOutcome {
        var parameters = glp_iocp()
        glp_init_iocp(&parameters)
        parameters.msg_lev = GLP_MSG_OFF
        parameters.tm_lim = milliseconds
        parameters.mip_gap = relativeGap
        parameters.presolve = presolve ? GLP_ON : GLP_OFF
        // GLPK reports no final bound after the search, so the gap is read from the search tree
        // whenever the incumbent or the node being explored changes.
        var gap = Double.infinity
        let code = withUnsafeMutablePointer(to: &gap) { gapPointer in
            parameters.cb_info = UnsafeMutableRawPointer(gapPointer)
            parameters.cb_func = { tree, info in
                guard let tree, let info else { return }
                let reason = glp_ios_reason(tree)
                guard reason == GLP_ISELECT || reason == GLP_IBINGO else { return }
                let current = glp_ios_mip_gap(tree)
                if current < .greatestFiniteMagnitude { info.assumingMemoryBound(to: Double.self).pointee = current }
            }
            return glp_intopt(problem.handle, &parameters)
        }
        switch code {
        case 0, GLP_EMIPGAP, GLP_ETMLIM, GLP_ESTOP, GLP_EFAIL:
            switch glp_mip_status(problem.handle) {
            case GLP_OPT:
                return .optimal(problem.mipSolution(model))
            case GLP_FEAS:
                // Stopping for the gap tolerance means the gap is below it, whatever was last read.
                let reached = code == GLP_EMIPGAP ? min(gap, relativeGap) : gap
                return .feasible(problem.mipSolution(model), gap: reached)
            case GLP_NOFEAS:
                return .infeasible
            default:
                if code == GLP_ETMLIM { return .timedOut }
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
