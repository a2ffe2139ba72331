/// One ruin-and-recreate step in the spirit of SISR (Christiaens & Vanden Berghe 2020):
/// remove strings of consecutive orders from routes near a random seed order (half of them
/// split around a run of orders left in place; sometimes random orders instead), then reinsert
/// the removed and unassigned orders greedily, highest priority first, each at its cheapest
/// place with a few positions skipped at random ("blinks").
struct RuinAndRecreate {
    /// Mean number of orders removed.
    var averageRemoved: Double = 10
    /// Longest string removed from one route.
    var maxStringLength: Double = 10
    /// Share of steps that remove random orders instead of strings.
    var randomRemovalShare: Double = 0.1
    /// Share of strings removed split: a run of kept orders inside the string stays in place.
    var splitStringShare: Double = 0.5
    /// Chance of stopping to grow the kept run of a split string at each further order.
    var splitDepth: Double = 0.01
    private var inserter: Inserter
    /// Insertion positions priced so far.
    var evaluations: Int { inserter.evaluations }
    private var removed: [Int32] = []
    private var touched: [Bool] = []
    private var buffer: [Int32] = []
    private var keys: [(rank: Int, key: Double, order: Int32)] = []
    private var nearby: [Int] = []
    private var marked: [Bool] = []
    private var justRemoved: [Bool] = []
    /// Class of each vehicle when certification is left aside: empty routes of one class take a
    /// plain order at the same cost, so only the first of them is priced.
    private var emptyClass: [Int] = []
    private var emptyClassSeen: [Int] = []
    private var emptyStamp = 0
    /// Per route the exact schedule must confirm, its cheapest place by segments for the order
    /// being reinserted.
    private var bounds: [(delta: Int, vehicle: Int)] = []

    /// - Parameter blinkRate: probability of skipping each insertion position.
    init(blinkRate: Double = 0.01) {
        inserter = Inserter(blinkRate: blinkRate)
    }

    /// Orders removed by the last ``ruin(_:random:)``.
    var lastRemoved: [Int32] { removed }

    /// Removes orders from `state`.
    /// - Complexity: O(removed × L).
    mutating func ruin(_ state: inout SearchState, random: inout SplitMix64) {
        let instance = state.instance
        removed.removeAll(keepingCapacity: true)
        let assigned = instance.orderCount - state.unassigned.count
        guard assigned > 0 else { return }
        if random.nextUnit() < randomRemovalShare {
            let count = min(assigned, max(1, Int(averageRemoved)))
            var attempts = 0
            while removed.count < count && attempts < 20 * count {
                attempts += 1
                let order = random.nextInt(below: instance.orderCount)
                if state.routeOf[order] >= 0 {
                    state.remove(order)
                    removed.append(Int32(order))
                    // A pair leaves its route together.
                    let partner = instance.partner(of: order)
                    if partner >= 0 && state.routeOf[partner] >= 0 {
                        state.remove(partner)
                        removed.append(Int32(partner))
                    }
                }
            }
            return
        }
        let usedRoutes = state.usedRouteCount
        let averageLength = Double(assigned) / Double(max(1, usedRoutes))
        let maxLength = min(maxStringLength, averageLength)
        let maxStrings = 4 * averageRemoved / (1 + maxLength) - 1
        let strings = Int(random.nextUnit() * maxStrings) + 1
        var seed = random.nextInt(below: instance.orderCount)
        var tries = 0
        while state.routeOf[seed] < 0 && tries < instance.orderCount {
            seed = (seed + 1) % instance.orderCount
            tries += 1
        }
        if touched.count != instance.vehicleCount { touched = Array(repeating: false, count: instance.vehicleCount) }
        var ruinedRoutes: [Int] = []
        for candidate in CollectionOfOne(Int32(seed)) + instance.neighbours[seed] {
            guard ruinedRoutes.count < strings else { break }
            let r = Int(state.routeOf[Int(candidate)])
            guard r >= 0, !touched[r] else { continue }
            touched[r] = true
            ruinedRoutes.append(r)
            let route = state.routes[r]
            let limit = min(Double(route.count), maxLength)
            let length = Int(random.nextUnit() * limit) + 1
            // A split string spans `length + kept` orders and leaves a run of `kept` of them in place.
            var kept = 0
            if length > 1 && length < route.count && random.nextUnit() < splitStringShare {
                kept = 1
                while kept < route.count - length && random.nextUnit() >= splitDepth { kept += 1 }
            }
            let span = length + kept
            let position = Int(state.positionOf[Int(candidate)]) - 1
            let lowest = max(0, position - span + 1)
            let highest = min(position, route.count - span)
            let start = lowest + random.nextInt(below: highest - lowest + 1)
            let keptStart = kept > 0 ? start + 1 + random.nextInt(below: length - 1) : start
            buffer.removeAll(keepingCapacity: true)
            let stringStart = removed.count
            for (index, order) in route.enumerated() {
                let inSpan = index >= start && index < start + span
                let inKept = index >= keptStart && index < keptStart + kept
                if inSpan && !inKept {
                    removed.append(order)
                } else {
                    buffer.append(order)
                }
            }
            if instance.hasPairs { Self.movePartners(of: &removed, from: stringStart, outOf: &buffer, instance: instance) }
            state.setRoute(r, buffer)
        }
        for r in ruinedRoutes { touched[r] = false }
    }

