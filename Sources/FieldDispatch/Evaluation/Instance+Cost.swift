extension Instance {
    /// How many cost units one unit of priced lateness is worth while searching, so that
    /// lateness (level 3) dominates cost (level 4) in the single number the search compares.
    static let latenessScale = 1_000

    /// The level-4 cost of a route from its totals.
    /// - Parameters:
    ///   - vehicle: the vehicle driving it.
    ///   - orderCount: orders served; an empty route costs nothing.
    ///   - distance: distance driven.
    ///   - travelTime: seconds driven.
    ///   - duration: departure to arrival at the end, seconds.
    ///   - end: arrival at the end, seconds (for overtime).
    /// - Returns: cost units.
    @inline(__always)
    func routeCost(vehicle: Int, orderCount: Int, distance: Int, travelTime: Int, duration: Int, end: Int) -> Int {
        guard orderCount > 0 else { return 0 }
        let options = problem.objective
        var cost: Int
        switch options.costMeasure {
        case .travelTime: cost = travelTime
        case .travelDistance: cost = distance
        case .workingTime: cost = duration
        }
        let vehicleData = vehicles[vehicle]
        let overtime = max(0, end - vehicleData.shiftEnd)
        cost += options.overtimeWeight * overtime
        if options.includesCostRates {
            let rates = vehicleData.costs
            cost += rates.fixed + (rates.perHour * duration + rates.overtimePerHour * overtime) / 3_600
                + rates.perKilometre * distance / 1_000
        }
        return cost
    }

    /// Priced lateness of starting `seconds` after a soft window's end (or an SLA deadline).
    @inline(__always)
    func latenessPrice(seconds: Int, costPerHour: Int) -> Int {
        seconds * problem.objective.latenessWeight + costPerHour * seconds / 3_600
    }

    /// The single number the search minimises for one route: lateness scaled above cost, plus
    /// the violations at `penalty` cost units each.
    @inline(__always)
    func searchCost(_ metrics: RouteMetrics, penalty: Int = 0) -> Int {
        metrics.cost + Self.latenessScale * metrics.lateness + penalty * metrics.violation
    }
}
