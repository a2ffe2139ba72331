extension Dispatcher {
    /// Confirms that a visit started: it and everything before it are fixed from now on, and
    /// the rest of the route is retimed from it in its sequence.
    func startVisit(_ id: String, at: Int, recorder: inout DecisionRecorder) {
        guard let r = routeOfOrder[id], let record = order(id),
              let index = routes[r].stops.firstIndex(where: { $0.orderId == id }) else {
            recorder.note(.ignored("order \(id) is not routed"), "\(id) is not on any route; the start is not recorded.")
            return
        }
        guard index >= routes[r].startedCount else { return }
        recorder.touch(r, stops: routes[r].stops)
        let frozen = routes[r].startedCount
        let rest = routes[r].orderIds(from: frozen).filter { $0 != id }.compactMap { order($0) }
        let protected = frozenOrderIds(ofRoute: r)
        // The visit comes right after the started stops, with whatever restock or break must precede it.
        let start = liveStart(ofRoute: r, frozen: frozen, clampsToNow: false)
        var lead: [Stop]
        var visit: Stop
        let isNext = !routes[r].stops[frozen..<index].contains { $0.orderId != nil }
        let walk = isNext ? LiveWalk() : schedule(ofRoute: r).walk([record], from: start)
        if isNext {
            // Next in sequence: the plan's own breaks and restocks before it stand as planned.
            lead = Array(routes[r].stops[frozen..<index])
            visit = routes[r].stops[index]
        } else if let planned = walk.stops.first(where: { $0.orderId == id }) {
            lead = Array(walk.stops.prefix { $0.orderId != id })
            visit = planned
        } else {
            let technician = problem.technicians[routes[r].technicianIndex]
            let leg = problem.travel.leg(from: start.planLocation, to: record.location, profile: technician.travelProfile)
            lead = []
            visit = Stop(kind: .order(id), arrival: start.planTime + leg.duration, start: start.planTime + leg.duration, end: 0,
                         travelDuration: leg.duration, travelDistance: leg.distance)
        }
        // The plan cannot show a start before arrival or before the window opens; a later one it shows as it is.
        if at > visit.start {
            let service = visit.end - visit.start
            visit.start = at
            let late = LiveSchedule.serviceStart(record.timeWindows, arrival: at)
            visit.lateness = late.lateSeconds
            visit.end = at + (service > 0 ? service : record.serviceDuration(by: problem.technicians[routes[r].technicianIndex].skills))
        } else if visit.end == 0 {
            visit.end = visit.start + record.serviceDuration(by: problem.technicians[routes[r].technicianIndex].skills)
        }
        for old in routes[r].orderIds(from: frozen) where routeOfOrder[old] == r { routeOfOrder[old] = nil }
        routes[r].stops.removeSubrange(frozen...)
        routes[r].stops += lead + [visit]
        routes[r].startedCount = routes[r].stops.count
        routes[r].isLastStartedDone = false
        routes[r].readyTime = nil
        routes[r].readyLocation = nil
        routeOfOrder[id] = r
        contexts[r] = nil
        let removed = reschedule(r, frozen: routes[r].startedCount, sequence: rest, protected: protected)
        dispatchRemoved(removed, fromRoute: r, recorder: &recorder)
    }

    func completeVisit(_ id: String, at: Int, recorder: inout DecisionRecorder) {
        guard let r = routeOfOrder[id], let record = order(id) else {
            recorder.note(.ignored("order \(id) is not routed"), "\(id) is not on any route; the completion is not recorded.")
            return
        }
        if let index = routes[r].stops.firstIndex(where: { $0.orderId == id }), index >= routes[r].startedCount {
            let service = record.serviceDuration(by: problem.technicians[routes[r].technicianIndex].skills)
            startVisit(id, at: at - service, recorder: &recorder)
        }
        guard routes[r].startedCount > 0, routes[r].stops[routes[r].startedCount - 1].orderId == id else { return }
        routes[r].isLastStartedDone = true
        let end = routes[r].stops[routes[r].startedCount - 1].end
        guard at > max(end, routes[r].readyTime ?? end) else { return }
        recorder.touch(r, stops: routes[r].stops)
        routes[r].readyTime = at
        retime(r, recorder: &recorder)
    }

    func overrun(_ id: String, by overrun: VisitOverrun, recorder: inout DecisionRecorder) {
        guard let r = routeOfOrder[id], let index = routes[r].stops.firstIndex(where: { $0.orderId == id }) else {
            recorder.note(.ignored("order \(id) is not routed"), "\(id) is not on any route; the overrun is not recorded.")
            return
        }
        guard index == routes[r].startedCount - 1 else {
            recorder.note(.ignored("order \(id) is not in progress"), "\(id) is not the visit in progress; the overrun is not recorded.")
            return
        }
        recorder.touch(r, stops: routes[r].stops)
        let end = routes[r].stops[routes[r].startedCount - 1].end
        routes[r].readyTime = overrun.readyTime(expected: max(routes[r].readyTime ?? end, end), plannedEnd: end)
        routes[r].isLastStartedDone = false
        retime(r, recorder: &recorder)
    }

    /// Retimes everything after the started stops of route `r` in sequence, and re-places what no
    /// longer fits; a stop inside the freeze horizon leaves only when it would itself miss its window.
    func retime(_ r: Int, recorder: inout DecisionRecorder) {
        let frozen = routes[r].startedCount
        let rest = routes[r].orderIds(from: frozen).compactMap { order($0) }
        let protected = frozenOrderIds(ofRoute: r)
        contexts[r] = nil
        let removed = reschedule(r, frozen: frozen, sequence: rest, protected: protected)
        dispatchRemoved(removed, fromRoute: r, recorder: &recorder)
    }

    /// Places orders a route could no longer keep with other technicians, or lists them.
    func dispatchRemoved(_ removed: [ServiceOrder], fromRoute r: Int, recorder: inout DecisionRecorder) {
        guard !removed.isEmpty else { return }
        let technician = technicianId(ofRoute: r)
        for order in removed { recorder.left(order.id, technicianId: technician) }
        replace(removed, recorder: &recorder) { order in
            (.windowWouldBreak(orderId: order.id, technicianId: technician),
             "\(order.id) would miss its window with \(technician) and is placed again.")
        }
    }
}
