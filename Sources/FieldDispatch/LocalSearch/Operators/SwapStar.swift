/// SWAP* (Vidal 2022) with time windows: exchanges an order `U` of one route with an order `V`
/// of another, each inserted at its best position in the other route rather than in the
/// other's place.
///
/// It prices a pair of routes, not a pair of orders, so ``LocalSearch`` runs it as a route-pair
/// pass over routes whose orders are granular neighbours. Removal costs and the three cheapest
/// insertion positions of every order in the other route are priced by segments once per pair;
/// every exchange is then estimated from them in O(1), and the best estimates are priced
/// exactly by segments before one is returned.
///
/// Estimates price time warp lightly (``violationWeight``, 1 per second by default) instead of
/// forbidding it: a position is priced with the removed order still in the route, and the time
/// that order blocks is often free once it is gone. At the route caches' 1,000 per second such
/// positions always ranked last and improving exchanges were missed.
struct SwapStar {
    /// Estimated exchanges priced exactly per route pair, best estimate first.
    let exactChecks: Int
    /// Cost units per unit of violation (mostly seconds of time warp) in estimates; exact checks
    /// still reject every violation.
    let violationWeight: Int

    var name: String { "swap*" }

    private var removalFirst: [Int] = []
    private var removalSecond: [Int] = []
    private var slotsFirst: [InsertionSlots] = []
    private var slotsSecond: [InsertionSlots] = []
    private var estimates: [MoveCandidate] = []

    /// Creates the operator.
    /// - Parameters:
    ///   - exactChecks: how many of the best estimated exchanges are priced exactly.
    ///   - violationWeight: cost units per unit of violation in estimates.
    init(exactChecks: Int = 4, violationWeight: Int = 1) {
        self.exactChecks = max(1, exactChecks)
        self.violationWeight = violationWeight
    }

    /// The best improving exchange between routes `r1` and `r2`, priced by segments.
    /// - Returns: a move whose `a`/`c` are the exchanged nodes of `r1`/`r2` and whose `b`/`d` are
    ///   the nodes of `r2`/`r1` they go after (the other node removed); `nil` when none improves
    ///   and keeps both routes feasible.
    /// - Complexity: O(L1 × L2) segment pricings, plus O(L1 + L2) per exact check.
    mutating func evaluate(_ r1: Int, _ r2: Int, in state: SearchState) -> MoveCandidate? {
        let length1 = state.routes[r1].count, length2 = state.routes[r2].count
        guard r1 != r2, length1 > 0, length2 > 0 else { return nil }
        prepare(r1, into: &removalFirst, slots: &slotsFirst, other: r2, in: state)
        prepare(r2, into: &removalSecond, slots: &slotsSecond, other: r1, in: state)
        estimates.removeAll(keepingCapacity: true)
        let demand = state.instance.demand
        let load1 = state.caches[r1][length1 + 1].load, load2 = state.caches[r2][length2 + 1].load
        let room1 = state.instance.vehicles[r1].capacity - load1, room2 = state.instance.vehicles[r2].capacity - load2
        for i in 1...length1 {
            let slotsU = slotsFirst[i]
            guard slotsU.costs.0 != Int.max else { continue }
            let u = Int(state.routes[r1][i - 1])
            for j in 1...length2 {
                let slotsV = slotsSecond[j]
                guard slotsV.costs.0 != Int.max else { continue }
                let v = Int(state.routes[r2][j - 1])
                guard demand[v] - demand[u] <= room1, demand[u] - demand[v] <= room2 else { continue }
                // U into r2 without V: in V's place, or at a cached position away from V.
                var costU = penalised(Self.price(r2, removing: j, inserting: u, after: j - 1, in: state))
                    - state.segmentCost[r2] - removalSecond[j]
                var afterU = j - 1
                if let cached = slotsU.cheapest(avoidingNeighboursOf: j), cached.cost < costU { (costU, afterU) = cached }
                var costV = penalised(Self.price(r1, removing: i, inserting: v, after: i - 1, in: state))
                    - state.segmentCost[r1] - removalFirst[i]
                var afterV = i - 1
                if let cached = slotsV.cheapest(avoidingNeighboursOf: i), cached.cost < costV { (costV, afterV) = cached }
                let estimate = removalFirst[i] + removalSecond[j] + costU + costV
                guard estimate < 0 else { continue }
                keep(MoveCandidate(delta: estimate, firstRoute: r1, secondRoute: r2, a: i, b: afterU, c: j, d: afterV))
            }
        }
        let before = state.segmentCost[r1] + state.segmentCost[r2]
        for estimate in estimates {
            let u = Int(state.routes[r1][estimate.a - 1]), v = Int(state.routes[r2][estimate.c - 1])
            let first = Self.price(r1, removing: estimate.a, inserting: v, after: estimate.d, in: state)
            guard first.violation == 0 else { continue }
            let second = Self.price(r2, removing: estimate.c, inserting: u, after: estimate.b, in: state)
            guard second.violation == 0 else { continue }
            let delta = first.cost + second.cost - before
            if delta < 0 {
                var move = estimate
                move.delta = delta
                return move
            }
        }
        return nil
    }

