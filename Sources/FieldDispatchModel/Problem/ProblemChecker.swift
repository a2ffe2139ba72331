/// Finds every issue in a ``Problem``'s data, each named by its path.
struct ProblemChecker {
    let problem: Problem
    private var format: (Int) -> String { problem.timeReference.format }

    init(problem: Problem) { self.problem = problem }

    func issues() -> [ModelIssue] {
        var found: [ModelIssue] = []
        let technicianIds = Set(problem.technicians.map(\.id))
        let outletIds = Set(problem.outlets.map(\.id))
        found += duplicates(problem.orders.map(\.id), list: "orders")
        found += duplicates(problem.technicians.map(\.id), list: "technicians")
        found += duplicates(problem.depots.map(\.id), list: "depots")
        found += duplicates(problem.outlets.map(\.id), list: "outlets")
        for (index, order) in problem.orders.enumerated() {
            let path = ModelIssue.recordPath("orders", index, id: order.id)
            found += check(order, path: path, technicianIds: technicianIds, outletIds: outletIds)
        }
        found += pairIssues()
        for (index, technician) in problem.technicians.enumerated() {
            let path = ModelIssue.recordPath("technicians", index, id: technician.id)
            found += check(technician, path: path, outletIds: outletIds)
        }
        for (index, depot) in problem.depots.enumerated() {
            let path = ModelIssue.recordPath("depots", index, id: depot.id)
            found += locate(depot.location, path: path + ".location")
            if depot.visitDuration < 0 { found.append(.init(path: path + ".visitDuration", message: "must not be negative")) }
            if let hours = depot.openingHours, hours.end < hours.start {
                found.append(.init(path: path + ".openingHours", message: "end \(format(hours.end)) is before start \(format(hours.start))"))
            }
        }
        for (index, outlet) in problem.outlets.enumerated() {
            let path = ModelIssue.recordPath("outlets", index, id: outlet.id)
            found += locate(outlet.location, path: path + ".location")
            for (n, neighbour) in outlet.neighbours.enumerated() where !outletIds.contains(neighbour) {
                found.append(.init(path: path + ".neighbours[\(n)]", message: "unknown outlet \"\(neighbour)\""))
            }
            if outlet.maxLentTechnicians < 0 {
                found.append(.init(path: path + ".maxLentTechnicians", message: "must not be negative"))
            }
        }
        found += objectiveIssues()
        return found
    }

    /// A negative weight would reward overtime, lateness or imbalance, and the search's cost
    /// bounds rely on every priced term being non-negative.
    private func objectiveIssues() -> [ModelIssue] {
        let objective = problem.objective
        let weights = [("overtimeWeight", objective.overtimeWeight), ("latenessWeight", objective.latenessWeight),
                       ("imbalanceWeight", objective.imbalanceWeight)]
        return weights.filter { $0.1 < 0 }.map { ModelIssue(path: "objective.\($0.0)", message: "must not be negative (got \($0.1))") }
    }

    private func duplicates(_ ids: [String], list: String) -> [ModelIssue] {
        var firstIndex: [String: Int] = [:]
        var found: [ModelIssue] = []
        for (index, id) in ids.enumerated() {
            if id.isEmpty {
                found.append(.init(path: "\(list)[\(index)].id", message: "must not be empty"))
            } else if let first = firstIndex[id] {
                found.append(.init(path: ModelIssue.recordPath(list, index, id: id) + ".id",
                                   message: "duplicate id, already used by \(list)[\(first)]"))
            } else {
                firstIndex[id] = index
            }
        }
        return found
    }

