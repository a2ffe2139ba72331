/// Steps through a route in time for ``RouteSchedule``: legs, waiting, windows, breaks, restocks.
struct ScheduleWalker {
    let schedule: RouteSchedule
    /// When the technician is free to leave the current location.
    var time: Int
    /// Location index the technician is at.
    var location: Int
    /// Index into the vehicle's sorted breaks of the next break not yet taken.
    private var nextBreak = 0
    /// Preference bonus earned, cost units.
    private(set) var bonus = 0

    init(schedule: RouteSchedule, time: Int, location: Int) {
        self.schedule = schedule
        self.time = time
        self.location = location
    }

    private var instance: Instance { schedule.instance }

    /// Drives to `order` and serves it.
    mutating func visit(_ order: Int, metrics: inout RouteMetrics, stops: inout [Stop]?) {
        let vehicle = schedule.vehicle
        let profile = instance.vehicles[vehicle].profile
        let pair = instance.travel.pair(profile, location, order)
        let leg = pair.duration
        let service = instance.serviceDuration(order, on: vehicle)
        if instance.vehicles[vehicle].hasBreaks {
            let opens = serviceStart(of: order, arrival: time + leg).start
            takeBreaks(leg: leg, nextOpens: opens, nextLength: service, isEnd: false, metrics: &metrics, stops: &stops)
        }
        let arrival = time + leg
        let chosen = serviceStart(of: order, arrival: arrival)
        metrics.timeWarp += chosen.warp
        var lateness = 0
        if chosen.lateSeconds > 0 {
            lateness += instance.latenessPrice(seconds: chosen.lateSeconds, costPerHour: chosen.costPerHour)
        }
        let sla = instance.slaDeadline[order]
        if chosen.start > sla { lateness += instance.latenessPrice(seconds: chosen.start - sla, costPerHour: 0) }
        metrics.lateness += lateness
        let distance = pair.distance
        if stops != nil {
            stops!.append(Stop(kind: .order(instance.problem.orders[order].id), arrival: arrival, start: chosen.start,
                               end: chosen.start + service, travelDuration: leg, travelDistance: distance,
                               lateness: chosen.lateSeconds))
        }
        metrics.distance += distance
        metrics.travelTime += leg
        metrics.load += instance.demand[order]
        metrics.orderCount += 1
        let preference = instance.problem.objective.preferredTechnicianBonus
        if preference != 0 {
            let technician = instance.problem.technicians[instance.vehicles[vehicle].technicianIndex].id
            if instance.problem.orders[order].preferredTechnicians.contains(technician) { bonus += preference }
        }
        time = chosen.start + service
        location = order
    }

    /// Drives to a depot and restocks there.
    mutating func restock(at depot: Int, metrics: inout RouteMetrics, stops: inout [Stop]?) {
        let vehicle = schedule.vehicle
        let profile = instance.vehicles[vehicle].profile
        let place = instance.depotLocations[depot]
        let record = instance.problem.depots[depot]
        let hours = record.openingHours ?? TimeWindow(start: -Instance.unbounded, end: Instance.unbounded)
        let pair = instance.travel.pair(profile, location, place)
        let leg = pair.duration
        if instance.vehicles[vehicle].hasBreaks {
            takeBreaks(leg: leg, nextOpens: hours.start, nextLength: record.visitDuration, isEnd: false, metrics: &metrics, stops: &stops)
        }
        let arrival = time + leg
        let start = max(arrival, hours.start)
        metrics.timeWarp += max(0, start + record.visitDuration - hours.end)
        let distance = pair.distance
        if stops != nil {
            stops!.append(Stop(kind: .restock(depotId: record.id), arrival: arrival, start: start,
                               end: start + record.visitDuration, travelDuration: leg, travelDistance: distance))
        }
        metrics.distance += distance
        metrics.travelTime += leg
        time = start + record.visitDuration
        location = place
    }

    /// Takes the breaks still due and drives to the end; returns the return leg.
    mutating func finish(end: Int, metrics: inout RouteMetrics, stops: inout [Stop]?) -> TravelLeg {
        let profile = instance.vehicles[schedule.vehicle].profile
        let pair = instance.travel.pair(profile, location, end)
        let leg = pair.duration
        takeBreaks(leg: leg, nextOpens: time + leg, nextLength: 0, isEnd: true, metrics: &metrics, stops: &stops)
        let distance = pair.distance
        metrics.distance += distance
        metrics.travelTime += leg
        time += leg
        return TravelLeg(duration: leg, distance: distance)
    }

    /// Takes, before the next leg of `leg` seconds, every break the rules say is due now.
    private mutating func takeBreaks(leg: Int, nextOpens: Int, nextLength: Int, isEnd: Bool,
                                     metrics: inout RouteMetrics, stops: inout [Stop]?) {
        let first = instance.breakStart[schedule.vehicle], count = instance.breakStart[schedule.vehicle + 1] - first
        while nextBreak < count {
            let (index, rest) = instance.breaks[first + nextBreak]
            let arrival = time + leg
            if isEnd {
                if arrival <= rest.latestStart { return }
            } else {
                let isOpen = time >= rest.earliestStart
                let isHidden = max(time, rest.earliestStart) + rest.duration + leg <= nextOpens
                let isDue = max(arrival, nextOpens) + nextLength > rest.latestStart
                if !(isOpen || isHidden || isDue) { return }
            }
            let start = max(time, rest.earliestStart)
            metrics.timeWarp += max(0, start - rest.latestStart)
            if stops != nil {
                stops!.append(Stop(kind: .rest(breakIndex: index), arrival: time, start: start, end: start + rest.duration,
                                   travelDuration: 0, travelDistance: 0))
            }
            time = start + rest.duration
            nextBreak += 1
        }
    }

    /// ``serviceStart(_:arrival:)`` for `order`, read from its window bounds when it has at most
    /// one window and that one hard, so the common order needs no look-up of its window list.
    @inline(__always)
    func serviceStart(of order: Int, arrival: Int) -> (start: Int, lateSeconds: Int, costPerHour: Int, warp: Int) {
        guard instance.hasPlainWindow[order] else { return Self.serviceStart(instance.windows[order], arrival: arrival) }
        let latest = instance.latest[order]
        return arrival <= latest ? (max(arrival, instance.earliest[order]), 0, 0, 0) : (latest, 0, 0, arrival - latest)
    }

    /// Service start for an arrival: the first window still open (waiting if it has not opened);
    /// past every window, on arrival with lateness if a soft window exists, else at the last
    /// window's end with the difference as time warp.
    /// - Complexity: O(windows).
    @inline(__always)
    static func serviceStart(_ windows: [TimeWindow], arrival: Int)
        -> (start: Int, lateSeconds: Int, costPerHour: Int, warp: Int) {
        guard let last = windows.last else { return (arrival, 0, 0, 0) }
        for window in windows where arrival <= window.end { return (max(arrival, window.start), 0, 0, 0) }
        if let soft = windows.last(where: \.isSoft) {
            return (arrival, arrival - soft.end, soft.latenessCostPerHour ?? 0, 0)
        }
        return (last.end, 0, 0, arrival - last.end)
    }
}
