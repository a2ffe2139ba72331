/// What one route amounts to: its totals, its priced lateness and cost, and how far it breaks
/// each hard rule (all zero for a feasible route).
public struct RouteMetrics: Hashable, Sendable {
    /// Orders served.
    public var orderCount = 0
    /// Demand carried.
    public var load = 0
    /// Distance driven.
    public var distance = 0
    /// Time driven, seconds.
    public var travelTime = 0
    /// Departure to arrival at the end, seconds.
    public var duration = 0
    /// Seconds past the regular shift end.
    public var overtime = 0
    /// Priced lateness past soft windows and SLA deadlines.
    public var lateness = 0
    /// Priced cost (level 4 of the objective).
    public var cost = 0
    /// Seconds by which hard windows, breaks, depot hours or the shift end are missed.
    public var timeWarp = 0
    /// Demand over the van capacity.
    public var loadExcess = 0
    /// Orders over the shift limit.
    public var countExcess = 0
    /// Working seconds over the shift limit.
    public var workExcess = 0
    /// Restock visits made.
    public var restocks = 0
    /// Orders that lack a part or tool the van cannot get in time.
    public var materialShortage = 0
    /// Pair members served without their partner on this route, or a delivery before its pick-up.
    public var pairViolations = 0

    /// Creates empty metrics (an unused vehicle).
    public init() {}

    /// Sum of the violations; 0 exactly when the route keeps every hard rule.
    @inlinable
    public var violation: Int { timeWarp + loadExcess + countExcess + workExcess + materialShortage + pairViolations }

    /// Whether the route keeps every hard rule.
    @inlinable
    public var isFeasible: Bool { violation == 0 }
}
