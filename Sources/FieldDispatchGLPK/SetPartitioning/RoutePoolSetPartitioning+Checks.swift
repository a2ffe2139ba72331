extension RoutePoolSetPartitioning {
    /// Rejects penalties, vehicle counts and routes the model cannot be built from.
    /// - Complexity: O(total route length + orders).
    func checkInput(_ pool: [PoolRoute]) throws(RoutePoolError) {
        if vehicleCount < 0 { throw RoutePoolError("vehicle count \(vehicleCount) is negative") }
        if let vehicleLimits, vehicleLimits.count != vehicleCount {
            throw RoutePoolError("\(vehicleLimits.count) vehicle limits for \(vehicleCount) vehicles")
        }
        if let order = unassignedPenalties.firstIndex(where: { !$0.isFinite }) {
            throw RoutePoolError("unassigned penalty of order \(order) is \(unassignedPenalties[order]), not a finite number")
        }
        var seenInRoute = [Int](repeating: -1, count: orderCount)
        for (index, route) in pool.enumerated() {
            if !route.cost.isFinite { throw RoutePoolError("pool[\(index)]: cost \(route.cost) is not a finite number") }
            if route.vehicle < 0 || route.vehicle >= vehicleCount {
                throw RoutePoolError("pool[\(index)]: vehicle \(route.vehicle) is out of range (\(vehicleCount) vehicles)")
            }
            for order in route.orders {
                if order < 0 || order >= orderCount {
                    throw RoutePoolError("pool[\(index)]: order \(order) is out of range (\(orderCount) orders)")
                }
                if seenInRoute[order] == index { throw RoutePoolError("pool[\(index)]: order \(order) is served twice") }
                seenInRoute[order] = index
            }
        }
    }

    /// The incumbent's route indices, ascending, once checked to be a compatible selection.
    /// - Complexity: O(its total route length + orders + vehicles).
    func checkedIncumbent(_ incumbent: [Int], in pool: [PoolRoute]) throws(RoutePoolError) -> [Int] {
        var servedBy = [Int?](repeating: nil, count: orderCount)
        var driven = [Int](repeating: 0, count: vehicleCount)
        var drivenBy = [Int?](repeating: nil, count: vehicleCount)
        let sorted = incumbent.sorted()
        for (position, index) in sorted.enumerated() {
            if index < 0 || index >= pool.count {
                throw RoutePoolError("incumbent: route index \(index) is out of range (\(pool.count) routes in the pool)")
            }
            if position > 0 && sorted[position - 1] == index { throw RoutePoolError("incumbent: pool[\(index)] is listed twice") }
            let route = pool[index]
            driven[route.vehicle] += 1
            if driven[route.vehicle] > limit(of: route.vehicle) {
                if let other = drivenBy[route.vehicle], limit(of: route.vehicle) == 1 {
                    throw RoutePoolError("incumbent: pool[\(other)] and pool[\(index)] both use vehicle \(route.vehicle)")
                }
                throw RoutePoolError("incumbent: pool[\(index)] is route \(driven[route.vehicle]) of vehicle \(route.vehicle), "
                                     + "more than its limit of \(limit(of: route.vehicle))")
            }
            drivenBy[route.vehicle] = index
            for order in route.orders {
                if let other = servedBy[order] {
                    throw RoutePoolError("incumbent: pool[\(other)] and pool[\(index)] both serve order \(order)")
                }
                servedBy[order] = index
            }
        }
        return sorted
    }
}
