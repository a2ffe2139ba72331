/// The time summary of a sequence of visits, concatenable in O(1) (Vidal et al. 2013; the
/// same idea as PyVRP's `DurationSegment`).
///
/// A segment knows the least total duration of its visits (travel, service and waiting inside),
/// the time warp it cannot avoid (how much a schedule must "travel back in time" to meet every
/// window), and the interval of start times that achieve both.
public struct DurationSegment: Hashable, Sendable {
    /// Least duration from the start of the first visit to the end of the last, seconds.
    public var duration: Int
    /// Unavoidable lateness past hard windows, seconds.
    public var timeWarp: Int
    /// Earliest start of the first visit that achieves ``duration`` and ``timeWarp``.
    public var earliestStart: Int
    /// Latest start of the first visit that achieves ``duration`` and ``timeWarp``.
    public var latestStart: Int

    /// Creates a segment.
    @inlinable
    public init(duration: Int, timeWarp: Int, earliestStart: Int, latestStart: Int) {
        self.duration = duration
        self.timeWarp = timeWarp
        self.earliestStart = earliestStart
        self.latestStart = latestStart
    }

    /// One visit of `service` seconds that must start inside `earliest...latest`.
    @inlinable
    public init(service: Int, earliest: Int, latest: Int) {
        self.init(duration: service, timeWarp: 0, earliestStart: earliest, latestStart: latest)
    }

    /// The segment of `self` followed, after `travel` seconds of driving, by `next`.
    /// - Complexity: O(1).
    @inlinable
    public func followed(by next: DurationSegment, travel: Int) -> DurationSegment {
        let atNext = duration - timeWarp + travel
        let wait = max(next.earliestStart - atNext - latestStart, 0)
        let warp = max(earliestStart + atNext - next.latestStart, 0)
        return DurationSegment(
            duration: duration + next.duration + travel + wait,
            timeWarp: timeWarp + next.timeWarp + warp,
            earliestStart: max(next.earliestStart - atNext, earliestStart) - wait,
            latestStart: min(next.latestStart - atNext, latestStart) + warp)
    }
}
