/// The solution the search works on: a route of order indices per vehicle, the unassigned
/// orders, and per-route caches (prefix and suffix segments, cumulative distance, driving time
/// and load) that price a move in O(1).
///
/// Node positions of a route with `L` orders run `0...L + 1`: 0 is the shift start, `k` is
/// `routes[v][k - 1]`, `L + 1` is the shift end.
struct SearchState {
    let instance: Instance
    private(set) var routes: [[Int32]]
    /// Vehicle of each order, -1 when unassigned.
    private(set) var routeOf: [Int32]
    /// Node position of each assigned order.
    private(set) var positionOf: [Int32]
    /// Unassigned orders, in no meaningful order.
    private(set) var unassigned: [Int32]
    /// Index of each unassigned order in ``unassigned``.
    private(set) var unassignedSlot: [Int32]
    /// Exact metrics of each route.
    private(set) var metrics: [RouteMetrics]
    /// Exact search cost of each route.
    private(set) var routeCost: [Int]
    /// Segment-priced cost of each route with its violations at ``penalties`` (equal to
    /// ``routeCost`` for plain routes).
    private(set) var segmentCost: [Int]
    /// Segment-priced cost and violations of each route, from which ``segmentCost`` follows.
    private var segmentParts: [(cost: Int, timeWarp: Int, loadExcess: Int, otherViolation: Int)]
    /// What violations cost in ``segmentCost`` and ``routeCost`` of plain routes; strict unless
    /// the search crosses infeasible space.
    private(set) var penalties = PenaltyWeights.strict
    /// Complex orders on each route.
    private var complexOrders: [Int]
    /// Caches of each node position `0...L + 1` of each route.
    private(set) var caches: [[NodeCache]]
    /// Vehicles that may take over each other's route tails with cached suffixes.
    let suffixClass: [Int]
    /// Routes replaced since the last ``forgetChanges()``, each once.
    private(set) var changedRoutes: [Int32] = []
    /// Whether each route is in ``changedRoutes``.
    private var isChanged: [Bool]
    /// Routes without orders, so a search that opens empty routes near an order can skip the
    /// scan of its vehicles when every route is in use.
    private(set) var emptyRouteCount: Int
    /// Whether each route is without orders: one small dense array, so a scan of vehicles for
    /// empty routes does not read every route's storage.
    private(set) var isEmptyRoute: [Bool]

    /// Routes with at least one order.
    var usedRouteCount: Int { routes.count - emptyRouteCount }

    /// An empty solution: every order unassigned.
    init(instance: Instance) {
        self.instance = instance
        let n = instance.orderCount, m = instance.vehicleCount
        routes = Array(repeating: [], count: m)
        routeOf = Array(repeating: -1, count: n)
        positionOf = Array(repeating: 0, count: n)
        unassigned = (0..<n).map { Int32($0) }
        unassignedSlot = (0..<n).map { Int32($0) }
        metrics = Array(repeating: RouteMetrics(), count: m)
        routeCost = Array(repeating: 0, count: m)
        segmentCost = Array(repeating: 0, count: m)
        segmentParts = Array(repeating: (0, 0, 0, 0), count: m)
        complexOrders = Array(repeating: 0, count: m)
        caches = Array(repeating: [], count: m)
        isChanged = Array(repeating: false, count: m)
        emptyRouteCount = m
        isEmptyRoute = Array(repeating: true, count: m)
        var keys: [[Int]: Int] = [:]
        suffixClass = instance.vehicles.map { data in
            let key = [data.profile, data.durationClass, data.endLocation, data.hardEnd, data.shiftStart]
            if let known = keys[key] { return known }
            keys[key] = keys.count
            return keys.count - 1
        }
        for v in 0..<m { refresh(v) }
    }

    /// Whether moves touching route `v` need the exact schedule to be priced.
    @inline(__always)
    func isComplex(_ v: Int) -> Bool { complexOrders[v] > 0 || instance.vehicles[v].hasBreaks }

