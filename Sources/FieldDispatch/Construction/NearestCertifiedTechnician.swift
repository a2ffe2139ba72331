/// The hand-dispatch baseline: orders by priority, then earliest window, each appended to the
/// route of the certified technician whose current position is nearest and who can still fit it.
/// A pair's delivery follows its pick-up straight away. Orders alike in both come in intake order.
struct NearestCertifiedTechnician {
    let instance: Instance
    /// Each order's place in the caller's list (intake order); `nil` when that is the index order.
    var intakeRank: [Int]? = nil

    /// The baseline solution.
    /// - Complexity: O(n × m × L) in the worst case (exact checks on complex routes).
    func solve() -> SearchState {
        var state = SearchState(instance: instance)
        let orders = (0..<instance.orderCount).filter { instance.pickupOf[$0] < 0 }.sorted { a, b in
            let pa = instance.priority[a], pb = instance.priority[b]
            if pa != pb { return pa > pb }
            let ea = instance.windows[a].first?.start ?? Int.min, eb = instance.windows[b].first?.start ?? Int.min
            return (ea, intakeRank?[a] ?? a) < (eb, intakeRank?[b] ?? b)
        }
        var buffer: [Int32] = []
        var visit: [Int32] = []
        for order in orders {
            visit = instance.deliveryOf[order] >= 0 ? [Int32(order), instance.deliveryOf[order]] : [Int32(order)]
            var chosen: (travel: Int, vehicle: Int)?
            for raw in instance.compatibleVehicles[order] {
                let v = Int(raw)
                let length = state.routes[v].count
                var proposal = state.prefix(v, through: length)
                let travel = instance.travel.duration(instance.vehicles[v].profile, proposal.last, order)
                if let chosen, travel >= chosen.travel { continue }
                for stop in visit { proposal.append(order: Int(stop), vehicle: v, instance: instance) }
                guard proposal.closed(vehicle: v, instance: instance).price(vehicle: v, instance: instance).violation == 0 else { continue }
                if state.isComplex(v) || instance.isComplexOrder[order] {
                    buffer = state.routes[v] + visit
                    guard RouteSchedule(instance: instance, vehicle: v).metrics(buffer).isFeasible else { continue }
                }
                chosen = (travel, v)
            }
            if let chosen { state.setRoute(chosen.vehicle, state.routes[chosen.vehicle] + visit) }
        }
        return state
    }
}
