/// Turns a search solution into a ``Plan``: each used vehicle's route by the exact forward
/// schedule, every other order listed with the reason it is unserved.
struct PlanBuilder {
    let instance: Instance
    /// Each order's place in the caller's list, which unassigned orders are listed in; `nil`
    /// when that is the index order.
    var intakeRank: [Int]? = nil

    /// The plan of `state`.
    /// - Complexity: O(n + stops) plus the classification of unassigned orders.
    func plan(from state: SearchState) -> Plan {
        var routes: [Route] = []
        for (v, orders) in state.routes.enumerated() where !orders.isEmpty {
            routes.append(route(v, orders))
        }
        let classifier = UnassignedClassifier(instance: instance, state: state)
        let unassigned = state.unassigned.map(Int.init).sorted { intakeRank?[$0] ?? $0 < intakeRank?[$1] ?? $1 }
            .map { classifier.classify($0) }
        return Plan(routes: routes, unassigned: unassigned)
    }

    /// The scheduled route of `orders` on vehicle `v`.
    func route(_ v: Int, _ orders: [Int32]) -> Route {
        var stops: [Stop]? = []
        let result = RouteSchedule(instance: instance, vehicle: v).evaluate(orders, stops: &stops)
        let data = instance.vehicles[v]
        let technician = instance.problem.technicians[data.technicianIndex]
        return Route(
            technicianId: technician.id, shiftId: technician.shifts[data.shiftIndex].id,
            departure: result.departure, stops: stops ?? [],
            returnTravelDuration: result.returnLeg.duration, returnTravelDistance: result.returnLeg.distance,
            arrivalAtEnd: result.departure + result.metrics.duration)
    }
}
