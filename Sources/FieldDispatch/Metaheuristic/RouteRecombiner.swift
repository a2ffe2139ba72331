/// Recombines routes a search has seen into a better solution, e.g. by set partitioning over
/// the pool (Subramanian et al. 2013, Pillac et al. 2013).
///
/// The search calls it every few hundred iterations (see ``SolveOptions/recombiner``), once per
/// call through the existential, never per move. Implementations live outside the engine (the
/// GLPK one is `SetPartitioningRecombiner` in FieldDispatchGLPK), so the engine links no solver.
/// An implementation may be called from several searches at once and must be safe to share.
public protocol RouteRecombiner: Sendable {
    /// Selects routes from the pool that together cost less than the incumbent.
    ///
    /// The selection must use each order at most once and, for each vehicle, at most
    /// ``RecombinationRequest/routeLimits`` routes. The search rebuilds a solution from it,
    /// reinserts the orders it leaves out and keeps it only when the result is cheaper, so a
    /// poor or malformed selection costs time but never a worse plan.
    /// - Parameter request: The pool, the incumbent, the penalties and the time budget.
    /// - Returns: Indices into ``RecombinationRequest/routes``, or `nil` when nothing cheaper
    ///   than the incumbent was found in time or the recombination failed.
    func recombine(_ request: RecombinationRequest) -> [Int]?
}
