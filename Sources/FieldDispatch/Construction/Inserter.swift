/// Finds the cheapest feasible place for one order in one route, pricing positions with
/// segments and confirming them with the exact schedule when the route or order needs it.
struct Inserter {
    /// Probability of skipping a position ("blinks", Christiaens & Vanden Berghe 2020).
    var blinkRate: Double = 0
    private var buffer: [Int32] = []

    init(blinkRate: Double = 0) {
        self.blinkRate = blinkRate
    }

    /// The cheapest feasible insertion of `order` into route `v`.
    /// - Returns: the rise in the route's search cost and the node after which to insert, or `nil`.
    /// - Complexity: O(L) by segments; O(L²) when the exact schedule must confirm positions.
    mutating func best(_ order: Int, into v: Int, state: SearchState, random: inout SplitMix64) -> (delta: Int, after: Int)? {
        let instance = state.instance
        guard instance.canServe(order, on: v) else { return nil }
        let route = state.routes[v]
        let data = instance.vehicles[v]
        let current = state.metrics[v]
        if current.load + instance.demand[order] > data.capacity || current.orderCount >= data.maxOrders { return nil }
        let exact = state.isComplex(v) || instance.isComplexOrder[order]
        let latest = instance.latest[order]
        var best: (delta: Int, after: Int)?
        for after in 0...route.count {
            var proposal = state.prefix(v, through: after)
            // Later positions only finish later, so once the order's window is out of reach it stays so.
            let finish = proposal.segment.earliestStart + proposal.segment.duration - proposal.segment.timeWarp
            if finish + instance.travel.duration(data.profile, proposal.last, order) > latest { break }
            if blinkRate > 0 && random.nextUnit() < blinkRate { continue }
            proposal.append(order: order, vehicle: v, instance: instance)
            let priced = state.close(proposal, vehicle: v, suffixOf: v, from: after + 1)
            guard priced.violation == 0 else { continue }
            var delta = priced.cost - state.segmentCost[v]
            if exact {
                buffer.removeAll(keepingCapacity: true)
                buffer.append(contentsOf: route[..<after])
                buffer.append(Int32(order))
                buffer.append(contentsOf: route[after...])
                let metrics = RouteSchedule(instance: instance, vehicle: v).metrics(buffer)
                guard metrics.isFeasible else { continue }
                delta = instance.searchCost(metrics) - state.routeCost[v]
            }
            if delta < (best?.delta ?? Int.max) { best = (delta, after) }
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
