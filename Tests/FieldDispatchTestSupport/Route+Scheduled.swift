public extension Route {
    /// The earliest schedule of a given visiting sequence, for building expected plans in tests.
    ///
    /// Departs at `departure` (the shift start by default) and serves every stop as early as it
    /// can: an order in the first window not yet closed on arrival (or, when all are closed, at
    /// once, late against the latest soft window), a break at its earliest start, a restock when
    /// the depot opens. It does not check feasibility; hand the result to the validator for that.
    /// - Parameters:
    ///   - technicianId: the technician; must exist in `problem`.
    ///   - shiftId: one of the technician's shifts.
    ///   - kinds: stops in visiting order; orders and depots must exist in `problem`.
    ///   - problem: supplies locations, durations and travel.
    ///   - departure: when the route leaves the start location.
    /// - Returns: a route with times, travel and lateness filled in.
    /// - Complexity: O(stops × windows) plus one travel query per stop.
    static func scheduled(
        for technicianId: String,
        shift shiftId: String = "day",
        visiting kinds: [Stop.Kind],
        in problem: Problem,
        departure: Int? = nil
    ) -> Route {
        guard let technician = problem.technician(withId: technicianId),
            let shift = technician.shifts.first(where: { $0.id == shiftId })
        else { preconditionFailure("no technician \"\(technicianId)\" with shift \"\(shiftId)\" in the problem") }
        let leave = departure ?? shift.start
        var location = shift.startLocation
        var clock = leave
        var stops: [Stop] = []
        func leg(to destination: Location) -> TravelLeg {
            problem.travel.leg(from: location, to: destination, profile: technician.travelProfile)
        }
        for kind in kinds {
            var stop: Stop
            switch kind {
            case .order(let id):
                guard let order = problem.order(withId: id) else { preconditionFailure("no order \"\(id)\"") }
                let travel = leg(to: order.location)
                let arrival = clock + travel.duration
                var start = arrival, lateness = 0
                if let open = order.timeWindows.first(where: { $0.end >= arrival }) {
                    start = max(arrival, open.start)
                } else if let soft = order.timeWindows.last(where: \.isSoft) {
                    lateness = arrival - soft.end
                }
                stop = Stop(kind: kind, arrival: arrival, start: start,
                            end: start + order.serviceDuration(by: technician.skills),
                            travelDuration: travel.duration, travelDistance: travel.distance, lateness: lateness)
                location = order.location
            case .rest(let index):
                let rest = shift.breaks[index]
                let start = max(clock, rest.earliestStart)
                stop = Stop(kind: kind, arrival: clock, start: start, end: start + rest.duration, travelDuration: 0, travelDistance: 0)
            case .restock(let depotId):
                guard let depot = problem.depots.first(where: { $0.id == depotId }) else { preconditionFailure("no depot \"\(depotId)\"") }
                let travel = leg(to: depot.location)
                let arrival = clock + travel.duration
                let start = max(arrival, depot.openingHours?.start ?? arrival)
                stop = Stop(kind: kind, arrival: arrival, start: start, end: start + depot.visitDuration,
                            travelDuration: travel.duration, travelDistance: travel.distance)
                location = depot.location
            }
            stops.append(stop)
            clock = stop.end
        }
        let back = shift.endLocation.map { leg(to: $0) } ?? .zero
        return Route(technicianId: technicianId, shiftId: shiftId, departure: leave, stops: stops,
                     returnTravelDuration: back.duration, returnTravelDistance: back.distance,
                     arrivalAtEnd: clock + back.duration)
    }
}
