import CGLPK

/// What the branch-and-cut callback learns during one `glp_intopt` run: GLPK reports no final
/// bound once the search returns, and takes a known solution only from inside the callback.
///
/// Lives for one solve on one thread, reached from C through an unretained pointer.
final class MIPSearchProgress {
    /// The last relative gap GLPK reported with an incumbent.
    var gap = Double.infinity
    /// The last best bound over the open subproblems, in the objective's units.
    var bound: Double?
    /// Column values (index 0 unused, as GLPK counts from 1) to offer as the first incumbent.
    var start: [Double]?
    /// Whether the search has been offered `start`.
    var hasOfferedStart = false
    /// When to stop the search even if GLPK's own clock, checked only between subproblems, has not.
    let deadline: ContinuousClock.Instant

    init(start: [Double]?, deadline: ContinuousClock.Instant) {
        self.start = start.map { [0] + $0 }
        self.deadline = deadline
    }

    /// The relative gap of an incumbent objective against the last bound, as GLPK defines it.
    func gap(of incumbent: Double) -> Double {
        guard let bound else { return gap }
        return min(gap, abs(incumbent - bound) / (abs(incumbent) + .ulpOfOne))
    }

    /// Records bound and gap, offers the start the first time GLPK asks for a heuristic solution,
    /// and ends the search once the deadline has passed.
    func observe(_ tree: OpaquePointer) {
        let node = glp_ios_best_node(tree)
        if node != 0 { bound = glp_ios_node_bound(tree, node) }
        let current = glp_ios_mip_gap(tree)
        if current < .greatestFiniteMagnitude { gap = current }
        if glp_ios_reason(tree) == GLP_IHEUR, !hasOfferedStart, let start {
            hasOfferedStart = true
            // GLPK checks the values itself and keeps them only if feasible and better.
            _ = glp_ios_heur_sol(tree, start)
        }
        // On large models one subproblem can take seconds; the callback runs several times inside it.
        if ContinuousClock.now >= deadline { glp_ios_terminate(tree) }
    }

    /// The C callback GLPK calls at every step of the search.
    static let callback: @convention(c) (OpaquePointer?, UnsafeMutableRawPointer?) -> Void = { tree, info in
        guard let tree, let info else { return }
        Unmanaged<MIPSearchProgress>.fromOpaque(info).takeUnretainedValue().observe(tree)
    }
}
