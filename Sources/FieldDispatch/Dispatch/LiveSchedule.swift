/// The forward schedule of a live route from its ``LiveStart``: legs, windows, breaks and
/// restocks by the same rules as the engine's exact schedule, on model values rather than
/// compiled indices, so orders that arrive during the day need no recompiled instance.
///
/// Rules: service starts in the first window still open on arrival (waiting if needed); past
/// every window it starts on arrival with lateness when a soft window exists and is a conflict
/// otherwise. A break is taken where the technician is, before the next leg, when its window is
/// open, when waiting would hide it, or when the next stop would end past its latest start. When
/// the van lacks a part or tool, it restocks just before that order at the depot with the least
/// detour among those stocking everything missing.
struct LiveSchedule {
    let technician: Technician
    let shift: Shift
    let meter: LegMeter
    let depots: [PartsDepot]
    /// Breaks by earliest start, each with its index in ``Shift/breaks``.
    let breaks: [(index: Int, rest: Break)]

    init(technician: Technician, shift: Shift, problem: Problem) {
        self.technician = technician
        self.shift = shift
        meter = LegMeter(travel: problem.travel, profile: technician.travelProfile)
        depots = problem.depots
        breaks = shift.breaks.enumerated().map { (index: $0.offset, rest: $0.element) }
            .sorted { ($0.rest.earliestStart, $0.index) < ($1.rest.earliestStart, $1.index) }
    }

    /// Schedules `orders` in sequence after `start`.
    /// - Parameters:
    ///   - orders: the visits in order.
    ///   - start: the state after the frozen stops.
    /// - Returns: the stops, totals and the first conflict; scheduling stops at the first conflict.
    /// - Complexity: O(orders × (windows + breaks + depots)), one travel query per leg.
    func walk(_ orders: [ServiceOrder], from start: LiveStart) -> LiveWalk {
        walk(orders, inserting: nil, at: 0, from: start)
    }

    /// Schedules `orders` with `inserted` placed before position `position`, without copying the orders.
    /// - Complexity: as ``walk(_:from:)``.
    func walk(_ orders: [ServiceOrder], inserting inserted: ServiceOrder?, at position: Int, from start: LiveStart) -> LiveWalk {
        var walker = Walker(schedule: self, start: start)
        walker.result.stops.reserveCapacity(orders.count + 3)
        for index in 0...orders.count {
            if index == position, let inserted {
                walker.visit(inserted)
                if walker.result.conflict != nil { return walker.result }
            }
            guard index < orders.count else { break }
            walker.visit(orders[index])
            if walker.result.conflict != nil { return walker.result }
        }
        walker.finish()
        return walker.result
    }

    /// Service start for an arrival: the first window still open; past every window, on arrival
    /// with lateness if a soft window exists, else a miss by the returned seconds.
    static func serviceStart(_ windows: [TimeWindow], arrival: Int) -> (start: Int, lateSeconds: Int, costPerHour: Int, miss: Int) {
        guard let last = windows.last else { return (arrival, 0, 0, 0) }
        for window in windows where arrival <= window.end { return (max(arrival, window.start), 0, 0, 0) }
        if let soft = windows.last(where: \.isSoft) { return (arrival, arrival - soft.end, soft.latenessCostPerHour ?? 0, 0) }
        return (last.end, 0, 0, arrival - last.end)
    }
}

/// Steps through a live route in time for ``LiveSchedule``.
private struct Walker {
    let schedule: LiveSchedule
    var result = LiveWalk()
    var planLocation: Location
    var planTime: Int
    var actualLocation: Location
    var ready: Int
    var breaksTaken: [Bool]
    var restocks: Int
    var van: LiveVan
    var load: Int
    var count: Int
    let departure: Int

    init(schedule: LiveSchedule, start: LiveStart) {
        self.schedule = schedule
        planLocation = start.planLocation
        planTime = start.planTime
        actualLocation = start.actualLocation
        ready = max(start.readyTime, start.planTime)
        breaksTaken = start.breaksTaken
        restocks = start.restocks
        van = start.van
        load = start.load
        count = start.orderCount
        departure = start.departure
    }

    /// The plan's leg to `destination` and the real driving time, which differ only right after an interruption.
    private func legs(to destination: Location) -> (plan: TravelLeg, actual: Int) {
        let plan = schedule.meter.leg(planLocation, destination)
        if actualLocation == planLocation { return (plan, plan.duration) }
        return (plan, schedule.meter.leg(actualLocation, destination).duration)
    }

    private mutating func moved(to location: Location, end: Int) {
        planLocation = location
        actualLocation = location
        planTime = end
        ready = end
    }

