import FieldDispatch

/// Times the engine on one outlet's day-0 requests, instance and construction apart, to see where a
/// surge day's routing time goes.
struct ConstructionProbe {
    let problem: Problem
    let horizon: SurgeHorizon

    /// One line per outlet: requests, technicians, instance seconds, construction-only seconds and orders placed.
    func run(outlets: Int) -> [String] {
        problem.outlets.prefix(outlets).map { outlet in
            let orders = problem.orders.indices.filter { horizon.firstDay[$0] == 0 && problem.orders[$0].outlet == outlet.id }.map { problem.orders[$0] }
            let staff = problem.technicians.filter { $0.outlet == outlet.id }.map { technician in
                var copy = technician
                copy.shifts = technician.shifts.filter { $0.start < 86_400 }
                return copy
            }
            let region = Problem(unchecked: outlet.id, orders: orders, technicians: staff, depots: problem.depots, outlets: problem.outlets,
                                 travel: problem.travel, objective: problem.objective, timeReference: problem.timeReference)
            let clock = ContinuousClock()
            var start = clock.now
            let solver = Solver(problem: region)
            let instance = SurgeCommand.seconds(start.duration(to: clock.now))
            start = clock.now
            let report = solver.solve(options: SolveOptions(timeLimit: 300, threads: 1, maxIterations: 0))
            let construction = SurgeCommand.seconds(start.duration(to: clock.now))
            return "\(outlet.id): \(orders.count) requests, \(staff.count) technicians: instance \(String(format: "%.2f", instance)) s, "
                + "construction \(String(format: "%.2f", construction)) s, \(report.plan.routes.reduce(0) { $0 + $1.orderIds.count }) placed"
        }
    }
}
