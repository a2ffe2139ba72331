/// Finds the cheapest feasible place for one order in one route, pricing positions with
/// segments and confirming them with the exact schedule when the route or order needs it.
///
/// A pair (``ServiceOrder/pickupOrderId``) is placed as one: its pick-up is the order asked
/// for, and its delivery goes into the same route behind it. A delivery alone has no place.
struct Inserter {
    /// Probability of skipping a position ("blinks", Christiaens & Vanden Berghe 2020).
    var blinkRate: Double = 0
    /// Insertion positions priced so far.
    private(set) var evaluations = 0
    private var buffer: [Int32] = []
    private var candidates: [InsertionSpot] = []
    /// The last place the exact schedule confirmed as a route's best: its instance, vehicle,
    /// route and metrics, so inserting there does not walk the schedule a second time.
    private var confirmedInstance: Instance?
    private var confirmedVehicle = -1
    private var confirmedRoute: [Int32] = []
    private var confirmedMetrics = RouteMetrics()

    init(blinkRate: Double = 0) {
        self.blinkRate = blinkRate
    }

    /// The cheapest feasible insertion of `order` (with its delivery, for a pair's pick-up) into route `v`.
    ///
    /// `cutoff` is what the caller already has elsewhere: places priced by segments at or above
    /// it are not confirmed by the exact schedule, which mostly adds to the segment price.
    ///
    /// With `boundOnly`, nothing is confirmed and no position is skipped: the result is the
    /// cheapest place by segments alone, which the exact schedule mostly makes dearer, so a
    /// caller can confirm the routes of several cheapest-first and stop early.
    /// - Returns: the rise in the route's search cost and the place, or `nil` (also when nothing
    ///   here is cheaper than `cutoff`).
    /// - Complexity: O(L) by segments (O(L²) for a pair); O(L) per position the exact schedule must confirm.
    mutating func best(_ order: Int, into v: Int, state: SearchState, random: inout SplitMix64, cutoff: Int = .max,
                       boundOnly: Bool = false) -> InsertionSpot? {
        let instance = state.instance
        guard instance.canServe(order, on: v), instance.pickupOf[order] < 0 else { return nil }
        if instance.deliveryOf[order] >= 0 {
            return bestPair(pickup: order, into: v, state: state, random: &random, cutoff: cutoff, boundOnly: boundOnly)
        }
        let route = state.routes[v]
        let data = instance.vehicles[v]
        let current = state.metrics[v]
        let needsSchedule = Self.confirms(order, into: v, state: state)
        let exact = needsSchedule && !boundOnly
        let blinkRate = boundOnly ? 0 : self.blinkRate
        // Under relaxed penalties plain routes may take time warp and load at their price;
        // routes the exact schedule judges stay feasible.
        let relaxed = state.penalties.isRelaxed && !needsSchedule
        if current.orderCount >= data.maxOrders || (!relaxed && current.load + instance.demand[order] > data.capacity) { return nil }
        let latest = instance.latest[order]
        let travel = instance.travel
        let profile = data.profile
        let cache = state.caches[v]
        let length = route.count
        let node = DurationSegment(service: instance.serviceDuration(order, on: v), earliest: instance.earliest[order], latest: latest)
        let before = state.segmentCost[v]
        let totalDistance = cache[length + 1].distance, totalTravel = cache[length + 1].travel
        // Every term of a route's cost besides its distance or driving-time measure is
        // non-negative, so the measure alone bounds the rise from below: a place whose bound
        // reaches the best so far needs no segments. (Working time is not bounded this way.)
        let measure = instance.problem.objective.costMeasure
        var best: InsertionSpot?
        candidates.removeAll(keepingCapacity: true)
        var previous = data.startLocation
        for after in 0...length {
            let next = after < length ? Int(route[after]) : data.endLocation
            defer { previous = next }
            let here = cache[after], there = cache[after + 1]
            let prefix = here.forward
            let into = travel.pair(profile, from: previous, into: order)
            // Later positions only finish later, so once the order's window is out of reach it stays so.
            if !relaxed && prefix.earliestStart + prefix.duration - prefix.timeWarp + into.duration > latest { break }
            if blinkRate > 0 && random.nextUnit() < blinkRate { continue }
            evaluations &+= 1
            let out = travel.pair(profile, order, next)
            // The arc the order splits, read from the cumulative totals rather than recomputed.
            let splitDistance = there.distance - here.distance, splitTravel = there.travel - here.travel
            let distance = totalDistance - splitDistance + into.distance + out.distance
            let travelTime = totalTravel - splitTravel + into.duration + out.duration
            let floor = measure == .travelDistance ? distance - before : measure == .travelTime ? travelTime - before : Int.min
            if floor >= (exact ? cutoff : best?.delta ?? cutoff) { continue }
            let segment = prefix.followed(by: node, travel: into.duration).followed(by: there.backward, travel: out.duration)
            guard relaxed || segment.timeWarp == 0 else { continue }
            let whole = RouteProposal(
                segment: segment, distance: distance, travelTime: travelTime,
                load: current.load + instance.demand[order], count: length + 1, last: data.endLocation)
            let delta: Int
            if relaxed {
                let priced = whole.penalisedCost(vehicle: v, instance: instance, penalties: state.penalties)
                guard priced.otherViolation == 0 else { continue }
                delta = priced.cost - before
            } else {
                let priced = whole.price(vehicle: v, instance: instance)
                guard priced.violation == 0 else { continue }
                delta = priced.cost - before
            }
            if exact {
                if delta < cutoff { candidates.append(InsertionSpot(delta: delta, after: after)) }
            } else if delta < (best?.delta ?? cutoff) {
                best = InsertionSpot(delta: delta, after: after)
            }
        }
        guard exact else { return best }
        return confirmCheapest(order, into: v, state: state, cutoff: cutoff)
    }

