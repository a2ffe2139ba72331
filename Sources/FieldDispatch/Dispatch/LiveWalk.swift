/// The schedule of the plannable part of a live route, as ``LiveSchedule`` computes it.
struct LiveWalk: Sendable {
    /// Stops after the frozen ones: visits, breaks and restocks.
    var stops: [Stop] = []
    /// The first rule broken, or `nil` when the route is feasible.
    var conflict: InsertionConflict?
    /// Seconds driven after the frozen stops, the return included.
    var travelTime = 0
    /// Distance driven after the frozen stops, the return included.
    var distance = 0
    /// Priced lateness past soft windows and SLA deadlines, seconds.
    var lateness = 0
    /// The return leg.
    var returnLeg = TravelLeg.zero
    /// Arrival at the end location, seconds.
    var arrivalAtEnd = 0
    /// Seconds past the regular shift end.
    var overtime = 0

    /// Whether the route keeps every hard rule.
    var isFeasible: Bool { conflict == nil }

    /// The level-4 cost plus lateness scaled above it, in the objective's cost measure, for
    /// comparing schedules of the same route.
    func cost(departure: Int, objective: ObjectiveOptions) -> Int {
        var cost: Int
        switch objective.costMeasure {
        case .travelTime: cost = travelTime
        case .travelDistance: cost = distance
        case .workingTime: cost = arrivalAtEnd - departure
        }
        return cost + objective.overtimeWeight * overtime + 1_000 * objective.latenessWeight * lateness
    }
}
