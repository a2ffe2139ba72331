/// One working period of a technician, usually one day: it becomes one route in a plan.
public struct Shift: Hashable, Sendable {
    /// Shift id, unique within the technician (e.g. `2026-11-24`); defaults to the shift's position.
    public var id: String
    /// Start of the shift, seconds.
    public var start: Int
    /// Regular end of the shift, seconds; work after it is overtime.
    public var end: Int
    /// Overtime allowed past ``end``, seconds (0 = the end is hard).
    public var maxOvertime: Int
    /// Where the shift starts (home or outlet).
    public var startLocation: Location
    /// Where the shift ends; `nil` ends the route at the last visit.
    public var endLocation: Location?
    /// Rests to take during the shift.
    public var breaks: [Break]

    /// Creates a shift.
    public init(
        id: String,
        start: Int,
        end: Int,
        maxOvertime: Int = 0,
        startLocation: Location,
        endLocation: Location?,
        breaks: [Break] = []
    ) {
        self.id = id
        self.start = start
        self.end = end
        self.maxOvertime = maxOvertime
        self.startLocation = startLocation
        self.endLocation = endLocation
        self.breaks = breaks
    }

    /// The latest moment work may end, overtime included.
    public var hardEnd: Int { end + maxOvertime }
}
