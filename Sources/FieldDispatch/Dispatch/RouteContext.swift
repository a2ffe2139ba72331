/// The plannable part of one live route at one cutoff: the state after its frozen stops, the
/// orders after them in their current sequence, and their schedule as it stands.
///
/// An immutable class rather than a struct: every insertion, candidate and emergency reads the
/// cached context of dozens of routes, and copying a struct of arrays retained each array.
final class RouteContext: Sendable {
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
    /// For each entry of ``maxDelay``, the rule that sets it, so a pruned position names the rule it would break.
    let delayLimits: [DelayLimit]
    /// End of each visit of the baseline, by suffix position (shorter when the baseline has a conflict).
    let visitEnds: [Int]

    init(cutoff: Int, frozen: Int, start: LiveStart, suffix: [ServiceOrder], baseline: LiveWalk, baselineCost: Int,
         promised: [Stop], maxDelay: [Int], delayLimits: [DelayLimit], visitEnds: [Int]) {
        self.cutoff = cutoff
        self.frozen = frozen
        self.start = start
        self.suffix = suffix
        self.baseline = baseline
        self.baselineCost = baselineCost
        self.promised = promised
        self.maxDelay = maxDelay
        self.delayLimits = delayLimits
        self.visitEnds = visitEnds
    }

    /// The rule that bounds how late a visit may start.
    enum DelayLimit: Hashable, Sendable {
        /// The hard window of this order closes.
        case window(orderId: String)
        /// This order would become later past its soft window or newly miss its SLA.
        case promise(orderId: String)
        /// The route would end past the shift's hard end.
        case shiftEnd
        /// The route would work past the technician's limit.
        case workingTime

        /// The conflict of exceeding this limit by `excess` seconds.
        func conflict(bySeconds excess: Int) -> InsertionConflict {
            switch self {
            case .window(let id): .windowMissed(orderId: id, bySeconds: excess)
            case .promise(let id): .promiseBroken(orderId: id)
            case .shiftEnd: .shiftEndExceeded(bySeconds: excess)
            case .workingTime: .workingTimeExceeded(bySeconds: excess)
            }
        }
    }
}
