/// A rest the technician must take during a shift: ``duration`` seconds, starting no earlier
/// than ``earliestStart`` and ending no later than ``latestEnd``. Taken where the technician is.
public struct Break: Hashable, Sendable {
    /// Earliest start of the break, seconds.
    public var earliestStart: Int
    /// Latest end of the break, seconds.
    public var latestEnd: Int
    /// Length of the break, seconds.
    public var duration: Int

    /// Creates a break.
    public init(earliestStart: Int, latestEnd: Int, duration: Int) {
        self.earliestStart = earliestStart
        self.latestEnd = latestEnd
        self.duration = duration
    }

    /// Latest moment the break may start and still end in time.
    public var latestStart: Int { latestEnd - duration }
}
