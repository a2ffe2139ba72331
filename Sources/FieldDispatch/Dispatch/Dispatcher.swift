/// Keeps a plan live through the day: takes events (new orders, cancellations, visits started,
/// finished or overrunning, technicians falling ill, emergencies) and answers each with a
/// ``DispatchDecision`` in well under a millisecond for networks of hundreds of technicians.
///
/// ```swift
/// let dispatcher = Dispatcher(problem: problem, plan: report.plan, options: DispatchOptions())
/// let decision = await dispatcher.handle(.orderAdded(order))
/// print(decision.why.joined(separator: "\n"))
/// let plan = await dispatcher.plan   // validates against `await dispatcher.problem`
/// ```
///
/// Rules it keeps: started visits never move; stops starting within the freeze horizon stay on
/// their route in their sequence; an insertion never makes another customer miss a window or
/// start later past a soft window or SLA than before. Every order of ``problem`` is always in
/// exactly one route or in the unassigned list with a reason.
public actor Dispatcher {
    /// The live problem: the initial one plus orders added, less orders cancelled.
    public internal(set) var problem: Problem
    /// The options in force.
    public let options: DispatchOptions
    /// The dispatcher's clock: the latest time any event carried, seconds.
    public internal(set) var now: Int

    var routes: [LiveRoute] = []
    var orderIndex: [String: Int] = [:]
    var routeOfOrder: [String: Int] = [:]
    var unassignedOrders: [UnassignedOrder] = []
    var technicianIndex: [String: Int] = [:]
    var routesOfTechnician: [[Int]] = []
    let proximity: ProximityMeasure
    /// Counts handled events, so a reoptimisation can tell whether the plan moved while it searched.
    var revision = 0
    /// Each route's plannable part as last computed, valid while the route and the cutoff are unchanged.
    var contexts: [RouteContext?] = []
    /// Routes with pinned stops during the event being handled.
    var pinnedRoutes: [Int] = []
    /// The delivery of each pick-up in the live problem, by pick-up id (see ``ServiceOrder/pickupOrderId``).
    var deliveryOfPickup: [String: String] = [:]

    /// Takes over a plan of a problem.
    /// - Parameters:
    ///   - problem: the problem the plan solves.
    ///   - plan: a complete plan (every order routed or unassigned), usually a solver's.
    ///   - options: freezing and search widths.
    /// - Complexity: O(orders + technicians + stops).
    public init(problem: Problem, plan: Plan, options: DispatchOptions = DispatchOptions()) {
        self.problem = problem
        self.options = options
        proximity = ProximityMeasure(travel: problem.travel)
        var routeByKey: [String: Route] = [:]
        for route in plan.routes { routeByKey[route.technicianId + "\u{1F}" + route.shiftId] = route }
        var earliest = Int.max
        var index: [String: Int] = [:]
        for (i, order) in problem.orders.enumerated() { index[order.id] = i }
        var technicians: [String: Int] = [:]
        var live: [LiveRoute] = []
        var byTechnician: [[Int]] = []
        var routeOf: [String: Int] = [:]
        for (t, technician) in problem.technicians.enumerated() {
            technicians[technician.id] = t
            var mine: [Int] = []
            for (s, shift) in technician.shifts.enumerated() {
                earliest = min(earliest, shift.start)
                var route = LiveRoute(technicianIndex: t, shiftIndex: s, departure: shift.start)
                if let given = routeByKey[technician.id + "\u{1F}" + shift.id] {
                    route.departure = given.departure
                    route.stops = given.stops
                    route.returnLeg = TravelLeg(duration: given.returnTravelDuration, distance: given.returnTravelDistance)
                    route.arrivalAtEnd = given.arrivalAtEnd
                    route.visitLocations = given.orderIds.compactMap { index[$0].map { problem.orders[$0].location } }
                    for id in given.orderIds { routeOf[id] = live.count }
                }
                mine.append(live.count)
                live.append(route)
            }
            byTechnician.append(mine)
        }
        var unassigned = plan.unassigned.filter { routeOf[$0.orderId] == nil && index[$0.orderId] != nil }
        let listed = Set(unassigned.map(\.orderId))
        for order in problem.orders where routeOf[order.id] == nil && !listed.contains(order.id) {
            unassigned.append(UnassignedOrder(orderId: order.id, reason: .noFeasibleInsertion, detail: "not in the plan handed over"))
        }
        orderIndex = index
        technicianIndex = technicians
        routes = live
        contexts = Array(repeating: nil, count: live.count)
        routesOfTechnician = byTechnician
        routeOfOrder = routeOf
        unassignedOrders = unassigned
        now = earliest == Int.max ? 0 : earliest
        deliveryOfPickup = Dictionary(problem.orders.compactMap { order in order.pickupOrderId.map { ($0, order.id) } },
                                      uniquingKeysWith: { first, _ in first })
    }

    /// The current plan: one route per technician shift with stops, every other order unassigned.
    /// - Complexity: O(stops + unassigned).
    public var plan: Plan {
        var result: [Route] = []
        for live in routes where live.hasStops {
            let technician = problem.technicians[live.technicianIndex]
            result.append(Route(
                technicianId: technician.id, shiftId: technician.shifts[live.shiftIndex].id, departure: live.departure,
                stops: live.stops, returnTravelDuration: live.returnLeg.duration, returnTravelDistance: live.returnLeg.distance,
                arrivalAtEnd: live.arrivalAtEnd))
        }
        return Plan(routes: result, unassigned: unassignedOrders)
    }

    /// What is known about each technician, in problem order.
    /// - Complexity: O(technicians + stops).
    public var technicianStates: [TechnicianState] {
        problem.technicians.indices.map { state(ofTechnician: $0) }
    }

    // MARK: - Shared helpers

    func order(_ id: String) -> ServiceOrder? { orderIndex[id].map { problem.orders[$0] } }

    func technicianId(ofRoute r: Int) -> String { problem.technicians[routes[r].technicianIndex].id }

    func schedule(ofRoute r: Int) -> LiveSchedule {
        let technician = problem.technicians[routes[r].technicianIndex]
        return LiveSchedule(technician: technician, shift: technician.shifts[routes[r].shiftIndex], problem: problem)
    }

    /// Rebuilds the visit locations of route `r` after its stops changed.
    func refreshLocations(_ r: Int) {
        routes[r].visitLocations = routes[r].stops.compactMap { $0.orderId.flatMap { order($0)?.location } }
    }

    /// Replaces the stops of route `r` from `frozen` on with a walk, and records where its orders are.
    func write(_ walk: LiveWalk, toRoute r: Int, frozen: Int) {
        for id in routes[r].orderIds(from: frozen) where routeOfOrder[id] == r { routeOfOrder[id] = nil }
        contexts[r] = nil
        routes[r].stops.removeSubrange(frozen...)
        routes[r].stops += walk.stops
        routes[r].returnLeg = walk.returnLeg
        routes[r].arrivalAtEnd = walk.arrivalAtEnd
        for id in routes[r].orderIds(from: frozen) { routeOfOrder[id] = r }
        refreshLocations(r)
    }

    func removeUnassigned(_ id: String) {
        unassignedOrders.removeAll { $0.orderId == id }
    }

    private func state(ofTechnician t: Int) -> TechnicianState {
        let technician = problem.technicians[t]
        let mine = routesOfTechnician[t]
        // The shift the clock is in, else the next one, else the last.
        let r = mine.first { problem.technicians[t].shifts[routes[$0].shiftIndex].hardEnd >= now } ?? mine.last
        guard let r else {
            return TechnicianState(technicianId: technician.id, location: Location(x: 0, y: 0), time: now, busyUntil: now, isAvailable: false)
        }
        let live = routes[r]
        let shift = technician.shifts[live.shiftIndex]
        var state = TechnicianState(technicianId: technician.id, location: shift.startLocation, time: live.departure,
                                    busyUntil: max(now, live.departure), isAvailable: live.isAvailable)
        if live.startedCount > 0 {
            let stop = live.stops[live.startedCount - 1]
            state.location = live.readyLocation ?? location(after: live.startedCount, inRoute: r)
            state.time = stop.start
            state.currentOrderId = stop.orderId
            state.phase = live.isLastStartedDone ? .done : .onSite
            state.busyUntil = max(live.readyTime ?? stop.end, stop.end)
        }
        if let from = live.availableFrom { state.busyUntil = max(state.busyUntil, from) }
        return state
    }

    /// Where the technician is after the first `count` stops of route `r`.
    func location(after count: Int, inRoute r: Int) -> Location {
        let technician = problem.technicians[routes[r].technicianIndex]
        var location = technician.shifts[routes[r].shiftIndex].startLocation
        for stop in routes[r].stops[..<count] {
            switch stop.kind {
            case .order(let id): location = order(id)?.location ?? location
            case .restock(let depotId): location = problem.depots.first { $0.id == depotId }?.location ?? location
            case .rest: break
            }
        }
        return location
    }
}
