extension Dispatcher {
    /// One way to place an order: the route, where in its plannable part, and the schedule that results.
    struct Placement: Sendable {
        var route: Int
        var frozen: Int
        var position: Int
        var walk: LiveWalk
        var extraCost: Int
        /// Planned start of the placed order.
        var start: Int
    }

    /// The plannable part of route `r` when stops starting before `cutoff` are frozen.
    /// - Complexity: O(stops) when not cached.
    func context(ofRoute r: Int, cutoff: Int) -> RouteContext {
        if let cached = contexts[r], cached.cutoff == cutoff { return cached }
        let frozen = routes[r].frozenCount(cutoff: cutoff)
        let start = liveStart(ofRoute: r, frozen: frozen)
        let suffix = routes[r].orderIds(from: frozen).compactMap { order($0) }
        let schedule = schedule(ofRoute: r)
        let baseline = schedule.walk(suffix, from: start)
        let delays = maxDelays(baseline: baseline, suffix: suffix, route: r, departure: start.departure)
        let context = RouteContext(
            cutoff: cutoff, frozen: frozen, start: start, suffix: suffix, baseline: baseline,
            baselineCost: baseline.cost(departure: start.departure, objective: problem.objective),
            promised: routes[r].stops[frozen...].filter { $0.orderId != nil },
            maxDelay: delays.seconds, delayLimits: delays.limits,
            visitEnds: baseline.stops.compactMap { $0.orderId == nil ? nil : $0.end })
        contexts[r] = context
        return context
    }

    /// For each visit of a feasible baseline, the delay it and every later visit can absorb: a
    /// hard window's close, a soft window or SLA it now meets, the shift's hard end and working-time
    /// limit; with the rule that sets each bound.
    func maxDelays(baseline: LiveWalk, suffix: [ServiceOrder], route r: Int, departure: Int) -> (seconds: [Int], limits: [RouteContext.DelayLimit]) {
        guard baseline.isFeasible else { return ([], []) }
        let technician = problem.technicians[routes[r].technicianIndex]
        let shift = technician.shifts[routes[r].shiftIndex]
        var tail = shift.hardEnd - baseline.arrivalAtEnd
        var tailLimit = RouteContext.DelayLimit.shiftEnd
        if let limit = technician.maxWorkingTimePerShift, departure + limit - baseline.arrivalAtEnd < tail {
            tail = departure + limit - baseline.arrivalAtEnd
            tailLimit = .workingTime
        }
        let visits = baseline.stops.filter { $0.orderId != nil }
        guard visits.count == suffix.count else { return ([], []) }
        var result = [Int](repeating: 0, count: visits.count)
        var limits = [RouteContext.DelayLimit](repeating: .shiftEnd, count: visits.count)
        for j in stride(from: visits.count - 1, through: 0, by: -1) {
            let stop = visits[j]
            var latest = Int.max / 4
            var own = RouteContext.DelayLimit.window(orderId: suffix[j].id)
            if let window = suffix[j].timeWindows.last(where: { $0.start <= stop.start }) {
                latest = stop.lateness > 0 ? stop.start : window.end
                if window.isSoft { own = .promise(orderId: suffix[j].id) }
            }
            if let sla = suffix[j].slaDeadline, stop.start <= sla, sla < latest {
                latest = sla
                own = .promise(orderId: suffix[j].id)
            }
            if latest - stop.start <= tail {
                result[j] = latest - stop.start
                limits[j] = own
            } else {
                result[j] = tail
                limits[j] = tailLimit
            }
            tail = stop.start - stop.arrival + result[j]
            tailLimit = limits[j]
        }
        return (result, limits)
    }

    /// The state of route `r` after its first `frozen` stops.
    /// - Complexity: O(frozen × parts).
    /// - Parameter clampsToNow: whether nothing may start before the clock (new work); a route
    ///   retimed in its own sequence keeps the times its plan already has.
    func liveStart(ofRoute r: Int, frozen: Int, clampsToNow: Bool = true) -> LiveStart {
        let live = routes[r]
        let technician = problem.technicians[live.technicianIndex]
        let shift = technician.shifts[live.shiftIndex]
        var van = LiveVan(technician: technician)
        var taken = shift.breaks.map { $0.earliestStart + $0.duration <= live.departure }
        var restocks = 0, load = 0, count = 0
        for stop in live.stops[..<frozen] {
            switch stop.kind {
            case .order(let id):
                guard let record = order(id) else { continue }
                van.consume(record)
                load += record.demand
                count += 1
            case .rest(let index): if taken.indices.contains(index) { taken[index] = true }
            case .restock(let depotId):
                if let depot = problem.depots.first(where: { $0.id == depotId }) { van.restock(at: depot) }
                restocks += 1
            }
        }
        let planLocation = location(after: frozen, inRoute: r)
        let planTime = frozen > 0 ? live.stops[frozen - 1].end : live.departure
        var ready = clampsToNow ? max(planTime, now) : planTime
        var actual = planLocation
        if frozen == live.startedCount {
            if let time = live.readyTime { ready = max(ready, time) }
            if let location = live.readyLocation { actual = location }
        }
        if let from = live.availableFrom { ready = max(ready, from) }
        return LiveStart(departure: live.departure, planLocation: planLocation, planTime: planTime, actualLocation: actual,
                         readyTime: ready, breaksTaken: taken, restocks: restocks, van: van, load: load, orderCount: count)
    }