    /// Moves the partners of `removed[first...]` out of `kept` into `removed`: a pair leaves its route together.
    private static func movePartners(of removed: inout [Int32], from first: Int, outOf kept: inout [Int32], instance: Instance) {
        for k in first..<removed.count {
            let partner = instance.partner(of: Int(removed[k]))
            guard partner >= 0, let at = kept.firstIndex(of: Int32(partner)) else { continue }
            kept.remove(at: at)
            removed.append(Int32(partner))
        }
    }

    /// Reinserts every unassigned order where it fits best, highest priority first, in an order
    /// drawn at random among: random, largest demand, farthest and closest to the shift start.
    ///
    /// With a `bound`, gives up as soon as the solution can no longer score below it: the route
    /// costs so far plus the penalties of the orders that found no place only grow as the
    /// remaining orders go in, so the acceptance test would refuse the result anyway (Christiaens
    /// & Vanden Berghe 2020 bound their insertions the same way).
    /// - Returns: `false` when it gave up, leaving some orders unassigned.
    /// - Complexity: O(unassigned × (n + m)) position evaluations.
    @discardableResult
    mutating func recreate(_ state: inout SearchState, random: inout SplitMix64, bound: Int = .max) -> Bool {
        let instance = state.instance
        let draw = random.nextInt(below: 11)
        keys.removeAll(keepingCapacity: true)
        let origin = instance.vehicles.first?.startLocation ?? 0
        for raw in state.unassigned where instance.pickupOf[Int(raw)] < 0 {
            let order = Int(raw)
            let key: Double
            switch draw {
            case 0..<4: key = random.nextUnit()
            case 4..<8: key = -Double(instance.demand[order]) + random.nextUnit() * 1e-3
            case 8..<10: key = -Double(instance.travel.duration(0, origin, order))
            default: key = Double(instance.travel.duration(0, origin, order))
            }
            keys.append((-instance.priority[order].rawValue, key, raw))
        }
        keys.sort { ($0.rank, $0.key, $0.order) < ($1.rank, $1.key, $1.order) }
        let restricted = instance.vehicleCount > Self.fullScanVehicleLimit
        if emptyClass.count != instance.vehicleCount {
            emptyClass = VehicleClasses(instance: instance, comparesCertification: false).classOf
            emptyClassSeen = Array(repeating: 0, count: instance.vehicleCount)
        }
        if restricted && justRemoved.count != instance.orderCount {
            justRemoved = Array(repeating: false, count: instance.orderCount)
            marked = Array(repeating: false, count: instance.vehicleCount)
        }
        if restricted { for order in removed { justRemoved[Int(order)] = true } }
        defer { if restricted { for order in removed { justRemoved[Int(order)] = false } } }
        // A lower bound on the final score: route costs plus the penalties of orders left out.
        var floor = bound == .max ? 0 : state.totalCost
        for entry in keys {
            let order = Int(entry.order)
            var best: (spot: InsertionSpot, vehicle: Int)?
            if restricted {
                for v in nearbyVehicles(of: order, in: state) { consider(order, into: v, state: state, random: &random, best: &best) }
                confirmBounded(order, state: state, random: &random, best: &best)
            }
            // Orders that lost their place in this ruin always get every certified vehicle.
            if best == nil && (!restricted || justRemoved[order]) {
                let skipsTwins = !instance.isComplexOrder[order]
                emptyStamp &+= 1
                for raw in instance.compatibleVehicles[order] {
                    let v = Int(raw)
                    if skipsTwins && state.metrics[v].orderCount == 0 {
                        let c = emptyClass[v]
                        if emptyClassSeen[c] == emptyStamp { continue }
                        emptyClassSeen[c] = emptyStamp
                    }
                    consider(order, into: v, state: state, random: &random, best: &best)
                }
                confirmBounded(order, state: state, random: &random, best: &best)
            }
            if let best {
                inserter.insert(order, into: best.vehicle, at: best.spot, state: &state)
                floor &+= best.spot.delta
            } else {
                floor &+= state.unservedPenalty(order)
                let delivery = Int(instance.deliveryOf[order])
                if delivery >= 0 { floor &+= state.unservedPenalty(delivery) }
            }
            if floor > bound { return false }
        }
        return true
    }

