extension RouteWalk {
    /// Judges one order visit: travel and arrival, window and lateness, SLA, duration, who may
    /// serve it, parts, tools, capacity and the order limit.
    mutating func visitOrder(_ id: String, stop: Stop, index: Int) {
        // Unknown orders are reported once by the plan-wide coverage check; without a location
        // nothing else about the stop can be judged.
        guard let order = validator.ordersById[id] else { return }
        let subject = "order \"\(id)\""
        arrive(at: order.location, stop: stop, index: index, subject: subject, orderId: id)
        checkWindows(order, stop: stop, index: index, subject: subject)
        checkLength(of: stop, expected: order.serviceDuration(by: technician.skills), what: "service",
                    index: index, subject: subject, orderId: id)
        checkTechnician(for: order, index: index, subject: subject)
        checkMaterials(for: order, index: index, subject: subject)
        orderCount += 1
        if let limit = technician.maxOrdersPerShift, orderCount == limit + 1 {
            report(.maxOrdersExceeded, stop: index, subject: subject, orderId: id,
                   detail: "order \(orderCount) of the shift, over the limit of \(limit)")
        }
    }

    /// The window rule and the recomputed lateness: service starts inside a window, or after a
    /// soft window's end with lateness counted from the latest soft window already open.
    private mutating func checkWindows(_ order: ServiceOrder, stop: Stop, index: Int, subject: String) {
        var lateness = 0
        let opened = order.timeWindows.filter { $0.start <= stop.start }
        if order.timeWindows.isEmpty || opened.contains(where: { $0.contains(stop.start) }) {
            lateness = 0
        } else if let last = opened.last {
            if let soft = opened.last(where: \.isSoft) {
                lateness = stop.start - soft.end
            } else {
                report(.windowMissed, stop: index, subject: subject, orderId: order.id,
                       detail: "started \(time(stop.start)), after its window \(text(last))")
            }
        } else {
            report(.scheduleInconsistent, stop: index, subject: subject, orderId: order.id,
                   detail: "started \(time(stop.start)), before its window \(text(order.timeWindows[0])) opens")
        }
        if stop.lateness != lateness {
            report(.scheduleInconsistent, stop: index, subject: subject, orderId: order.id,
                   detail: "lateness is \(duration(stop.lateness)), but starting at \(time(stop.start)) makes it \(duration(lateness))")
        }
        if let deadline = order.slaDeadline, stop.start > deadline {
            report(.slaMissed, stop: index, subject: subject, orderId: order.id,
                   detail: "started \(time(stop.start)), \(duration(stop.start - deadline)) after its SLA deadline \(time(deadline))")
        }
    }

    private mutating func checkTechnician(for order: ServiceOrder, index: Int, subject: String) {
        for requirement in order.requiredSkills {
            let level = technician.level(in: requirement.skill)
            if level == 0 {
                report(.missingSkill, stop: index, subject: subject, orderId: order.id,
                       detail: "needs skill \"\(requirement.skill)\" (level \(requirement.minimumLevel)), which the technician lacks")
            } else if level < requirement.minimumLevel {
                report(.skillLevelTooLow, stop: index, subject: subject, orderId: order.id,
                       detail: "needs skill \"\(requirement.skill)\" at level \(requirement.minimumLevel), the technician holds level \(level)")
            }
        }
        if !order.requiredTechnicians.isEmpty && !order.requiredTechnicians.contains(technician.id) {
            let names = order.requiredTechnicians.map { "\"\($0)\"" }.joined(separator: ", ")
            report(.requiredTechnicianIgnored, stop: index, subject: subject, orderId: order.id,
                   detail: "may be served only by \(names)")
        }
        if order.excludedTechnicians.contains(technician.id) {
            report(.excludedTechnician, stop: index, subject: subject, orderId: order.id,
                   detail: "excludes technician \"\(technician.id)\"")
        }
    }

    private mutating func checkMaterials(for order: ServiceOrder, index: Int, subject: String) {
        let short = van.consume(order.requiredParts)
        if !short.isEmpty {
            let list = short.map { "\($0.quantity) × \"\($0.partId)\"" }.joined(separator: ", ")
            report(.partsMissing, stop: index, subject: subject, orderId: order.id,
                   detail: "the van is short of \(list) (van stock and earlier restocks, less earlier orders)")
        }
        let tools = van.missingTools(order.requiredTools)
        if !tools.isEmpty {
            let list = tools.map { "\"\($0)\"" }.joined(separator: ", ")
            report(.toolMissing, stop: index, subject: subject, orderId: order.id,
                   detail: "needs \(list), neither carried nor picked up at an earlier depot")
        }
        let before = load
        load += order.demand
        if let capacity = technician.capacity, load > capacity, before <= capacity {
            report(.capacityExceeded, stop: index, subject: subject, orderId: order.id,
                   detail: "brings the van's load to \(load), over its capacity of \(capacity)")
        }
    }

    private func text(_ window: TimeWindow) -> String { "\(time(window.start))–\(time(window.end))" }
}
