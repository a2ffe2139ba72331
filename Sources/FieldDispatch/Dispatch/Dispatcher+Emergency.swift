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
        if let partner = partnerId(of: order) {
            deferPair(order, partner: partner, recorder: &recorder)
            return
        }
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
            for interrupting in allowInterruption ? [false, true] : [false] {
                guard let setup = emergencySetup(order, route: r, interrupting: interrupting) else { continue }
                switch emergencyOption(order, route: r, setup: setup) {
                case .success(let option): if best == nil || better(option, best!) { best = option }
                case .failure(let conflict): if !interrupting { conflicts.append((r, conflict)) }
                }
            }
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

    /// Where an emergency on route `r` would begin: after the stops that stay, or (interrupting)
    /// in place of the visit in progress.
    struct EmergencySetup: Sendable {
        var frozen: Int
        var start: LiveStart
        var rest: [ServiceOrder]
        var interrupted: ServiceOrder?
    }

    /// The state an emergency on route `r` starts from; `nil` when interrupting is asked for but
    /// no visit of lower priority is in progress.
    ///
    /// Stops inside the freeze horizon are never taken out: without interruption the emergency
    /// comes after them; with it, it takes the place of the visit in progress (which may leave
    /// the route) and they follow in their sequence, or the route cannot take the emergency.
    func emergencySetup(_ order: ServiceOrder, route r: Int, interrupting: Bool) -> EmergencySetup? {
        let live = routes[r]
        guard interrupting else {
            let context = context(ofRoute: r, cutoff: now + options.freezeHorizon)
            return EmergencySetup(frozen: context.frozen, start: context.start, rest: context.suffix, interrupted: nil)
        }
        let frozen = live.startedCount
        guard frozen > 0, !live.isLastStartedDone, let id = live.stops[frozen - 1].orderId, let current = self.order(id),
              current.priority < order.priority, live.stops[frozen - 1].end > now else { return nil }
        var start = liveStart(ofRoute: r, frozen: frozen - 1)
        start.actualLocation = current.location
        start.readyTime = max(start.readyTime, now)
        let rest = live.orderIds(from: frozen).compactMap { self.order($0) }
        return EmergencySetup(frozen: frozen - 1, start: start, rest: rest, interrupted: current)
    }

    /// The emergency first on route `r` from `setup`, taking out lower-priority orders (never
    /// protected ones) that then break a rule.
    /// - Complexity: O(L²) schedule steps at worst for L orders.
    func emergencyOption(_ order: ServiceOrder, route r: Int, setup: EmergencySetup) -> Result<EmergencyOption, InsertionConflict> {
        let interrupted = setup.interrupted
        var sequence = [order] + (interrupted.map { [$0] } ?? []) + setup.rest
        let schedule = schedule(ofRoute: r)
        var removed: [ServiceOrder] = []
        var protected: Set<String>?
        while true {
            let walk = schedule.walk(sequence, from: setup.start)
            guard let conflict = walk.conflict else {
                let begin = walk.stops.first { $0.orderId == order.id }?.start ?? 0
                return .success(EmergencyOption(route: r, frozen: setup.frozen, walk: walk, start: begin, removed: removed, interrupted: interrupted))
            }
            let tail = Array(sequence.dropFirst())
            guard !tail.isEmpty else { return .failure(conflict) }
            // The emergency's own rule broken: taking others out cannot help.
            switch conflict {
            case .windowMissed(order.id, _), .breakInTheWay(_, order.id, _), .materialsUnavailable(order.id): return .failure(conflict)
            default: break
            }
            // Orders inside the freeze horizon are never taken out to make room.
            if protected == nil { protected = frozenOrderIds(ofRoute: r) }
            let index = victim(in: tail, conflict: conflict, protected: protected!)
            let candidate = tail[index]
            guard !protected!.contains(candidate.id), candidate.priority < order.priority || candidate.id == interrupted?.id else {
                return .failure(conflict)
            }
            removed.append(sequence.remove(at: index + 1))
        }
    }
}
