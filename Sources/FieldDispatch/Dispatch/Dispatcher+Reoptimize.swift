extension Dispatcher {
    /// Runs the engine's search on everything not frozen: started stops and stops inside the
    /// freeze horizon stay; every other routed or unassigned order may move.
    ///
    /// The search sees a sub-problem whose shifts start where and when each available technician
    /// will be free, with the van, breaks and limits they have left. Its plan is adopted only when
    /// every route keeps every rule by the live schedule, the objective (unserved emergencies,
    /// weighted unserved orders, lateness, cost) improves, and no event arrived meanwhile.
    /// - Parameter seconds: the search's wall-clock budget.
    /// - Returns: what changed; empty when the current plan was kept, with the reason in ``DispatchDecision/why``.
    /// - Complexity: the search's budget plus O(n² + n·m) to compile the sub-problem.
    public func reoptimize(until seconds: Double) async -> DispatchDecision {
        let cutoff = now + options.freezeHorizon
        let startRevision = revision
        var recorder = DecisionRecorder(event: .clockAdvanced(to: now), time: now)
        recorder.decision.event = "reoptimize"
        var technicians: [Technician] = []
        var routeOfTechnician: [Int] = []
        var movable: [ServiceOrder] = []
        var stayingOrders: [String: String] = [:]
        var oldCost = 0
        for r in routes.indices where routes[r].isAvailable {
            let context = context(ofRoute: r, cutoff: cutoff)
            let live = routes[r]
            let source = problem.technicians[live.technicianIndex]
            let shift = source.shifts[live.shiftIndex]
            guard context.start.readyTime < shift.hardEnd else { continue }
            movable += context.suffix
            for stop in live.stops[..<context.frozen] { if let id = stop.orderId { stayingOrders[id] = "\(technicians.count)" } }
            oldCost += context.baselineCost
            technicians.append(subTechnician(source, shift: shift, start: context.start, id: "\(technicians.count)"))
            routeOfTechnician.append(r)
        }
        movable += unassignedOrders.compactMap { order($0.orderId) }
        if movable.contains(where: { $0.pickupOrderId != nil }) { movable = pairsResolved(movable, frozenWith: stayingOrders) }
        let sub = Problem(unchecked: problem.name, orders: movable, technicians: technicians, depots: problem.depots,
                          outlets: problem.outlets, travel: problem.travel, objective: problem.objective, timeReference: problem.timeReference)
        let plan = await Self.search(sub, seconds: seconds)
        guard revision == startRevision else {
            recorder.note(.ignored("plan changed during the search"), "Events arrived during the search; the plan is kept.")
            return recorder.decision
        }
        var walks: [(route: Int, frozen: Int, walk: LiveWalk)] = []
        var newCost = 0
        for route in plan.routes {
            guard let k = Int(route.technicianId), k < routeOfTechnician.count else { continue }
            let r = routeOfTechnician[k]
            let context = context(ofRoute: r, cutoff: cutoff)
            let walk = schedule(ofRoute: r).walk(route.orderIds.compactMap { order($0) }, from: context.start)
            guard walk.isFeasible else {
                recorder.note(.ignored("search result breaks a rule live"), "The search's route for \(technicianId(ofRoute: r)) \(walk.conflict!) by the live schedule; the plan is kept.")
                return recorder.decision
            }
            newCost += walk.cost(departure: context.start.departure, objective: problem.objective)
            walks.append((r, context.frozen, walk))
        }
        let routed = Set(plan.assignedOrderIds)
        let oldValue = unservedWeight(unassignedOrders.map(\.orderId))
        let newValue = unservedWeight(movable.map(\.id).filter { !routed.contains($0) })
        guard (newValue.emergencies, newValue.weight, newCost) < (oldValue.emergencies, oldValue.weight, oldCost) else {
            recorder.note(.ignored("no improvement"), "The search found nothing better than the current plan.")
            return recorder.decision
        }
        let rewritten = Set(walks.map(\.route))
        for r in routeOfTechnician {
            recorder.touch(r, stops: routes[r].stops)
            for id in routes[r].orderIds(from: context(ofRoute: r, cutoff: cutoff).frozen) { recorder.left(id, technicianId: technicianId(ofRoute: r)) }
        }
        for r in routeOfTechnician where !rewritten.contains(r) {
            let frozen = context(ofRoute: r, cutoff: cutoff).frozen
            write(schedule(ofRoute: r).walk([], from: context(ofRoute: r, cutoff: cutoff).start), toRoute: r, frozen: frozen)
        }
        for entry in walks { write(entry.walk, toRoute: entry.route, frozen: entry.frozen) }
        for entry in walks { for id in entry.walk.stops.compactMap(\.orderId) { recorder.placed(id, technicianId: technicianId(ofRoute: entry.route)); removeUnassigned(id) } }
        for entry in plan.unassigned where orderIndex[entry.orderId] != nil && !unassignedOrders.contains(where: { $0.orderId == entry.orderId }) {
            unassignedOrders.append(entry)
            recorder.unassigned(entry)
        }
        recorder.note(.reoptimized(oldCost: oldCost, newCost: newCost), "The search lowered the cost of the movable part from \(oldCost) to \(newCost) in \(seconds) s.")
        return recorder.finished(routes: routes, technicianIds: problem.technicians.map(\.id))
    }

    /// The technician as the sub-problem sees them: one shift from where and when they are free.
    private func subTechnician(_ source: Technician, shift: Shift, start: LiveStart, id: String) -> Technician {
        var technician = source
        technician.id = id
        let begin = start.readyTime
        let breaks = shift.breaks.enumerated().filter { !start.breaksTaken[$0.offset] && $0.element.latestStart >= begin }.map(\.element)
        technician.shifts = [Shift(id: shift.id, start: begin, end: max(shift.end, begin), maxOvertime: max(0, shift.hardEnd - max(shift.end, begin)),
                                   startLocation: start.actualLocation, endLocation: shift.endLocation, breaks: breaks)]
        technician.maxOrdersPerShift = source.maxOrdersPerShift.map { max(0, $0 - start.orderCount) }
        technician.maxWorkingTimePerShift = source.maxWorkingTimePerShift.map { max(0, $0 - (begin - start.departure)) }
        technician.capacity = source.capacity.map { max(0, $0 - start.load) }
        let van = start.van.remaining(plenty: 1_000)
        technician.vanStock = van.parts
        technician.tools = van.tools
        technician.maxRestockVisitsPerShift = max(0, source.maxRestockVisitsPerShift - start.restocks)
        return technician
    }

    private func unservedWeight(_ ids: [String]) -> (emergencies: Int, weight: Int) {
        var emergencies = 0, weight = 0
        for id in ids {
            guard let priority = order(id)?.priority else { continue }
            if priority == .emergency { emergencies += 1 }
            weight += priority.unservedWeight
        }
        return (emergencies, weight)
    }

    /// The engine's search, off the actor so events can be queued meanwhile.
    private nonisolated static func search(_ problem: Problem, seconds: Double) async -> Plan {
        Solver(problem: problem).solve(options: SolveOptions(timeLimit: seconds, seed: 0)).plan
    }
}
