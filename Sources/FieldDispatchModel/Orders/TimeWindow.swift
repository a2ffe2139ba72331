/// An interval in which a visit must (hard) or should (soft) start.
///
/// Times are integer seconds on the scenario's timeline. A soft window may be missed at a
/// cost per hour of lateness; a hard one may not be missed at all.
public struct TimeWindow: Hashable, Sendable {
    /// Earliest start of service, in seconds.
    public var start: Int
    /// Latest start of service, in seconds.
    public var end: Int
    /// Cost per hour of starting after ``end``; `nil` makes the window hard.
    public var latenessCostPerHour: Int?

    /// Creates a window; pass `latenessCostPerHour` to make it soft.
    public init(start: Int, end: Int, latenessCostPerHour: Int? = nil) {
        self.start = start
        self.end = end
        self.latenessCostPerHour = latenessCostPerHour
    }

    /// Whether the window may be missed at a cost.
    public var isSoft: Bool { latenessCostPerHour != nil }

    /// Whether `time` lies inside the window, ends included.
    public func contains(_ time: Int) -> Bool { time >= start && time <= end }
}
