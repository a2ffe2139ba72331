extension Dispatcher {
    /// One way to serve an emergency on a route: right after the stops that stay (started or
    /// inside the freeze horizon), or instead of finishing the visit in progress, with the orders
    /// that had to make room.
    struct EmergencyOption: Sendable {
        var route: Int
        var frozen: Int
        var walk: LiveWalk
        var start: Int
        var removed: [ServiceOrder]
        var interrupted: ServiceOrder?
    }

    func addEmergency(_ order: ServiceOrder, allowInterruption: Bool, recorder: inout DecisionRecorder) {
        guard register(order, recorder: &recorder) else { return }
        var best: EmergencyOption?
        var conflicts: [(route: Int, conflict: InsertionConflict)] = []
        func better(_ a: EmergencyOption, _ b: EmergencyOption) -> Bool {
            (a.start, a.removed.count, a.interrupted == nil ? 0 : 1, a.route) < (b.start, b.removed.count, b.interrupted == nil ? 0 : 1, b.route)
        }
        // No route can start the emergency before its technician is free and has driven there,
        // so routes are tried by that bound and the search stops once it passes the best start.
        let cutoff = now + options.freezeHorizon
        let routesByBound = nearbyRoutes(for: order, limit: options.emergencyRoutes).map { r in
            let start = context(ofRoute: r, cutoff: cutoff).start
            let technician = problem.technicians[routes[r].technicianIndex]
            var earliest = start.readyTime + problem.travel.leg(from: start.actualLocation, to: order.location, profile: technician.travelProfile).duration
            let live = routes[r]
            if allowInterruption, live.startedCount > 0, !live.isLastStartedDone, live.stops[live.startedCount - 1].end > now {
                let site = location(after: live.startedCount, inRoute: r)
                earliest = min(earliest, now + problem.travel.leg(from: site, to: order.location, profile: technician.travelProfile).duration)
            }
            return (earliest: earliest, route: r)
        }.sorted { ($0.earliest, $0.route) < ($1.earliest, $1.route) }
        for (earliest, r) in routesByBound {
            if let best, earliest > best.start { break }
            var options: [EmergencyOption] = []
            switch emergencyOption(order, route: r, interrupting: false) {
            case .success(let option): options.append(option)
            case .failure(let conflict): conflicts.append((r, conflict))
            }
            if allowInterruption, case .success(let option) = emergencyOption(order, route: r, interrupting: true) {
                options.append(option)
            }
            for option in options where best == nil || better(option, best!) { best = option }
        }
        guard let chosen = best else {
            let entry = explanation(for: order, conflicts: conflicts).unassignedOrder
            unassignedOrders.append(entry)
            recorder.unassigned(entry)
            return
        }
        let r = chosen.route
        let technician = technicianId(ofRoute: r)
        let protected = frozenOrderIds(ofRoute: r)
        recorder.touch(r, stops: routes[r].stops)
        if let interrupted = chosen.interrupted {
            recorder.left(interrupted.id, technicianId: technician)
            routes[r].startedCount -= 1
            routes[r].readyLocation = interrupted.location
            routes[r].readyTime = now
            routes[r].isLastStartedDone = true
        }
        for removed in chosen.removed { recorder.left(removed.id, technicianId: technician) }
        write(chosen.walk, toRoute: r, frozen: chosen.frozen)
        pin(r, keeping: protected)
        recorder.placed(order.id, technicianId: technician)
        if let interrupted = chosen.interrupted, routeOfOrder[interrupted.id] == r { recorder.placed(interrupted.id, technicianId: technician) }
        let heading = chosen.frozen > routes[r].startedCount ? " after the visits it is already heading to" : " after the current visit"
        let words = chosen.interrupted.map { " by interrupting \($0.id)" } ?? heading
        recorder.note(.soonestStart(orderId: order.id, technicianId: technician, start: chosen.start, interrupted: chosen.interrupted?.id),
                      "Emergency \(order.id) goes to \(technician)\(words), who can start soonest, at \(problem.timeReference.format(chosen.start)).")
        replace(chosen.removed, recorder: &recorder) { displaced in
            (.displaced(orderId: displaced.id, byOrderId: order.id), "\(displaced.id) makes room for emergency \(order.id) and is placed again.")
        }
    }

    /// The emergency first on route `r` after the stops that stay, taking out lower-priority
    /// orders that then miss their windows.
    ///
    /// Stops inside the freeze horizon are never taken out: without interruption the emergency
    /// comes after them; with it, it takes the place of the visit in progress (which may leave
    /// the route) and they follow in their sequence, or the route cannot take the emergency.
    func emergencyOption(_ order: ServiceOrder, route r: Int, interrupting: Bool) -> Result<EmergencyOption, InsertionConflict> {
        let live = routes[r]
        var frozen: Int
        var interrupted: ServiceOrder?
        var start: LiveStart
        var rest: [ServiceOrder]
        let protected = frozenOrderIds(ofRoute: r)
        if interrupting {
            frozen = live.startedCount
            guard frozen > 0, !live.isLastStartedDone, let id = live.stops[frozen - 1].orderId, let current = self.order(id),
                  current.priority < order.priority, live.stops[frozen - 1].end > now else { return .failure(.technicianUnavailable) }
            interrupted = current
            frozen -= 1
            start = liveStart(ofRoute: r, frozen: frozen)
            start.actualLocation = current.location
            start.readyTime = max(start.readyTime, now)
            rest = live.orderIds(from: live.startedCount).compactMap { self.order($0) }
        } else {
            let context = context(ofRoute: r, cutoff: now + options.freezeHorizon)
            frozen = context.frozen
            start = context.start
            rest = context.suffix
        }
        var sequence = [order] + (interrupted.map { [$0] } ?? []) + rest
        let schedule = schedule(ofRoute: r)
        var removed: [ServiceOrder] = []
        while true {
            let walk = schedule.walk(sequence, from: start)
            guard let conflict = walk.conflict else {
                let begin = walk.stops.first { $0.orderId == order.id }?.start ?? 0
                return .success(EmergencyOption(route: r, frozen: frozen, walk: walk, start: begin, removed: removed, interrupted: interrupted))
            }
            let tail = Array(sequence.dropFirst())
            guard !tail.isEmpty else { return .failure(conflict) }
            // The emergency's own rule broken: taking others out cannot help.
            switch conflict {
            case .windowMissed(order.id, _), .breakInTheWay(_, order.id, _), .materialsUnavailable(order.id): return .failure(conflict)
            default: break
            }
            let index = victim(in: tail, conflict: conflict, protected: protected)
            let candidate = tail[index]
            guard !protected.contains(candidate.id), candidate.priority < order.priority || candidate.id == interrupted?.id else {
                return .failure(conflict)
            }
            removed.append(sequence.remove(at: index + 1))
        }
    }
}
