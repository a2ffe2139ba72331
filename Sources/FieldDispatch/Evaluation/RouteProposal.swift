/// A route under construction while a move is priced: the segment of its visits so far and
/// the totals segments cannot carry (distance, driving time, load, order count).
struct RouteProposal {
    /// Time summary from the shift start to the last node.
    var segment: DurationSegment
    /// Distance so far.
    var distance: Int
    /// Driving time so far, seconds.
    var travelTime: Int
    /// Demand so far.
    var load: Int
    /// Orders so far.
    var count: Int
    /// Location index of the last node.
    var last: Int

    /// Appends one visit of `order` on `vehicle`.
    /// - Complexity: O(1).
    @inline(__always)
    mutating func append(order: Int, vehicle: Int, instance: Instance) {
        let profile = instance.vehicles[vehicle].profile
        let node = DurationSegment(service: instance.serviceDuration(order, on: vehicle),
                                   earliest: instance.earliest[order], latest: instance.latest[order])
        let leg = instance.travel.pair(profile, last, order)
        segment = segment.followed(by: node, travel: leg.duration)
        distance &+= leg.distance
        travelTime &+= leg.duration
        load &+= instance.demand[order]
        count &+= 1
        last = order
    }

    /// The proposal closed by the vehicle's return to its end location.
    @inline(__always)
    func closed(vehicle: Int, instance: Instance) -> RouteProposal {
        let data = instance.vehicles[vehicle]
        var result = self
        let leg = instance.travel.pair(data.profile, last, data.endLocation)
        result.segment = segment.followed(by: DurationSegment(service: 0, earliest: data.shiftStart, latest: data.hardEnd), travel: leg.duration)
        result.distance &+= leg.distance
        result.travelTime &+= leg.duration
        result.last = data.endLocation
        return result
    }

    /// The cost and violation of a closed proposal on `vehicle`, as segments price them.
    @inline(__always)
    func price(vehicle: Int, instance: Instance) -> (cost: Int, violation: Int) {
        let parts = priceParts(vehicle: vehicle, instance: instance)
        return (parts.cost, parts.timeWarp + parts.loadExcess + parts.otherViolation)
    }

    /// The cost of a closed proposal and its violations apart: time warp, load over capacity,
    /// and the rest (orders over the limit, working time over the limit).
    @inline(__always)
    func priceParts(vehicle: Int, instance: Instance) -> (cost: Int, timeWarp: Int, loadExcess: Int, otherViolation: Int) {
        let data = instance.vehicles[vehicle]
        let departure = min(max(segment.earliestStart, data.shiftStart), data.latestDeparture)
        let duration = segment.duration - segment.timeWarp
        let other = max(0, count - data.maxOrders) + max(0, duration - data.maxWorkingTime)
        let cost = instance.routeCost(vehicle: vehicle, orderCount: count, distance: distance, travelTime: travelTime,
                                      duration: duration, end: departure + duration)
        return (cost, segment.timeWarp, max(0, load - data.capacity), other)
    }

    /// The cost of a closed proposal plus its violations priced at `penalties`.
    @inline(__always)
    func penalisedCost(vehicle: Int, instance: Instance, penalties: PenaltyWeights) -> (cost: Int, otherViolation: Int) {
        let parts = priceParts(vehicle: vehicle, instance: instance)
        return (parts.cost &+ penalties.price(timeWarp: parts.timeWarp, loadExcess: parts.loadExcess, otherViolation: parts.otherViolation),
                parts.otherViolation)
    }
}