    /// Pairs: each delivery names an existing pick-up other than itself, which is no delivery
    /// itself and is delivered by no other order.
    private func pairIssues() -> [ModelIssue] {
        var found: [ModelIssue] = []
        var indexOfId: [String: Int] = [:]
        for (index, order) in problem.orders.enumerated() where indexOfId[order.id] == nil { indexOfId[order.id] = index }
        var deliveryOfPickup: [String: String] = [:]
        for (index, order) in problem.orders.enumerated() {
            guard let pickupId = order.pickupOrderId else { continue }
            let path = ModelIssue.recordPath("orders", index, id: order.id) + ".pickupOrderId"
            guard let pickupIndex = indexOfId[pickupId] else {
                found.append(.init(path: path, message: "unknown order \"\(pickupId)\""))
                continue
            }
            let pickup = problem.orders[pickupIndex]
            if pickupId == order.id {
                found.append(.init(path: path, message: "an order cannot be its own pick-up"))
            } else if let chained = pickup.pickupOrderId {
                found.append(.init(path: path, message: "order \"\(pickupId)\" is itself the delivery of \"\(chained)\"; chains of pick-ups are not supported"))
            } else if let other = deliveryOfPickup[pickupId] {
                found.append(.init(path: path, message: "order \"\(pickupId)\" is already the pick-up of \"\(other)\""))
            } else {
                deliveryOfPickup[pickupId] = order.id
            }
        }
        return found
    }

    private func locate(_ location: Location, path: String) -> [ModelIssue] {
        guard let message = problem.travel.issue(locating: location) else { return [] }
        return [ModelIssue(path: path, message: message)]
    }

    private func check(_ order: ServiceOrder, path: String, technicianIds: Set<String>, outletIds: Set<String>) -> [ModelIssue] {
        var found = locate(order.location, path: path + ".location")
        if order.serviceDuration < 0 {
            found.append(.init(path: path + ".serviceDuration", message: "must not be negative (got \(order.serviceDuration))"))
        }
        if order.demand < 0 { found.append(.init(path: path + ".demand", message: "must not be negative (got \(order.demand))")) }
        for (i, entry) in order.serviceDurationByLevel.enumerated() where entry.duration < 0 || entry.minimumLevel < 1 {
            found.append(.init(path: path + ".serviceDurationByLevel[\(i)]", message: "needs a level of at least 1 and a non-negative duration"))
        }
        for (i, skill) in order.requiredSkills.enumerated() {
            if skill.skill.isEmpty { found.append(.init(path: path + ".requiredSkills[\(i)].skill", message: "must not be empty")) }
            if skill.minimumLevel < 1 {
                found.append(.init(path: path + ".requiredSkills[\(i)].minimumLevel", message: "must be at least 1 (got \(skill.minimumLevel))"))
            }
        }
        found += checkWindows(order.timeWindows, path: path + ".timeWindows")
        for (field, ids) in [("preferredTechnicians", order.preferredTechnicians),
                             ("requiredTechnicians", order.requiredTechnicians),
                             ("excludedTechnicians", order.excludedTechnicians)] {
            for (i, id) in ids.enumerated() where !technicianIds.contains(id) {
                found.append(.init(path: path + ".\(field)[\(i)]", message: "unknown technician \"\(id)\""))
            }
        }
        for id in order.requiredTechnicians where order.excludedTechnicians.contains(id) {
            found.append(.init(path: path + ".excludedTechnicians", message: "technician \"\(id)\" is both required and excluded"))
        }
        for (i, part) in order.requiredParts.enumerated() where part.quantity <= 0 || part.partId.isEmpty {
            found.append(.init(path: path + ".requiredParts[\(i)]", message: "needs a part id and a positive quantity"))
        }
        if let outlet = order.outlet, !outletIds.isEmpty, !outletIds.contains(outlet) {
            found.append(.init(path: path + ".outlet", message: "unknown outlet \"\(outlet)\""))
        }
        return found
    }