    /// The cheapest place for `order` in route `r` that keeps every other promise, or the conflict that rules the route out.
    ///
    /// Positions are tried by increasing detour; with a travel-based cost measure the search
    /// stops once the detour alone reaches the best extra cost found (or `bound`), since waiting,
    /// overtime and lateness only add to it.
    /// - Parameter bound: an extra cost already found elsewhere, which this route must beat.
    /// - Complexity: O(L log L) legs, then O(L) schedule steps per position walked, for L orders.
    func bestPlacement(of order: ServiceOrder, inRoute r: Int, cutoff: Int, bound: Int = Int.max) -> Result<Placement, InsertionConflict> {
        let context = context(ofRoute: r, cutoff: cutoff)
        let schedule = schedule(ofRoute: r)
        let lastEnd = order.timeWindows.contains(where: \.isSoft) ? Int.max : (order.timeWindows.last?.end ?? Int.max)
        let byDistance = problem.objective.costMeasure == .travelDistance
        let isBounded = problem.objective.costMeasure != .workingTime
        func cost(_ a: Location, _ b: Location) -> (detour: Int, duration: Int) {
            let leg = schedule.meter.leg(a, b)
            return (byDistance ? leg.distance : leg.duration, leg.duration)
        }
        // A full van of orders rules the route out before any position is priced.
        if let limit = schedule.technician.maxOrdersPerShift, context.start.orderCount + context.suffix.count >= limit {
            return .failure(.orderLimitReached(limit: limit))
        }
        // Short now means short at every position (visits only use stock up); without a restock left it cannot be served.
        if context.start.van.isShort(of: order),
           context.start.restocks >= schedule.technician.maxRestockVisitsPerShift || !schedule.depots.contains(where: { context.start.van.isCovered(order, after: $0) }) {
            return .failure(.materialsUnavailable(orderId: order.id))
        }
        let baselineVisits = context.maxDelay.isEmpty ? [] : context.baseline.stops.filter { $0.orderId != nil }
        // Positions by detour; one pruned by the O(1) check keeps the rule it would break.
        var positions: [(detour: Int, position: Int, pruned: InsertionConflict?)] = []
        positions.reserveCapacity(context.suffix.count + 1)
        var leastMiss = Int.max
        var previous = context.start.actualLocation
        for position in 0...context.suffix.count {
            let previousEnd = position == 0 ? context.start.readyTime : (position <= context.visitEnds.count ? context.visitEnds[position - 1] : Int.max)
            // Past the baseline's own conflict nothing is known, and later positions only start later,
            // so once the window has closed nothing after can open it.
            if previousEnd == Int.max { break }
            let into = cost(previous, order.location)
            if previousEnd > lastEnd || previousEnd + into.duration > lastEnd {
                leastMiss = min(leastMiss, previousEnd + into.duration - lastEnd)
                if previousEnd > lastEnd { break }
            } else {
                let next = position < context.suffix.count ? context.suffix[position].location : schedule.shift.endLocation
                var detour = into.detour
                var pruned: InsertionConflict?
                if let next {
                    let out = cost(order.location, next)
                    detour += out.detour - cost(previous, next).detour
                    // O(1) push-forward check against the slack of the visits after the position.
                    if position < context.maxDelay.count {
                        let opens = LiveSchedule.serviceStart(order.timeWindows, arrival: previousEnd + into.duration).start
                        let arrival = opens + order.serviceDuration(by: schedule.technician.skills) + out.duration
                        let excess = arrival - baselineVisits[position].start - context.maxDelay[position]
                        if excess > 0 { pruned = context.delayLimits[position].conflict(bySeconds: excess) }
                    }
                }
                positions.append((detour, position, pruned))
            }
            if position < context.suffix.count { previous = context.suffix[position].location }
        }
        positions.sort { ($0.detour, $0.position) < ($1.detour, $1.position) }
        var best: Placement?
        // The rule broken at the cheapest position: what a dispatcher asks about first.
        var conflict: InsertionConflict?
        for (detour, position, pruned) in positions {
            if isBounded && detour >= min(bound, best?.extraCost ?? Int.max) { break }
            if let pruned {
                if conflict == nil { conflict = pruned }
                continue
            }
            let walk = schedule.walk(context.suffix, inserting: order, at: position, from: context.start)
            if let found = walk.conflict {
                if conflict == nil { conflict = found }
                continue
            }
            if let broken = brokenPromise(context: context, walk: walk, skipping: order.id) {
                if conflict == nil { conflict = .promiseBroken(orderId: broken) }
                continue
            }
            let extra = walk.cost(departure: context.start.departure, objective: problem.objective) - context.baselineCost
            if best == nil || (extra, position) < (best!.extraCost, best!.position) {
                let start = walk.stops.first { $0.orderId == order.id }?.start ?? 0
                best = Placement(route: r, frozen: context.frozen, position: position, walk: walk, extraCost: extra, start: start)
            }
        }
        if let best { return .success(best) }
        if let conflict { return .failure(conflict) }
        if leastMiss != Int.max { return .failure(.windowMissed(orderId: order.id, bySeconds: max(1, leastMiss))) }
        // Every position cost more than `bound`: the route is only dearer, and the caller has a better one.
        return .failure(.windowMissed(orderId: order.id, bySeconds: max(0, context.start.readyTime - lastEnd)))
    }

