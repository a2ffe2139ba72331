/// The exact forward schedule of one route: the single source of truth for its times, breaks,
/// restock visits, lateness, cost and violations, used to judge moves segments cannot price and
/// to write every route of a plan.
///
/// Rules it applies (the validator checks the result, not the rules):
/// - service starts in the first window still open on arrival (waiting if needed); past every
///   window it starts on arrival with lateness when a soft window exists, else it is time warp;
/// - a break is taken where the technician is, before the next leg, when its window is already
///   open, when waiting at the next stop would hide it, or when the next stop would end past its
///   latest start; it may be skipped only when the route is back before its latest start;
/// - when the van lacks a part or tool, it restocks just before that order at the depot with the
///   least detour among those stocking everything the order misses;
/// - with late starts allowed (and no breaks), the route leaves as late as its windows and legs
///   allow, unless that makes it late where leaving at the shift start does not.
struct RouteSchedule {
    let instance: Instance
    let vehicle: Int

    /// Evaluates `orders` in sequence on the vehicle.
    /// - Parameters:
    ///   - orders: order indices in visiting order.
    ///   - stops: receives the stops when not `nil`.
    /// - Returns: the route's metrics; ``RouteMetrics/isFeasible`` tells whether it is valid.
    /// - Complexity: O(orders × (windows + breaks + depots)).
    func evaluate(_ orders: [Int32], stops: inout [Stop]?) -> (metrics: RouteMetrics, departure: Int, returnLeg: TravelLeg) {
        let shiftStart = instance.vehicles[vehicle].shiftStart
        guard !orders.isEmpty else { return (RouteMetrics(), shiftStart, .zero) }
        let departure = departureTime(orders)
        let first = stops?.count ?? 0
        let delayed = walk(orders, departingAt: departure, stops: &stops)
        // The delay is worked out from the windows alone: a restock detour, or an order whose
        // first window a later arrival misses, can make the delayed route late where one that
        // leaves at the shift start is not. Then the better of the two departures is kept.
        guard departure > shiftStart, delayed.metrics.timeWarp > 0 || delayed.metrics.lateness > 0 else { return delayed }
        var onTimeStops: [Stop]? = stops == nil ? nil : []
        let onTime = walk(orders, departingAt: shiftStart, stops: &onTimeStops)
        guard (onTime.metrics.violation, onTime.metrics.cost) < (delayed.metrics.violation, delayed.metrics.cost) else { return delayed }
        if let onTimeStops {
            stops?.removeSubrange(first...)
            stops?.append(contentsOf: onTimeStops)
        }
        return onTime
    }

    /// Walks `orders` in sequence from the vehicle's start at `departure`.
    private func walk(_ orders: [Int32], departingAt departure: Int, stops: inout [Stop]?)
        -> (metrics: RouteMetrics, departure: Int, returnLeg: TravelLeg) {
        var metrics = RouteMetrics()
        let data = instance.vehicles[vehicle]
        var walker = ScheduleWalker(schedule: self, time: departure, location: data.startLocation)
        var materials = MaterialState(instance: instance, vehicle: vehicle, orders: orders)
        for raw in orders {
            let order = Int(raw)
            if materials.isActive, materials.isShort(of: order, in: instance) {
                if let depot = materials.chooseDepot(for: order, from: walker.location, restocksUsed: metrics.restocks, in: instance) {
                    walker.restock(at: depot, metrics: &metrics, stops: &stops)
                    materials.restock(at: depot, in: instance)
                    metrics.restocks += 1
                }
                if materials.isShort(of: order, in: instance) { metrics.materialShortage += 1 }
            }
            if materials.isActive { materials.consume(order, in: instance) }
            walker.visit(order, metrics: &metrics, stops: &stops)
        }
        let returnLeg = walker.finish(end: data.endLocation, metrics: &metrics, stops: &stops)
        metrics.duration = walker.time - departure
        metrics.overtime = max(0, walker.time - data.shiftEnd)
        metrics.timeWarp += max(0, walker.time - data.hardEnd)
        metrics.loadExcess = max(0, metrics.load - data.capacity)
        metrics.countExcess = max(0, metrics.orderCount - data.maxOrders)
        metrics.workExcess = max(0, metrics.duration - data.maxWorkingTime)
        if instance.hasPairs { metrics.pairViolations = pairViolations(orders) }
        metrics.cost = instance.routeCost(
            vehicle: vehicle, orderCount: metrics.orderCount, distance: metrics.distance,
            travelTime: metrics.travelTime, duration: metrics.duration, end: walker.time) - walker.bonus
        return (metrics, departure, returnLeg)
    }

    /// Deliveries whose pick-up is not earlier on the route, plus pick-ups whose delivery is not later.
    /// - Complexity: O(L) per pair member on the route.
    func pairViolations(_ orders: [Int32]) -> Int {
        var count = 0
        for (position, raw) in orders.enumerated() {
            let order = Int(raw)
            if instance.pickupOf[order] >= 0, !orders[..<position].contains(instance.pickupOf[order]) { count += 1 }
            if instance.deliveryOf[order] >= 0, !orders[(position + 1)...].contains(instance.deliveryOf[order]) { count += 1 }
        }
        return count
    }

    /// Metrics only, without stops.
    func metrics(_ orders: [Int32]) -> RouteMetrics {
        var none: [Stop]? = nil
        return evaluate(orders, stops: &none).metrics
    }

    /// The departure that removes avoidable waiting when late starts are allowed, from the
    /// windows and travel alone; the shift start otherwise.
    private func departureTime(_ orders: [Int32]) -> Int {
        let data = instance.vehicles[vehicle]
        guard data.latestDeparture > data.shiftStart else { return data.shiftStart }
        var segment = DurationSegment(service: 0, earliest: data.shiftStart, latest: data.latestDeparture)
        var last = data.startLocation
        for raw in orders {
            let order = Int(raw)
            let node = DurationSegment(service: instance.serviceDuration(order, on: vehicle),
                                       earliest: instance.earliest[order], latest: instance.latest[order])
            segment = segment.followed(by: node, travel: instance.travel.duration(data.profile, last, order))
            last = order
        }
        return min(max(segment.earliestStart, data.shiftStart), data.latestDeparture)
    }
}
