/// One rule a plan breaks, found by ``PlanValidator``, with the records it concerns.
///
/// The message names the technician, shift, stop and order in the scenario's own ids and
/// clock times, so it can be shown to a dispatcher as it is:
/// `technician "T-2" shift "mon" stop 3 order "A-17": started 11:40, after its window 09:00–11:00`.
public struct Violation: Hashable, Sendable, CustomStringConvertible {
    /// Which rule is broken.
    public var kind: Kind
    /// The order concerned, if any.
    public var orderId: String?
    /// The technician whose route breaks the rule, if any.
    public var technicianId: String?
    /// The shift of that route, if any.
    public var shiftId: String?
    /// Index of the stop in ``Route/stops`` (0-based, as in the message), if the rule concerns one stop.
    public var stopIndex: Int?
    /// A sentence for people, naming every record involved.
    public var message: String
    /// Whether the plan is infeasible because of it; only SLA misses are soft.
    public var isHard: Bool

    /// Creates a violation.
    /// - Parameters:
    ///   - kind: the rule broken.
    ///   - orderId: the order concerned.
    ///   - technicianId: the technician of the route.
    ///   - shiftId: the shift of the route.
    ///   - stopIndex: the stop's index in its route.
    ///   - message: the full sentence shown to people.
    ///   - isHard: whether it makes the plan infeasible; defaults to ``Kind/isHard``.
    public init(
        kind: Kind,
        orderId: String? = nil,
        technicianId: String? = nil,
        shiftId: String? = nil,
        stopIndex: Int? = nil,
        message: String,
        isHard: Bool? = nil
    ) {
        self.kind = kind
        self.orderId = orderId
        self.technicianId = technicianId
        self.shiftId = shiftId
        self.stopIndex = stopIndex
        self.message = message
        self.isHard = isHard ?? kind.isHard
    }

    public var description: String { isHard ? message : message + " (soft)" }
}