    /// Writes the routes of a move ``evaluate(_:_:in:)`` returned.
    /// - Complexity: O(L1 + L2).
    func build(_ move: MoveCandidate, in state: SearchState, first: inout [Int32], second: inout [Int32]) {
        let route1 = state.routes[move.firstRoute], route2 = state.routes[move.secondRoute]
        Self.exchange(route1, removing: move.a, inserting: route2[move.c - 1], after: move.d, into: &first)
        Self.exchange(route2, removing: move.c, inserting: route1[move.a - 1], after: move.b, into: &second)
    }

    /// Fills the removal costs of route `r`'s orders and the insertion slots of each in route `other`.
    private func prepare(_ r: Int, into removal: inout [Int], slots: inout [InsertionSlots], other: Int, in state: SearchState) {
        let length = state.routes[r].count, otherLength = state.routes[other].count
        let base = state.segmentCost[r], otherBase = state.segmentCost[other]
        removal.removeAll(keepingCapacity: true)
        slots.removeAll(keepingCapacity: true)
        removal.append(0)
        slots.append(.empty)
        for i in 1...length {
            let shortened = state.close(state.prefix(r, through: i - 1), vehicle: r, suffixOf: r, from: i + 1)
            removal.append(penalised(shortened) - base)
            var kept = InsertionSlots.empty
            let order = Int(state.routes[r][i - 1])
            if state.instance.canServe(order, on: other) {
                for after in 0...otherLength {
                    var grown = state.prefix(other, through: after)
                    grown.append(order: order, vehicle: other, instance: state.instance)
                    // The exchange takes one order out of `other`: order count and load are
                    // checked per pair, so they must not penalise every slot here.
                    grown.count -= 1
                    grown.load -= state.instance.demand[order]
                    let priced = state.close(grown, vehicle: other, suffixOf: other, from: after + 1)
                    kept.offer(cost: penalised(priced) - otherBase, after: after)
                }
            }
            slots.append(kept)
        }
    }

    /// Keeps `candidate` among the ``exactChecks`` best estimates, best first.
    private mutating func keep(_ candidate: MoveCandidate) {
        if estimates.count == exactChecks {
            guard candidate.delta < estimates[exactChecks - 1].delta else { return }
            estimates.removeLast()
        }
        var index = estimates.count
        while index > 0 && estimates[index - 1].delta > candidate.delta { index -= 1 }
        estimates.insert(candidate, at: index)
    }

    /// Segment cost with violations at ``violationWeight`` cost units each.
    @inline(__always)
    private func penalised(_ priced: (cost: Int, violation: Int)) -> Int {
        priced.cost + priced.violation * violationWeight
    }
}
