extension Dispatcher {
    /// The end of the first route in `candidates` (nearest first) that can take `order` there,
    /// as ``DispatchPolicy/nearestTechnician`` places orders.
    /// - Complexity: O(L) schedule steps per route tried, for L orders per route.
    func nearestPlacement(of order: ServiceOrder, routes candidates: [Int], cutoff: Int)
        -> (placement: Placement?, conflicts: [(route: Int, conflict: InsertionConflict)], tried: Int) {
        var conflicts: [(route: Int, conflict: InsertionConflict)] = []
        for r in candidates {
            let context = context(ofRoute: r, cutoff: cutoff)
            let walk = schedule(ofRoute: r).walk(context.suffix, inserting: order, at: context.suffix.count, from: context.start)
            if let conflict = walk.conflict {
                conflicts.append((r, conflict))
                continue
            }
            if let broken = brokenPromise(context: context, walk: walk, skipping: order.id) {
                conflicts.append((r, .promiseBroken(orderId: broken)))
                continue
            }
            let extra = walk.cost(departure: context.start.departure, objective: problem.objective) - context.baselineCost
            let start = walk.stops.first { $0.orderId == order.id }?.start ?? 0
            let placement = Placement(route: r, frozen: context.frozen, position: context.suffix.count, walk: walk, extraCost: extra, start: start)
            return (placement, conflicts, conflicts.count + 1)
        }
        return (nil, conflicts, candidates.count)
    }
}