    /// Prices `order` in route `v`: a route segments price exactly competes for `best` at once;
    /// one the exact schedule must confirm leaves only its cheapest place by segments in
    /// ``bounds``, for ``confirmBounded(_:state:random:best:)``.
    private mutating func consider(_ order: Int, into v: Int, state: SearchState, random: inout SplitMix64,
                                   best: inout (spot: InsertionSpot, vehicle: Int)?) {
        let deferred = Inserter.confirms(order, into: v, state: state)
        guard let found = inserter.best(order, into: v, state: state, random: &random, cutoff: best?.spot.delta ?? .max,
                                        boundOnly: deferred) else { return }
        if deferred {
            bounds.append((found.delta, v))
        } else if found.delta < (best?.spot.delta ?? Int.max) {
            best = (found, v)
        }
    }

    /// Confirms the routes in ``bounds`` cheapest bound first, until a bound is no better than
    /// the best place found: the exact schedule mostly adds to the segment price, so the routes
    /// left cannot beat it (the same heuristic bound ``Inserter`` uses within one route).
    /// Leaves ``bounds`` empty for the next order or vehicle scan.
    /// - Complexity: O(b log b) for b bounds, plus one route's insertion per route confirmed.
    private mutating func confirmBounded(_ order: Int, state: SearchState, random: inout SplitMix64,
                                         best: inout (spot: InsertionSpot, vehicle: Int)?) {
        guard !bounds.isEmpty else { return }
        defer { bounds.removeAll(keepingCapacity: true) }
        bounds.sort { ($0.delta, $0.vehicle) < ($1.delta, $1.vehicle) }
        for bound in bounds {
            if bound.delta >= (best?.spot.delta ?? Int.max) { break }
            guard let found = inserter.best(order, into: bound.vehicle, state: state, random: &random,
                                            cutoff: best?.spot.delta ?? .max) else { continue }
            if found.delta < (best?.spot.delta ?? Int.max) { best = (found, bound.vehicle) }
        }
    }

    /// Makes every route feasible again after a relaxed recreate: from each route that breaks a
    /// rule, takes out one order at a time (the one whose removal leaves the least violation,
    /// then the least cost) until it keeps every rule, then reinserts the unassigned orders
    /// feasibly. Restores the state's penalties afterwards.
    /// - Complexity: O(L²) segment prices per infeasible route, plus a recreate.
    mutating func repair(_ state: inout SearchState, random: inout SplitMix64) {
        let penalties = state.penalties
        state.setPenalties(.strict)
        for v in state.routes.indices where !state.metrics[v].isFeasible && !state.isComplex(v) {
            while !state.metrics[v].isFeasible, !state.routes[v].isEmpty {
                var chosen = 1
                var chosenKey = (violation: Int.max, cost: Int.max)
                for k in 1...state.routes[v].count {
                    let priced = state.close(state.prefix(v, through: k - 1), vehicle: v, suffixOf: v, from: k + 1)
                    if (priced.violation, priced.cost) < chosenKey {
                        chosenKey = (priced.violation, priced.cost)
                        chosen = k
                    }
                }
                state.remove(Int(state.routes[v][chosen - 1]))
            }
        }
        recreate(&state, random: &random)
        state.setPenalties(penalties)
    }

    /// Fleets larger than this try only nearby routes first when reinserting.
    static let fullScanVehicleLimit = 40

    /// The certified vehicles whose routes hold one of the order's neighbours, then up to three
    /// certified vehicles with empty routes, in a fixed order.
    /// - Complexity: O(k + m).
    private mutating func nearbyVehicles(of order: Int, in state: SearchState) -> [Int] {
        let instance = state.instance
        nearby.removeAll(keepingCapacity: true)
        state.appendNeighbourRoutes(of: order, to: &nearby, marked: &marked)
        var empty = 0
        if state.emptyRouteCount > 0 {
            for raw in instance.compatibleVehicles[order] where state.isEmptyRoute[Int(raw)] {
                nearby.append(Int(raw))
                empty += 1
                if empty == 3 { break }
            }
        }
        for v in nearby { marked[v] = false }
        return nearby
    }
}