    private func checkWindows(_ windows: [TimeWindow], path: String) -> [ModelIssue] {
        var found: [ModelIssue] = []
        for (i, window) in windows.enumerated() {
            if window.end < window.start {
                found.append(.init(path: path + "[\(i)]", message: "end \(format(window.end)) is before start \(format(window.start))"))
            }
            if let cost = window.latenessCostPerHour, cost < 0 {
                found.append(.init(path: path + "[\(i)].latenessCostPerHour", message: "must not be negative"))
            }
            if i > 0, window.start <= windows[i - 1].end {
                found.append(.init(path: path + "[\(i)]", message: "starts at \(format(window.start)), before the previous window ends at \(format(windows[i - 1].end)); windows must be sorted and disjoint"))
            }
        }
        return found
    }

    private func check(_ technician: Technician, path: String, outletIds: Set<String>) -> [ModelIssue] {
        var found: [ModelIssue] = []
        for (i, skill) in technician.skills.enumerated() where skill.level < 1 || skill.skill.isEmpty {
            found.append(.init(path: path + ".skills[\(i)]", message: "needs a skill name and a level of at least 1"))
        }
        if let limit = technician.maxOrdersPerShift, limit < 0 {
            found.append(.init(path: path + ".maxOrdersPerShift", message: "must not be negative (got \(limit))"))
        }
        if let limit = technician.maxWorkingTimePerShift, limit < 0 {
            found.append(.init(path: path + ".maxWorkingTimePerShift", message: "must not be negative"))
        }
        if let capacity = technician.capacity, capacity < 0 { found.append(.init(path: path + ".capacity", message: "must not be negative")) }
        if technician.maxRestockVisitsPerShift < 0 {
            found.append(.init(path: path + ".maxRestockVisitsPerShift", message: "must not be negative"))
        }
        let c = technician.costs
        if c.perHour < 0 || c.perKilometre < 0 || c.fixed < 0 || c.overtimePerHour < 0 {
            found.append(.init(path: path + ".costs", message: "cost rates must not be negative"))
        }
        for (i, part) in technician.vanStock.enumerated() where part.quantity < 0 || part.partId.isEmpty {
            found.append(.init(path: path + ".vanStock[\(i)]", message: "needs a part id and a non-negative quantity"))
        }
        if let outlet = technician.outlet, !outletIds.isEmpty, !outletIds.contains(outlet) {
            found.append(.init(path: path + ".outlet", message: "unknown outlet \"\(outlet)\""))
        }
        var shiftIds: Set<String> = []
        for (s, shift) in technician.shifts.enumerated() {
            let shiftPath = path + ".shifts[\(s)]"
            if !shiftIds.insert(shift.id).inserted {
                found.append(.init(path: shiftPath + ".id", message: "duplicate shift id \"\(shift.id)\""))
            }
            if shift.end < shift.start {
                found.append(.init(path: shiftPath, message: "end \(format(shift.end)) is before start \(format(shift.start))"))
            }
            if shift.maxOvertime < 0 { found.append(.init(path: shiftPath + ".maxOvertime", message: "must not be negative")) }
            found += locate(shift.startLocation, path: shiftPath + ".startLocation")
            if let end = shift.endLocation { found += locate(end, path: shiftPath + ".endLocation") }
            for (b, rest) in shift.breaks.enumerated() {
                let breakPath = shiftPath + ".breaks[\(b)]"
                if rest.duration < 0 {
                    found.append(.init(path: breakPath + ".duration", message: "must not be negative"))
                } else if rest.latestEnd - rest.earliestStart < rest.duration {
                    found.append(.init(path: breakPath, message: "window \(format(rest.earliestStart))–\(format(rest.latestEnd)) is shorter than the break's \(TimeReference.formatDuration(rest.duration))"))
                } else if rest.latestEnd > shift.hardEnd || rest.earliestStart < shift.start {
                    found.append(.init(path: breakPath, message: "window \(format(rest.earliestStart))–\(format(rest.latestEnd)) lies outside the shift \(format(shift.start))–\(format(shift.hardEnd))"))
                }
            }
        }
        return found
    }
}