    /// Location index of node `k` of route `v`.
    @inline(__always)
    func location(_ v: Int, _ k: Int) -> Int {
        let route = routes[v]
        if k == 0 { return instance.vehicles[v].startLocation }
        if k > route.count { return instance.vehicles[v].endLocation }
        return Int(route[k - 1])
    }

    /// The proposal of nodes `0...k` of route `v`, from the caches.
    @inline(__always)
    func prefix(_ v: Int, through k: Int) -> RouteProposal {
        let node = caches[v][k]
        return RouteProposal(segment: node.forward, distance: node.distance, travelTime: node.travel,
                             load: node.load, count: k, last: location(v, k))
    }

    /// Closes `proposal` on `vehicle` with nodes `k...L + 1` of route `source` and prices it.
    ///
    /// Uses the cached suffix when `source` may lend it to `vehicle`, else walks it node by node.
    /// - Returns: the segment cost and violation of the whole route.
    @inline(__always)
    func close(_ proposal: RouteProposal, vehicle: Int, suffixOf source: Int, from k: Int) -> (cost: Int, violation: Int) {
        let length = routes[source].count
        if k > length { return proposal.closed(vehicle: vehicle, instance: instance).price(vehicle: vehicle, instance: instance) }
        if suffixClass[vehicle] == suffixClass[source] {
            let data = instance.vehicles[vehicle]
            let first = location(source, k)
            let leg = instance.travel.pair(data.profile, proposal.last, first)
            let cache = caches[source]
            let from = cache[k], end = cache[length + 1]
            var whole = proposal
            whole.segment = proposal.segment.followed(by: from.backward, travel: leg.duration)
            whole.distance += leg.distance + end.distance - from.distance
            whole.travelTime += leg.duration + end.travel - from.travel
            whole.load += end.load - cache[k - 1].load
            whole.count += length - k + 1
            return whole.price(vehicle: vehicle, instance: instance)
        }
        var whole = proposal
        for position in k...length { whole.append(order: Int(routes[source][position - 1]), vehicle: vehicle, instance: instance) }
        return whole.closed(vehicle: vehicle, instance: instance).price(vehicle: vehicle, instance: instance)
    }

    /// Appends nodes `i...j` of route `source` (forward, or reversed) to `proposal` on `vehicle`.
    @inline(__always)
    func extend(_ proposal: inout RouteProposal, vehicle: Int, with source: Int, from i: Int, through j: Int, reversed: Bool = false) {
        guard i <= j else { return }
        let route = routes[source]
        if reversed {
            for k in stride(from: j, through: i, by: -1) { proposal.append(order: Int(route[k - 1]), vehicle: vehicle, instance: instance) }
        } else {
            for k in i...j { proposal.append(order: Int(route[k - 1]), vehicle: vehicle, instance: instance) }
        }
    }

    /// Replaces route `v` by `orders` and refreshes every cache of it.
    /// - Parameter metrics: the exact metrics of `orders` on `v`, when the caller has just
    ///   computed them (``RouteSchedule/metrics(_:)``); otherwise the schedule is walked here.
    /// - Complexity: O(L) plus, without `metrics`, the exact schedule of the route.
    mutating func setRoute(_ v: Int, _ orders: [Int32], metrics known: RouteMetrics? = nil) {
        if !isChanged[v] {
            isChanged[v] = true
            changedRoutes.append(Int32(v))
        }
        // Orders leaving the route are marked first and listed as unassigned only if they do
        // not come back, so an order that stays never passes through the unassigned list.
        for order in routes[v] where routeOf[Int(order)] == Int32(v) { routeOf[Int(order)] = Self.leaving }
        for (index, order) in orders.enumerated() {
            let o = Int(order)
            if routeOf[o] == -1 { removeFromUnassigned(o) }
            routeOf[o] = Int32(v)
            positionOf[o] = Int32(index + 1)
        }
        for order in routes[v] where routeOf[Int(order)] == Self.leaving { markUnassigned(Int(order)) }
        let kept = Self.commonEnds(routes[v], orders)
        if routes[v].isEmpty != orders.isEmpty { emptyRouteCount += orders.isEmpty ? 1 : -1 }
        isEmptyRoute[v] = orders.isEmpty
        routes[v].removeAll(keepingCapacity: true)
        routes[v].append(contentsOf: orders)
        refresh(v, keptPrefix: kept.prefix, keptSuffix: kept.suffix, metrics: known)
    }