    mutating func visit(_ order: ServiceOrder) {
        if van.isShort(of: order) {
            restock(for: order)
            if result.conflict != nil { return }
        }
        let service = order.serviceDuration(by: schedule.technician.skills)
        var leg = legs(to: order.location)
        // Where the visit would start without a break taken now, to tell which rule a miss is due to.
        let withoutBreak = max(planTime + leg.plan.duration, ready + leg.actual)
        let stopsBefore = result.stops.count
        if !schedule.breaks.isEmpty {
            let opens = LiveSchedule.serviceStart(order.timeWindows, arrival: ready + leg.actual).start
            takeBreaks(leg: leg.actual, nextOpens: opens, nextLength: service, isEnd: false)
            if result.conflict != nil { return }
            leg = legs(to: order.location)
        }
        let arrival = planTime + leg.plan.duration
        let chosen = LiveSchedule.serviceStart(order.timeWindows, arrival: max(arrival, ready + leg.actual))
        if chosen.miss > 0 {
            if result.stops.count > stopsBefore, case .rest(let index) = result.stops[stopsBefore].kind,
               LiveSchedule.serviceStart(order.timeWindows, arrival: withoutBreak).miss == 0 {
                result.conflict = .breakInTheWay(breakIndex: index, orderId: order.id, bySeconds: chosen.miss)
            } else {
                result.conflict = .windowMissed(orderId: order.id, bySeconds: chosen.miss)
            }
            return
        }
        var lateness = chosen.lateSeconds
        if let sla = order.slaDeadline, chosen.start > sla { lateness += chosen.start - sla }
        result.lateness += lateness
        result.stops.append(Stop(kind: .order(order.id), arrival: arrival, start: chosen.start, end: chosen.start + service,
                                 travelDuration: leg.plan.duration, travelDistance: leg.plan.distance, lateness: chosen.lateSeconds))
        result.travelTime += leg.actual
        result.distance += leg.plan.distance
        van.consume(order)
        load += order.demand
        count += 1
        if let limit = schedule.technician.maxOrdersPerShift, count > limit {
            result.conflict = .orderLimitReached(limit: limit)
            return
        }
        if let capacity = schedule.technician.capacity, load > capacity {
            result.conflict = .capacityExceeded(by: load - capacity)
            return
        }
        moved(to: order.location, end: chosen.start + service)
    }

    private mutating func restock(for order: ServiceOrder) {
        guard restocks < schedule.technician.maxRestockVisitsPerShift else {
            result.conflict = .materialsUnavailable(orderId: order.id)
            return
        }
        var best: (depot: PartsDepot, detour: Int)?
        for depot in schedule.depots where van.isCovered(order, after: depot) {
            let detour = legs(to: depot.location).actual
                + schedule.meter.leg(depot.location, order.location).duration
            if best == nil || detour < best!.detour { best = (depot, detour) }
        }
        guard let depot = best?.depot else {
            result.conflict = .materialsUnavailable(orderId: order.id)
            return
        }
        let hours = depot.openingHours ?? TimeWindow(start: Int.min / 4, end: Int.max / 4)
        var leg = legs(to: depot.location)
        if !schedule.breaks.isEmpty {
            takeBreaks(leg: leg.actual, nextOpens: hours.start, nextLength: depot.visitDuration, isEnd: false)
            if result.conflict != nil { return }
            leg = legs(to: depot.location)
        }
        let arrival = planTime + leg.plan.duration
        let start = max(arrival, ready + leg.actual, hours.start)
        if start + depot.visitDuration > hours.end {
            result.conflict = .depotClosed(depotId: depot.id)
            return
        }
        result.stops.append(Stop(kind: .restock(depotId: depot.id), arrival: arrival, start: start, end: start + depot.visitDuration,
                                 travelDuration: leg.plan.duration, travelDistance: leg.plan.distance))
        result.travelTime += leg.actual
        result.distance += leg.plan.distance
        van.restock(at: depot)
        restocks += 1
        moved(to: depot.location, end: start + depot.visitDuration)
    }

    mutating func finish() {
        let end = schedule.shift.endLocation
        var leg = end.map { legs(to: $0) } ?? (plan: TravelLeg.zero, actual: 0)
        takeBreaks(leg: leg.actual, nextOpens: ready + leg.actual, nextLength: 0, isEnd: true)
        leg = end.map { legs(to: $0) } ?? (plan: TravelLeg.zero, actual: 0)
        // The plan's arrival follows the plan clock; the limits judge the real one.
        let arrival = max(planTime + leg.plan.duration, ready + leg.actual)
        result.returnLeg = leg.plan
        result.travelTime += leg.actual
        result.distance += leg.plan.distance
        result.arrivalAtEnd = planTime + leg.plan.duration
        result.overtime = max(0, arrival - schedule.shift.end)
        if result.conflict != nil { return }
        if arrival > schedule.shift.hardEnd {
            result.conflict = .shiftEndExceeded(bySeconds: arrival - schedule.shift.hardEnd)
        } else if let limit = schedule.technician.maxWorkingTimePerShift, arrival - departure > limit {
            result.conflict = .workingTimeExceeded(bySeconds: arrival - departure - limit)
        }
    }

    /// Takes, before the next leg, every break the rules say is due now.
    private mutating func takeBreaks(leg: Int, nextOpens: Int, nextLength: Int, isEnd: Bool) {
        for (index, rest) in schedule.breaks where !breaksTaken[index] {
            let arrival = ready + leg
            if isEnd {
                if arrival <= rest.latestStart { return }
            } else {
                let isOpen = ready >= rest.earliestStart
                let isHidden = max(ready, rest.earliestStart) + rest.duration + leg <= nextOpens
                let isDue = max(arrival, nextOpens) + nextLength > rest.latestStart
                if !(isOpen || isHidden || isDue) { return }
            }
            var start = max(ready, rest.earliestStart)
            // Idle time the plan shows before the ready clock (a late availability) may hold the break.
            if start > rest.latestStart && max(planTime, rest.earliestStart) <= rest.latestStart {
                start = max(planTime, rest.earliestStart)
            }
            if start > rest.latestStart && result.conflict == nil {
                result.conflict = .breakMissed(breakIndex: index, bySeconds: start - rest.latestStart)
            }
            result.stops.append(Stop(kind: .rest(breakIndex: index), arrival: planTime, start: start, end: start + rest.duration,
                                     travelDuration: 0, travelDistance: 0))
            breaksTaken[index] = true
            planTime = start + rest.duration
            ready = max(ready, planTime)
        }
    }
}
