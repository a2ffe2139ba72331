/// The plannable part of one live route at one cutoff: the state after its frozen stops, the
/// orders after them in their current sequence, and their schedule as it stands.
struct RouteContext: Sendable {
    /// The cutoff the frozen stops were counted at.
    let cutoff: Int
    /// Number of frozen leading stops.
    let frozen: Int
    /// The state after them.
    let start: LiveStart
    /// The orders after them, in sequence.
    let suffix: [ServiceOrder]
    /// Their schedule as it stands.
    let baseline: LiveWalk
    /// Its cost, for pricing changes.
    let baselineCost: Int
    /// The visits after the frozen stops as the plan shows them now: the promises an insertion must keep.
    let promised: [Stop]
    /// How much later each visit of the baseline may start without breaking its promise or any
    /// later one (waiting absorbs delay; breaks are ignored, so this only prunes).
    let maxDelay: [Int]
    /// End of each visit of the baseline, by suffix position (shorter when the baseline has a conflict).
    let visitEnds: [Int]
}
