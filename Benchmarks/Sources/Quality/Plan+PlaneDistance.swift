import FieldDispatch

extension Plan {
    /// The plan's total Euclidean length in the instance's own plane units, recomputed in double
    /// precision from the original coordinates (start -> orders in route order -> end, per route;
    /// an open-ended shift has no return leg).
    ///
    /// The engine works on integers scaled by 10,000; the literature compares real-valued
    /// distances, so gaps are taken on this figure rather than on the plan's integer distances.
    /// - Parameter problem: the problem the plan solves (order and shift locations).
    /// - Returns: the length, or `nil` when a route names an order, technician or shift the problem lacks.
    /// - Complexity: O(orders + stops).
    func planeDistance(in problem: Problem) -> Double? {
        var locations: [String: Location] = [:]
        for order in problem.orders { locations[order.id] = order.location }
        var total = 0.0
        for route in routes {
            guard let technician = problem.technician(withId: route.technicianId),
                  let shift = technician.shifts.first(where: { $0.id == route.shiftId })
            else { return nil }
            var points = [shift.startLocation]
            for id in route.orderIds {
                guard let location = locations[id] else { return nil }
                points.append(location)
            }
            if let end = shift.endLocation { points.append(end) }
            for (from, to) in zip(points, points.dropFirst()) {
                let dx = from.x - to.x, dy = from.y - to.y
                total += (dx * dx + dy * dy).squareRoot()
            }
        }
        return total
    }
}
