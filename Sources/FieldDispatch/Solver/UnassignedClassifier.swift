/// Finds why an order is left out of a plan, by checks rather than guesses: nobody certified,
/// no certified shift reaches its windows even alone, parts or tools out of reach, capacity
/// taken by higher priorities, limits used up, or simply no feasible place found.
struct UnassignedClassifier {
    let instance: Instance
    let state: SearchState

    private func time(_ seconds: Int) -> String { instance.problem.timeReference.format(seconds) }

    private func name(_ v: Int) -> String {
        let data = instance.vehicles[v]
        let technician = instance.problem.technicians[data.technicianIndex]
        return technician.shifts.count > 1 ? "\(technician.id) (shift \(technician.shifts[data.shiftIndex].id))" : technician.id
    }

    /// The unassigned entry for `order`.
    /// - Complexity: O(m × (L + windows)).
    func classify(_ order: Int) -> UnassignedOrder {
        let record = instance.problem.orders[order]
        let vehicles = instance.compatibleVehicles[order].map(Int.init)
        // A pair member is judged with its partner: served alone it would break the pair.
        let partner = instance.partner(of: order)
        let pairNote = partner < 0 ? "" : " (with its \(instance.pickupOf[order] >= 0 ? "pick-up" : "delivery") \"\(instance.problem.orders[partner].id)\")"
        let aloneRoute: [Int32] = partner < 0 ? [Int32(order)]
            : instance.pickupOf[order] >= 0 ? [Int32(partner), Int32(order)] : [Int32(order), Int32(partner)]
        guard !vehicles.isEmpty else {
            let skills = record.requiredSkills.map { "\($0.skill) level \($0.minimumLevel)" }.joined(separator: ", ")
            var detail = skills.isEmpty ? "no technician with a shift may serve it\(pairNote)" : "needs \(skills); no technician with a shift holds them"
            if partner >= 0 && !skills.isEmpty { detail += " and may serve its partner \"\(instance.problem.orders[partner].id)\"" }
            if !record.requiredTechnicians.isEmpty { detail += "; limited to \(record.requiredTechnicians.joined(separator: ", "))" }
            if !record.excludedTechnicians.isEmpty { detail += "; excludes \(record.excludedTechnicians.joined(separator: ", "))" }
            return UnassignedOrder(orderId: record.id, reason: .noQualifiedTechnician, detail: detail)
        }
        var reachable: [Int] = []
        var supplied: [Int] = []
        var closest: (v: Int, arrival: Int)?
        for v in vehicles {
            let alone = RouteSchedule(instance: instance, vehicle: v).metrics(aloneRoute)
            if alone.timeWarp == 0 && alone.workExcess == 0 {
                reachable.append(v)
                if alone.materialShortage == 0 && alone.loadExcess == 0 { supplied.append(v) }
            } else {
                let data = instance.vehicles[v]
                let arrival = data.shiftStart + instance.travel.duration(data.profile, data.startLocation, order)
                if closest == nil || arrival < closest!.arrival { closest = (v, arrival) }
            }
        }
        if reachable.isEmpty {
            var detail = "\(vehicles.count) certified technician shift(s), none can serve it\(pairNote) inside its windows and return before the shift ends"
            if let closest, let last = record.timeWindows.last {
                detail += "; earliest arrival: \(name(closest.v)) at \(time(closest.arrival)), window closes \(time(last.end))"
            }
            return UnassignedOrder(orderId: record.id, reason: .noShiftReachesWindow, detail: detail)
        }
        if supplied.isEmpty {
            let parts = record.requiredParts.map { "\($0.quantity) × \($0.partId)" } + record.requiredTools
            let detail = parts.isEmpty
                ? "its demand \(record.demand) exceeds the capacity of every certified van"
                : "needs \(parts.joined(separator: ", ")); no certified van carries them and no reachable open depot stocks them"
            return UnassignedOrder(orderId: record.id, reason: parts.isEmpty ? .limitsReached : .partsUnavailable, detail: detail)
        }
        let priority = instance.priority[order]
        var displacing: [String] = []
        for v in supplied {
            let higher = state.routes[v].count { instance.priority[Int($0)] > priority }
            if higher > 0 { displacing.append("\(name(v)) serves \(higher) order(s) of higher priority") }
        }
        if !displacing.isEmpty {
            return UnassignedOrder(orderId: record.id, reason: .displacedByHigherPriority,
                                   detail: displacing.prefix(3).joined(separator: "; "))
        }
        var limited: [String] = []
        for v in supplied {
            let data = instance.vehicles[v]
            let metrics = state.metrics[v]
            if metrics.orderCount >= data.maxOrders {
                limited.append("\(name(v)) has reached \(data.maxOrders) orders")
            } else if metrics.load + instance.demand[order] > data.capacity {
                limited.append("\(name(v)) has \(data.capacity - metrics.load) of \(data.capacity) capacity left")
            } else if metrics.orderCount > 0 && metrics.duration + instance.serviceDuration(order, on: v) > data.maxWorkingTime {
                limited.append("\(name(v)) works \(TimeReference.formatDuration(metrics.duration)) of \(TimeReference.formatDuration(data.maxWorkingTime))")
            }
        }
        if limited.count == supplied.count {
            return UnassignedOrder(orderId: record.id, reason: .limitsReached, detail: limited.prefix(3).joined(separator: "; "))
        }
        let detail = "\(supplied.count) certified technician shift(s) could serve it\(pairNote) alone, but no route had room inside its windows and shift"
        return UnassignedOrder(orderId: record.id, reason: .noFeasibleInsertion, detail: detail)
    }
}
