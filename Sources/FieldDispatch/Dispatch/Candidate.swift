/// A technician who could take an order, with the figures a dispatcher weighs.
public struct Candidate: Hashable, Sendable {
    /// The technician.
    public var technicianId: String
    /// The shift the order would join.
    public var shiftId: String
    /// Planned start of the visit, seconds.
    public var start: Int
    /// Extra driving the order adds to the route, seconds.
    public var extraTravel: Int
    /// Extra cost in the objective's cost measure (lateness scaled above it).
    public var extraCost: Int
    /// How far the technician's levels exceed the order's minimums, summed over its skills
    /// (0 is an exact fit; high values spend senior technicians on simple work).
    public var skillLevelExcess: Int
    /// Minutes of delay the insertion puts on the route's other visits, weighted by their priority.
    public var priorityDelay: Int
    /// Orders on the route after the insertion.
    public var ordersAfter: Int
    /// Working time of the route after the insertion, seconds.
    public var workingTimeAfter: Int
    /// Least slack left on the route: seconds between a visit's start and its window's close (or
    /// the route's end and the shift's hard end); small slack means a late-running day breaks a promise.
    public var slack: Int
    /// The ranking score, lower is better: extra cost plus half a unit per second of slack under 30 minutes.
    public var score: Int
}

extension Dispatcher {
    /// The technicians who could take `order` now without breaking another promise, best first.
    /// - Parameters:
    ///   - order: the order (it need not be in the problem; nothing changes).
    ///   - limit: most candidates returned.
    /// - Returns: candidates ranked by ``Candidate/score``, ties by technician order.
    /// - Complexity: as one insertion over max(limit, ``DispatchOptions/candidateRoutes``) routes.
    public func candidates(for order: ServiceOrder, limit: Int) -> [Candidate] {
        let cutoff = now + options.freezeHorizon
        guard limit > 0 else { return [] }
        var result: [(candidate: Candidate, route: Int)] = []
        for r in nearbyRoutes(for: order, limit: max(limit, options.candidateRoutes)) {
            // A score is never below the extra cost, nor that below the detour: once `limit`
            // candidates are in hand, a route must beat the worst of them.
            let bound = result.count == limit ? result[limit - 1].candidate.score + 1 : Int.max
            guard case .success(let placement) = bestPlacement(of: order, inRoute: r, cutoff: cutoff, bound: bound) else { continue }
            result.append((candidate(order, placement), r))
            result.sort { ($0.candidate.score, $0.route) < ($1.candidate.score, $1.route) }
            if result.count > limit { result.removeLast() }
        }
        return result.map(\.candidate)
    }

    private func candidate(_ order: ServiceOrder, _ placement: Placement) -> Candidate {
        let r = placement.route
        let context = context(ofRoute: r, cutoff: now + options.freezeHorizon)
        let live = routes[r]
        let technician = problem.technicians[live.technicianIndex]
        let shift = technician.shifts[live.shiftIndex]
        let excess = order.requiredSkills.reduce(0) { $0 + max(0, technician.level(in: $1.skill) - $1.minimumLevel) }
        var delay = 0
        var slack = shift.hardEnd - max(placement.walk.arrivalAtEnd, context.start.readyTime)
        var j = 0
        for stop in placement.walk.stops {
            guard let id = stop.orderId else { continue }
            let record = id == order.id ? order : context.suffix[min(j, context.suffix.count - 1)]
            if let close = record.timeWindows.last(where: { !$0.isSoft && $0.start <= stop.start })?.end { slack = min(slack, close - stop.start) }
            if id != order.id {
                if j < context.promised.count { delay += max(0, stop.start - context.promised[j].start) / 60 * record.priority.unservedWeight }
                j += 1
            }
        }
        let travel = placement.walk.travelTime - context.baseline.travelTime
        let orders = context.start.orderCount + context.suffix.count + 1
        return Candidate(
            technicianId: technician.id, shiftId: shift.id, start: placement.start, extraTravel: travel,
            extraCost: placement.extraCost, skillLevelExcess: excess, priorityDelay: delay, ordersAfter: orders,
            workingTimeAfter: placement.walk.arrivalAtEnd - live.departure, slack: slack,
            score: placement.extraCost + max(0, 1_800 - slack) / 2)
    }
}