    /// Whether ``best(_:into:state:random:cutoff:boundOnly:)`` confirms places of `order` in
    /// route `v` with the exact schedule (a route or order segments cannot price, or a pair).
    static func confirms(_ order: Int, into v: Int, state: SearchState) -> Bool {
        state.isComplex(v) || state.instance.isComplexOrder[order] || state.instance.deliveryOf[order] >= 0
    }

    /// The cheapest feasible insertion of a pair: the pick-up after node `i`, the delivery after
    /// node `j >= i` of the route as it is, every `(i, j)` priced by segments and the cheapest
    /// confirmed by the exact schedule (which also checks the pair).
    /// - Complexity: O(L²) by segments, O(L) per confirmed position.
    private mutating func bestPair(pickup: Int, into v: Int, state: SearchState, random: inout SplitMix64, cutoff: Int,
                                   boundOnly: Bool) -> InsertionSpot? {
        let instance = state.instance
        let blinkRate = boundOnly ? 0 : self.blinkRate
        let delivery = Int(instance.deliveryOf[pickup])
        let route = state.routes[v]
        let data = instance.vehicles[v]
        let current = state.metrics[v]
        let pairDemand = instance.demand[pickup] + instance.demand[delivery]
        if current.load + pairDemand > data.capacity || current.orderCount + 2 > data.maxOrders { return nil }
        let length = route.count
        let before = state.segmentCost[v]
        candidates.removeAll(keepingCapacity: true)
        for i in 0...length {
            var carrying = state.prefix(v, through: i)
            let reachesPickup = carrying.segment.earliestStart + carrying.segment.duration - carrying.segment.timeWarp
                + instance.travel.duration(data.profile, carrying.last, pickup)
            if reachesPickup > instance.latest[pickup] { break }
            if blinkRate > 0 && random.nextUnit() < blinkRate { continue }
            carrying.append(order: pickup, vehicle: v, instance: instance)
            for j in i...length {
                if j > i { carrying.append(order: Int(route[j - 1]), vehicle: v, instance: instance) }
                // Waiting only grows along the route, so once the delivery or a visit in between
                // is out of reach it stays so for every later `j`.
                if carrying.segment.timeWarp > 0 { break }
                evaluations &+= 1
                var whole = carrying
                whole.append(order: delivery, vehicle: v, instance: instance)
                if whole.segment.timeWarp > 0 { continue }
                let priced = state.close(whole, vehicle: v, suffixOf: v, from: j + 1)
                guard priced.violation == 0 else { continue }
                if priced.cost - before < cutoff { candidates.append(InsertionSpot(delta: priced.cost - before, after: i, deliveryAfter: j)) }
            }
        }
        if boundOnly { return candidates.min { ($0.delta, $0.after, $0.deliveryAfter) < ($1.delta, $1.after, $1.deliveryAfter) } }
        return confirmCheapest(pickup, into: v, state: state, cutoff: cutoff)
    }