    /// The first order whose promise `walk` breaks against the route's current schedule: later
    /// past a soft window, or newly past its SLA deadline.
    func brokenPromise(context: RouteContext, walk: LiveWalk, skipping id: String) -> String? {
        let old = context.promised
        var j = 0
        for stop in walk.stops {
            guard let orderId = stop.orderId, orderId != id else { continue }
            defer { j += 1 }
            guard j < old.count, j < context.suffix.count else { continue }
            if stop.lateness > old[j].lateness { return orderId }
            if let sla = context.suffix[j].slaDeadline, old[j].start <= sla, stop.start > sla { return orderId }
        }
        return nil
    }

    /// Routes that may take `order`, nearest first: available, certified, in a shift not yet over.
    ///
    /// Keeps the `limit` nearest in a small sorted list instead of sorting every route, and checks
    /// certification only for routes near enough to enter it.
    /// - Complexity: O(stops + m·limit) at worst, O(stops + m) typically, for m routes.
    func nearbyRoutes(for order: ServiceOrder, limit: Int, excluding excluded: Int? = nil) -> [Int] {
        guard limit > 0 else { return [] }
        let scale = proximity.scale(at: order.location)
        var kept: [(distance: Double, route: Int)] = []
        kept.reserveCapacity(limit + 1)
        // Fields are read in place: copying a route or a technician per route (retaining every
        // array inside) cost more than the distances.
        for r in routes.indices where routes[r].isAvailable && r != excluded {
            let t = routes[r].technicianIndex, s = routes[r].shiftIndex
            guard problem.technicians[t].shifts[s].hardEnd > now else { continue }
            var nearest = proximity.distance(order.location, problem.technicians[t].shifts[s].startLocation, scale: scale)
            for k in routes[r].visitLocations.indices {
                let d = proximity.distance(order.location, routes[r].visitLocations[k], scale: scale)
                if d < nearest { nearest = d }
            }
            // Routes come in increasing index, so on a tie with the last kept this one ranks after it.
            if kept.count == limit && nearest >= kept[limit - 1].distance { continue }
            guard problem.technicians[t].isCertified(for: order) else { continue }
            var index = kept.count
            while index > 0 && kept[index - 1].distance > nearest { index -= 1 }
            kept.insert((nearest, r), at: index)
            if kept.count > limit { kept.removeLast() }
        }
        return kept.map(\.route)
    }

    /// The cheapest promise-keeping placement of `order` over its nearby routes, or every route's conflict.
    /// - Parameter routesToTry: the routes to try; the nearby routes of the order when `nil`.
    func cheapestPlacement(of order: ServiceOrder, excluding excluded: Int? = nil, routesToTry: [Int]? = nil)
        -> (placement: Placement?, conflicts: [(route: Int, conflict: InsertionConflict)], tried: Int) {
        let cutoff = now + options.freezeHorizon
        let candidates = routesToTry ?? nearbyRoutes(for: order, limit: options.candidateRoutes, excluding: excluded)
        var best: Placement?
        var conflicts: [(route: Int, conflict: InsertionConflict)] = []
        if options.policy == .nearestTechnician {
            return nearestPlacement(of: order, routes: candidates, cutoff: cutoff)
        }
        for r in candidates {
            switch bestPlacement(of: order, inRoute: r, cutoff: cutoff, bound: best?.extraCost ?? Int.max) {
            case .success(let placement):
                if best == nil || (placement.extraCost, placement.route) < (best!.extraCost, best!.route) { best = placement }
            case .failure(let conflict):
                conflicts.append((r, conflict))
            }
        }
        return (best, conflicts, candidates.count)
    }

    /// Writes a placement into its route.
    func apply(_ placement: Placement) {
        write(placement.walk, toRoute: placement.route, frozen: placement.frozen)
    }
}
