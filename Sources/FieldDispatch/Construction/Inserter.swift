/// Finds the cheapest feasible place for one order in one route, pricing positions with
/// segments and confirming them with the exact schedule when the route or order needs it.
struct Inserter {
    /// Probability of skipping a position ("blinks", Christiaens & Vanden Berghe 2020).
    var blinkRate: Double = 0
    /// Insertion positions priced so far.
    private(set) var evaluations = 0
    private var buffer: [Int32] = []
    private var candidates: [(delta: Int, after: Int)] = []

    init(blinkRate: Double = 0) {
        self.blinkRate = blinkRate
    }

    /// The cheapest feasible insertion of `order` into route `v`.
    /// - Returns: the rise in the route's search cost and the node after which to insert, or `nil`.
    /// - Complexity: O(L) by segments; O(L) per position the exact schedule must confirm.
    mutating func best(_ order: Int, into v: Int, state: SearchState, random: inout SplitMix64) -> (delta: Int, after: Int)? {
        let instance = state.instance
        guard instance.canServe(order, on: v) else { return nil }
        let route = state.routes[v]
        let data = instance.vehicles[v]
        let current = state.metrics[v]
        if current.load + instance.demand[order] > data.capacity || current.orderCount >= data.maxOrders { return nil }
        let exact = state.isComplex(v) || instance.isComplexOrder[order]
        let latest = instance.latest[order]
        let travel = instance.travel
        let profile = data.profile
        let forward = state.forward[v], backward = state.backward[v]
        let length = route.count
        let node = DurationSegment(service: instance.serviceDuration(order, on: v), earliest: instance.earliest[order], latest: latest)
        let before = state.segmentCost[v]
        let totalDistance = state.cumulativeDistance[v][length + 1], totalTravel = state.cumulativeTravel[v][length + 1]
        var best: (delta: Int, after: Int)?
        candidates.removeAll(keepingCapacity: true)
        let distances = state.cumulativeDistance[v], travelTimes = state.cumulativeTravel[v]
        var previous = data.startLocation
        for after in 0...length {
            let next = after < length ? Int(route[after]) : data.endLocation
            defer { previous = next }
            let prefix = forward[after]
            let into = travel.pair(profile, previous, order)
            // Later positions only finish later, so once the order's window is out of reach it stays so.
            if prefix.earliestStart + prefix.duration - prefix.timeWarp + into.duration > latest { break }
            if blinkRate > 0 && random.nextUnit() < blinkRate { continue }
            evaluations &+= 1
            let out = travel.pair(profile, order, next)
            let segment = prefix.followed(by: node, travel: into.duration).followed(by: backward[after + 1], travel: out.duration)
            guard segment.timeWarp == 0 else { continue }
            // The arc the order splits, read from the cumulative totals rather than recomputed.
            let splitDistance = distances[after + 1] - distances[after], splitTravel = travelTimes[after + 1] - travelTimes[after]
            let whole = RouteProposal(
                segment: segment, distance: totalDistance - splitDistance + into.distance + out.distance,
                travelTime: totalTravel - splitTravel + into.duration + out.duration,
                load: current.load + instance.demand[order], count: length + 1, last: data.endLocation)
            let priced = whole.price(vehicle: v, instance: instance)
            guard priced.violation == 0 else { continue }
            let delta = priced.cost - before
            if exact {
                candidates.append((delta, after))
            } else if delta < (best?.delta ?? Int.max) {
                best = (delta, after)
            }
        }
        guard exact, !candidates.isEmpty else { return best }
        // The exact schedule mostly adds lateness and restock detours to the segment price, so
        // positions are confirmed cheapest-first, stopping once the segment price alone is no
        // better than the best confirmed one (a heuristic bound that saves most exact schedules).
        candidates.sort { ($0.delta, $0.after) < ($1.delta, $1.after) }
        for candidate in candidates {
            if let best, candidate.delta >= best.delta { break }
            buffer.removeAll(keepingCapacity: true)
            buffer.append(contentsOf: route[..<candidate.after])
            buffer.append(Int32(order))
            buffer.append(contentsOf: route[candidate.after...])
            let metrics = RouteSchedule(instance: instance, vehicle: v).metrics(buffer)
            guard metrics.isFeasible else { continue }
            let delta = instance.searchCost(metrics) - state.routeCost[v]
            if delta < (best?.delta ?? Int.max) { best = (delta, candidate.after) }
        }
        return best
    }

    /// Inserts `order` into route `v` after node `after`.
    mutating func insert(_ order: Int, into v: Int, after: Int, state: inout SearchState) {
        buffer.removeAll(keepingCapacity: true)
        buffer.append(contentsOf: state.routes[v][..<after])
        buffer.append(Int32(order))
        buffer.append(contentsOf: state.routes[v][after...])
        state.setRoute(v, buffer)
    }
}
