import FieldDispatch

/// Greedy first-come-first-served dispatch of one outlet-day: requests are admitted in the order
/// they were received while the outlet's technician-hours last (service plus a typical leg), then
/// the admitted ones are routed by the nearest-certified-technician rule. Priority plays no part
/// in who is admitted, which is what a call centre without triage does.
struct FirstComeFirstServed: Sendable {
    let problem: Problem
    /// Travel assumed per visit when admitting, seconds.
    static let legSeconds = 20 * 60

    func plan() -> Plan {
        var capacity = problem.technicians.reduce(0) { total, technician in
            total + technician.shifts.reduce(0) { $0 + min($1.end - $1.start, technician.maxWorkingTimePerShift ?? .max)
                - $1.breaks.reduce(0) { $0 + $1.duration } }
        }
        let arrival = problem.orders.indices.sorted { a, b in
            (problem.orders[a].receivedAt ?? 0, a) < (problem.orders[b].receivedAt ?? 0, b)
        }
        var admitted: [ServiceOrder] = []
        var waiting: [UnassignedOrder] = []
        for o in arrival {
            let order = problem.orders[o]
            let need = order.serviceDuration + Self.legSeconds
            if need <= capacity {
                capacity -= need
                admitted.append(order)
            } else {
                waiting.append(UnassignedOrder(orderId: order.id, reason: .deferredToLaterDay, detail: "the day was full when it arrived"))
            }
        }
        let day = Problem(unchecked: problem.name, orders: admitted, technicians: problem.technicians, depots: problem.depots,
                          outlets: problem.outlets, travel: problem.travel, objective: problem.objective,
                          timeReference: problem.timeReference)
        let plan = Solver(problem: day).nearestCertifiedTechnicianPlan()
        return Plan(routes: plan.routes, unassigned: plan.unassigned + waiting)
    }
}
