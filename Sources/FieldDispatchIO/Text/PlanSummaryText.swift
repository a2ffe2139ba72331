import Foundation

/// A dispatcher-readable summary of a plan: headline KPIs, unassigned orders by priority and
/// reason, and one line per route.
public struct PlanSummaryText: Sendable {
    /// Facts about the run that produced the plan, shown in the header when present.
    public struct RunFacts: Sendable {
        /// Wall-clock seconds.
        public var elapsed: Double
        /// Search iterations.
        public var iterations: Int
        /// Random seed.
        public var seed: UInt64
        /// Search threads.
        public var threads: Int
        /// Regions the threads shared one search in (1 when each thread ran a search of its own).
        public var regions: Int
        /// Objective, as the engine describes it.
        public var objective: String

        /// Creates run facts.
        public init(elapsed: Double, iterations: Int, seed: UInt64, threads: Int, objective: String, regions: Int = 1) {
            self.elapsed = elapsed
            self.iterations = iterations
            self.seed = seed
            self.threads = threads
            self.regions = regions
            self.objective = objective
        }
    }

    /// The plan.
    public var plan: Plan
    /// Its problem.
    public var problem: Problem
    /// How it was made, if known.
    public var run: RunFacts?
    /// Most route lines to print (the rest are counted).
    public var maxRouteLines: Int

    /// Creates a summary.
    public init(plan: Plan, problem: Problem, run: RunFacts? = nil, maxRouteLines: Int = 40) {
        self.plan = plan
        self.problem = problem
        self.run = run
        self.maxRouteLines = maxRouteLines
    }

    /// The summary as text.
    /// - Complexity: O(orders + stops).
    public func render() -> String {
        let kpis = PlanKPIs(plan: plan, problem: problem)
        let time = problem.timeReference
        var lines: [String] = []
        let shifts = problem.technicians.reduce(0) { $0 + $1.shifts.count }
        lines.append("Plan for \(problem.name): \(problem.orders.count) orders, \(problem.technicians.count) technicians, \(shifts) shifts")
        if let run {
            lines.append("Solved in \(Self.fixed(run.elapsed, 2)) s, \(run.iterations) iterations, seed \(run.seed), \(run.threads) thread\(run.threads == 1 ? "" : "s")\(run.regions > 1 ? " sharing one search in \(run.regions) regions" : ""); objective \(run.objective)")
        }
        let emergencies = problem.orders.count { $0.priority == .emergency }
        lines.append("")
        lines.append("Served       \(kpis.assignedOrders) of \(kpis.totalOrders) (\(Self.percent(kpis.totalOrders == 0 ? 1 : Double(kpis.assignedOrders) / Double(kpis.totalOrders))))"
            + (emergencies > 0 ? ", emergencies \(Int((kpis.emergencyServiceRate * Double(emergencies)).rounded())) of \(emergencies)" : ""))
        lines.append("On time      \(Self.percent(kpis.onTimeRate)) of visits inside their window and SLA" + (kpis.lateness > 0 ? " (soft lateness \(TimeReference.formatDuration(kpis.lateness)))" : ""))
        lines.append("Travel       \(TimeReference.formatDuration(kpis.travelDuration)), \(Self.kilometres(kpis.travelDistance))")
        lines.append("Working time \(TimeReference.formatDuration(kpis.workingTime)), overtime \(TimeReference.formatDuration(kpis.overtime)), utilisation \(Self.percent(kpis.utilisation))")
        lines.append("Per technician min \(kpis.minOrdersPerTechnician), mean \(Self.fixed(kpis.meanOrdersPerTechnician, 1)), max \(kpis.maxOrdersPerTechnician) orders")
        if !plan.unassigned.isEmpty {
            let byPriority = kpis.unassignedByPriority.filter { $0.count > 0 }.map { "\($0.priority) \($0.count)" }
            lines.append("Unassigned   \(plan.unassigned.count): " + byPriority.joined(separator: ", "))
            for entry in kpis.unassignedByReason {
                lines.append("  \(entry.count) × \(entry.reason.summary)")
            }
        }
        lines.append("")
        var table = TextTable(headers: ["technician", "shift", "orders", "leaves", "back", "travel", "km", "overtime", "on time"],
                              rightAligned: [2, 5, 6, 7, 8])
        for (route, figures) in zip(plan.routes, kpis.routes).prefix(maxRouteLines) {
            table.rows.append([
                route.technicianId, route.shiftId, "\(figures.orders)", time.format(route.departure), time.format(route.arrivalAtEnd),
                TimeReference.formatDuration(figures.travelDuration), Self.fixed(Double(figures.travelDistance) / 1000, 1),
                figures.overtime > 0 ? TimeReference.formatDuration(figures.overtime) : "-",
                figures.orders == 0 ? "-" : Self.percent(Double(figures.onTimeVisits) / Double(figures.orders)),
            ])
        }
        if maxRouteLines > 0 { lines.append(table.render()) }
        if plan.routes.count > maxRouteLines {
            lines.append("… and \(plan.routes.count - maxRouteLines) more routes")
        }
        return lines.joined(separator: "\n")
    }

    static func percent(_ value: Double) -> String { fixed(value * 100, 1) + " %" }

    static func kilometres(_ metres: Int) -> String { fixed(Double(metres) / 1000, 1) + " km" }

    static func fixed(_ value: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", value) }
}