    /// How many orders two routes share at their start and, apart from those, at their end.
    /// - Complexity: O(L).
    private static func commonEnds(_ old: [Int32], _ new: [Int32]) -> (prefix: Int, suffix: Int) {
        let limit = min(old.count, new.count)
        var prefix = 0
        while prefix < limit && old[prefix] == new[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < limit - prefix && old[old.count - 1 - suffix] == new[new.count - 1 - suffix] { suffix += 1 }
        return (prefix, suffix)
    }

    /// `routeOf` mark of an order taken out of its route by ``setRoute(_:_:)`` until it is placed again.
    private static let leaving: Int32 = -2

    /// Takes `order` out of its route (if any) and lists it as unassigned.
    mutating func remove(_ order: Int) {
        let v = Int(routeOf[order])
        guard v >= 0 else { return }
        var route = routes[v]
        route.remove(at: Int(positionOf[order]) - 1)
        setRoute(v, route)
    }

    private mutating func markUnassigned(_ order: Int) {
        routeOf[order] = -1
        unassignedSlot[order] = Int32(unassigned.count)
        unassigned.append(Int32(order))
    }

    private mutating func removeFromUnassigned(_ order: Int) {
        let slot = Int(unassignedSlot[order])
        let last = unassigned.removeLast()
        if Int(last) != order {
            unassigned[slot] = last
            unassignedSlot[Int(last)] = Int32(slot)
        }
    }

    /// Rebuilds the caches and metrics of route `v`.
    ///
    /// The route's caches are taken out of the table, refilled in place and put back: a write
    /// per node, and no allocation once the route has had its length. When the caches still
    /// describe the route before a change that kept its first `keptPrefix` and last `keptSuffix`
    /// orders, the forward data of the kept start and the backward segments of the kept end are
    /// reused (the latter moved to their new positions), so a single insertion or removal
    /// recomputes about one pass over the route instead of two. A complex route's exact metrics
    /// are walked unless `known` gives them.
    private mutating func refresh(_ v: Int, keptPrefix: Int = 0, keptSuffix: Int = 0, metrics known: RouteMetrics? = nil) {
        let route = routes[v]
        let data = instance.vehicles[v]
        let length = route.count
        var cache: [NodeCache] = []
        swap(&cache, &caches[v])
        let reuses = cache.count >= 2
        let prefix = reuses ? keptPrefix : 0, suffix = reuses ? keptSuffix : 0
        let shift = length + 2 - cache.count
        if shift > 0 {
            for _ in 0..<shift { cache.append(.blank) }
            // Upward, highest first, so no backward segment is overwritten before it moves.
            for k in stride(from: length + 1 - shift, through: length + 1 - shift - suffix, by: -1) where suffix > 0 {
                cache[k + shift].backward = cache[k].backward
            }
        } else if shift < 0 {
            for k in (length + 1 - shift - suffix)...(length + 1 - shift) where suffix > 0 {
                cache[k + shift].backward = cache[k].backward
            }
            cache.removeLast(-shift)
        }
        var complex = 0
        for order in route where instance.isComplexOrder[Int(order)] { complex += 1 }
        var proposal: RouteProposal
        if prefix > 0 {
            let kept = cache[prefix]
            proposal = RouteProposal(segment: kept.forward, distance: kept.distance, travelTime: kept.travel, load: kept.load,
                                     count: prefix, last: Int(route[prefix - 1]))
        } else {
            proposal = RouteProposal(segment: DurationSegment(service: 0, earliest: data.shiftStart, latest: data.latestDeparture),
                                     distance: 0, travelTime: 0, load: 0, count: 0, last: data.startLocation)
            cache[0].forward = proposal.segment
            cache[0].distance = 0
            cache[0].travel = 0
            cache[0].load = 0
        }
        for k in prefix..<length {
            let o = Int(route[k])
            proposal.append(order: o, vehicle: v, instance: instance)
            cache[k + 1].forward = proposal.segment
            cache[k + 1].distance = proposal.distance
            cache[k + 1].travel = proposal.travelTime
            cache[k + 1].load = proposal.load
        }
        let closed = proposal.closed(vehicle: v, instance: instance)
        cache[length + 1].forward = closed.segment
        cache[length + 1].distance = closed.distance
        cache[length + 1].travel = closed.travelTime
        cache[length + 1].load = closed.load
        complexOrders[v] = complex
        var backward: DurationSegment
        if suffix > 0 {
            backward = cache[length + 1 - suffix].backward
        } else {
            backward = DurationSegment(service: 0, earliest: data.shiftStart, latest: data.hardEnd)
            cache[length + 1].backward = backward
        }
        if length - suffix > 0 {
            // The drive from node k to node k + 1 is the step of the cumulative driving time
            // just filled in, so the backward pass needs no travel look-ups.
            for k in stride(from: length - suffix, through: 1, by: -1) {
                let o = Int(route[k - 1])
                let node = DurationSegment(service: instance.serviceDuration(o, on: v), earliest: instance.earliest[o], latest: instance.latest[o])
                backward = node.followed(by: backward, travel: cache[k + 1].travel - cache[k].travel)
                cache[k].backward = backward
            }
        }
        cache[0].backward = closed.segment
        caches[v] = cache
        let parts = closed.priceParts(vehicle: v, instance: instance)
        segmentParts[v] = parts
        segmentCost[v] = parts.cost + penalties.price(timeWarp: parts.timeWarp, loadExcess: parts.loadExcess, otherViolation: parts.otherViolation)
        if length == 0 {
            metrics[v] = RouteMetrics()
            routeCost[v] = 0
        } else if isComplex(v) {
            if let known {
                assert(known == RouteSchedule(instance: instance, vehicle: v).metrics(route), "metrics handed over for route \(v) differ from its schedule")
                metrics[v] = known
            } else {
                metrics[v] = RouteSchedule(instance: instance, vehicle: v).metrics(route)
            }
            routeCost[v] = instance.searchCost(metrics[v], penalty: SearchState.segmentPenalty)
        } else {
            var exact = RouteMetrics()
            exact.orderCount = length
            exact.load = closed.load
            exact.distance = closed.distance
            exact.travelTime = closed.travelTime
            exact.duration = closed.segment.duration - closed.segment.timeWarp
            exact.timeWarp = closed.segment.timeWarp
            exact.cost = parts.cost
            exact.loadExcess = max(0, closed.load - data.capacity)
            exact.countExcess = max(0, length - data.maxOrders)
            exact.workExcess = max(0, exact.duration - data.maxWorkingTime)
            metrics[v] = exact
            routeCost[v] = segmentCost[v]
        }
    }

    /// Prices violations at `weights` from now on, repricing every route's cached cost.
    /// - Complexity: O(m).
    mutating func setPenalties(_ weights: PenaltyWeights) {
        guard weights != penalties else { return }
        penalties = weights
        for v in routes.indices {
            let parts = segmentParts[v]
            segmentCost[v] = parts.cost + weights.price(timeWarp: parts.timeWarp, loadExcess: parts.loadExcess, otherViolation: parts.otherViolation)
            if !routes[v].isEmpty && !isComplex(v) { routeCost[v] = segmentCost[v] }
        }
    }

    /// Starts a new list of ``changedRoutes``.
    /// - Complexity: O(changed routes).
    mutating func forgetChanges() {
        for v in changedRoutes { isChanged[Int(v)] = false }
        changedRoutes.removeAll(keepingCapacity: true)
    }

    /// Makes this solution equal to `source`, given that the two differ at most in the routes
    /// `changed` (and hence in which orders are unassigned) and in penalties.
    ///
    /// A search keeps its candidate next to its current solution and, after each step, copies
    /// the few routes the step replaced (the candidate's ``changedRoutes``) one way or the
    /// other: into the current solution when the step is accepted, back into the candidate when
    /// it is not. Contents are copied into the arrays this solution already holds, so neither
    /// side allocates, nor shares a buffer it will write to next as a copy of the whole
    /// solution would.
    /// - Complexity: O(changed routes × L + unassigned).
    mutating func copy(routes changed: [Int32], from source: SearchState) {
        for raw in changed {
            let v = Int(raw)
            // Orders leaving the route take their new place (or none) from `source`.
            for order in routes[v] {
                routeOf[Int(order)] = source.routeOf[Int(order)]
                positionOf[Int(order)] = source.positionOf[Int(order)]
            }
            routes[v].removeAll(keepingCapacity: true)
            routes[v].append(contentsOf: source.routes[v])
            for order in routes[v] {
                routeOf[Int(order)] = raw
                positionOf[Int(order)] = source.positionOf[Int(order)]
            }
            caches[v].removeAll(keepingCapacity: true)
            caches[v].append(contentsOf: source.caches[v])
            metrics[v] = source.metrics[v]
            routeCost[v] = source.routeCost[v]
            segmentCost[v] = source.segmentCost[v]
            segmentParts[v] = source.segmentParts[v]
            complexOrders[v] = source.complexOrders[v]
            isEmptyRoute[v] = source.isEmptyRoute[v]
        }
        unassigned.removeAll(keepingCapacity: true)
        unassigned.append(contentsOf: source.unassigned)
        for order in unassigned { unassignedSlot[Int(order)] = source.unassignedSlot[Int(order)] }
        emptyRouteCount = source.emptyRouteCount
        setPenalties(source.penalties)
    }

    /// Cost units per unit of violation in cached route costs under strict penalties; a search
    /// that keeps routes feasible only ranks infeasible routes handed in from outside with it.
    static let segmentPenalty = 1_000

    /// Sum of the exact route costs.
    var totalCost: Int { routeCost.reduce(0, +) }

    /// Whether every route keeps every hard rule.
    var isFeasible: Bool { metrics.allSatisfy(\.isFeasible) }

    /// Whether every route changed since ``forgetChanges()`` keeps every hard rule.
    /// - Complexity: O(routes changed).
    var changedRoutesAreFeasible: Bool { changedRoutes.allSatisfy { metrics[Int($0)].isFeasible } }
}

extension SearchState {
    /// Whether `vehicle` is certified for every order at nodes `i...j` of route `source`.
    /// - Complexity: O(j - i), O(1) when every vehicle may serve every order.
    @inline(__always)
    func canMove(_ source: Int, from i: Int, through j: Int, to vehicle: Int) -> Bool {
        if instance.isFullyCompatible || source == vehicle { return true }
        guard i <= j else { return true }
        let route = routes[source]
        for k in i...j where !instance.canServe(Int(route[k - 1]), on: vehicle) { return false }
        return true
    }
}

extension SearchState {
    /// What leaving `order` unserved costs in search units: more than a route can cost, and
    /// for emergencies more than all lower-priority orders of a realistic problem together.
    @inline(__always)
    func unservedPenalty(_ order: Int) -> Int {
        let priority = instance.priority[order]
        return priority == .emergency ? 1 << 46 : priority.unservedWeight << 30
    }

    /// Route costs plus the penalty of every unserved order: the number the search minimises.
    /// - Complexity: O(m + unassigned).
    var searchScore: Int {
        unassigned.reduce(totalCost) { $0 + unservedPenalty(Int($1)) }
    }
}

extension SearchState {
    /// A solution with the given routes (one per vehicle); orders in none are unassigned.
    init(instance: Instance, routes: [[Int32]]) {
        self.init(instance: instance)
        for (v, route) in routes.enumerated() where !route.isEmpty { setRoute(v, route) }
    }
}
