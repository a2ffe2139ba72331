/// Looks up what a plan's ids refer to in its problem: orders, depots, shifts and the places a
/// route passes through, for drawing.
struct PlanPlaces {
    /// Orders by id.
    let orders: [String: ServiceOrder]
    /// Parts depots by id.
    let depots: [String: PartsDepot]
    private let shifts: [String: Shift]

    /// Indexes `problem`. - Complexity: O(orders + shifts + depots).
    init(problem: Problem) {
        var orders: [String: ServiceOrder] = [:]
        for order in problem.orders { orders[order.id] = order }
        var depots: [String: PartsDepot] = [:]
        for depot in problem.depots { depots[depot.id] = depot }
        var shifts: [String: Shift] = [:]
        for technician in problem.technicians {
            for shift in technician.shifts { shifts[Self.key(technician.id, shift.id)] = shift }
        }
        self.orders = orders
        self.depots = depots
        self.shifts = shifts
    }

    /// The shift a route fills, if the problem has it.
    func shift(of route: Route) -> Shift? { shifts[Self.key(route.technicianId, route.shiftId)] }

    /// Where a stop happens; `nil` for breaks (taken wherever the technician is) and unknown ids.
    func location(of stop: Stop) -> Location? {
        switch stop.kind {
        case .order(let id): orders[id]?.location
        case .restock(let id): depots[id]?.location
        case .rest: nil
        }
    }

    /// The places a route passes through: shift start, each visit and restock, then the end
    /// location unless the shift ends open.
    /// - Complexity: O(stops).
    func path(of route: Route) -> [Location] {
        let shift = shift(of: route)
        var points: [Location] = []
        if let start = shift?.startLocation { points.append(start) }
        points += route.stops.compactMap(location(of:))
        if let end = shift?.endLocation { points.append(end) }
        return points
    }

    /// The window a visit was planned in: the one containing its start, else the last one that
    /// opened before it (a late start in a soft window), else the first.
    static func chosenWindow(of order: ServiceOrder, startingAt start: Int) -> TimeWindow? {
        if let inside = order.timeWindows.first(where: { $0.contains(start) }) { return inside }
        return order.timeWindows.last(where: { $0.start <= start }) ?? order.timeWindows.first
    }

    private static func key(_ technician: String, _ shift: String) -> String { technician + "\u{1F}" + shift }
}