    /// Confirms ``candidates`` with the exact schedule and returns the cheapest feasible one.
    ///
    /// The exact schedule mostly adds lateness and restock detours to the segment price, so
    /// positions are confirmed cheapest-first, stopping once the segment price alone is no
    /// better than the best confirmed one (a heuristic bound that saves most exact schedules).
    private mutating func confirmCheapest(_ order: Int, into v: Int, state: SearchState, cutoff: Int) -> InsertionSpot? {
        guard !candidates.isEmpty else { return nil }
        candidates.sort { ($0.delta, $0.after, $0.deliveryAfter) < ($1.delta, $1.after, $1.deliveryAfter) }
        var best: InsertionSpot?
        for candidate in candidates {
            if candidate.delta >= (best?.delta ?? cutoff) { break }
            fill(order, into: state.routes[v], at: candidate, instance: state.instance)
            let metrics = RouteSchedule(instance: state.instance, vehicle: v).metrics(buffer)
            guard metrics.isFeasible else { continue }
            let delta = state.instance.searchCost(metrics) - state.routeCost[v]
            if delta < (best?.delta ?? Int.max) {
                best = candidate
                best?.delta = delta
                remember(metrics, of: v, in: state.instance)
            }
        }
        return best
    }

    /// Writes `route` with `order` (and its delivery, for a pair) inserted at `spot` into ``buffer``.
    private mutating func fill(_ order: Int, into route: [Int32], at spot: InsertionSpot, instance: Instance) {
        buffer.removeAll(keepingCapacity: true)
        buffer.append(contentsOf: route[..<spot.after])
        buffer.append(Int32(order))
        if spot.deliveryAfter >= 0 {
            buffer.append(contentsOf: route[spot.after..<spot.deliveryAfter])
            buffer.append(instance.deliveryOf[order])
            buffer.append(contentsOf: route[spot.deliveryAfter...])
        } else {
            buffer.append(contentsOf: route[spot.after...])
        }
    }

    /// Keeps the route just written to ``buffer`` and its exact metrics for ``insert(_:into:at:state:)``.
    private mutating func remember(_ metrics: RouteMetrics, of v: Int, in instance: Instance) {
        swap(&buffer, &confirmedRoute)
        confirmedMetrics = metrics
        confirmedVehicle = v
        if confirmedInstance !== instance { confirmedInstance = instance }
    }

    /// Inserts `order` (with its delivery, for a pair's pick-up) into route `v` at `spot`.
    ///
    /// When the resulting route is the one the exact schedule last confirmed, its metrics are
    /// handed over rather than walked again.
    mutating func insert(_ order: Int, into v: Int, at spot: InsertionSpot, state: inout SearchState) {
        fill(order, into: state.routes[v], at: spot, instance: state.instance)
        let known = v == confirmedVehicle && confirmedInstance === state.instance && buffer == confirmedRoute
        state.setRoute(v, buffer, metrics: known ? confirmedMetrics : nil)
        confirmedVehicle = -1
    }
}
