import FieldDispatchModel

/// Two plans side by side: the dispatcher's KPIs with their difference, and the orders whose
/// technician or day changed or that are served in one plan only.
///
/// The plans may solve different problems (a baseline and its what-if variant): each plan's
/// KPIs are computed against its own problem.
public struct PlanComparison: Sendable {
    /// How a figure is measured, which decides how it is printed.
    public enum Unit: String, Hashable, Sendable {
        /// A count of orders, technicians or routes.
        case count
        /// A share from 0 to 1, printed as a percentage.
        case ratio
        /// Seconds, printed as hours and minutes.
        case seconds
        /// Metres, printed as kilometres.
        case metres
    }

    /// One compared figure.
    public struct Metric: Hashable, Sendable {
        /// What is measured, e.g. `On-time rate` or `Outlet GZ-TH orders`.
        public var name: String
        /// How it is measured.
        public var unit: Unit
        /// Its value in the first plan.
        public var baseline: Double
        /// Its value in the second plan.
        public var variant: Double
        /// `variant - baseline`.
        public var difference: Double { variant - baseline }
    }

    /// Who serves an order on which shift.
    public struct Assignment: Hashable, Sendable {
        /// The technician.
        public var technicianId: String
        /// The shift (usually the day).
        public var shiftId: String
    }

    /// What happened to an order between the two plans.
    public enum Change: String, Hashable, Sendable {
        /// Another technician serves it.
        case technicianChanged
        /// The same technician serves it on another shift.
        case shiftChanged
        /// Served in the first plan only.
        case onlyInBaseline
        /// Served in the second plan only.
        case onlyInVariant
    }

    /// One order that moved.
    public struct OrderChange: Hashable, Sendable {
        /// The order.
        public var orderId: String
        /// What happened.
        public var change: Change
        /// Where it was in the first plan.
        public var baseline: Assignment?
        /// Where it is in the second plan.
        public var variant: Assignment?
    }

    /// What the first plan is called in tables, e.g. `baseline` or its file name.
    public var baselineLabel: String
    /// What the second plan is called.
    public var variantLabel: String
    /// The figures, headline first, then unassigned by priority, then per outlet.
    public var metrics: [Metric]
    /// Orders that moved, in the first plan's problem order, then the second's new orders.
    public var orderChanges: [OrderChange]

    /// Compares two plans.
    /// - Parameters:
    ///   - baseline: the first plan.
    ///   - baselineProblem: the problem it solves.
    ///   - variant: the second plan.
    ///   - variantProblem: the problem it solves (the same problem when comparing two plans of one scenario).
    ///   - labels: what the two plans are called in tables and JSON.
    /// - Complexity: O(orders + stops + outlets) for each plan.
    public init(baseline: Plan, of baselineProblem: Problem, variant: Plan, of variantProblem: Problem,
                labels: (String, String) = ("baseline", "variant")) {
        baselineLabel = labels.0
        variantLabel = labels.1
        let a = Figures(plan: baseline, problem: baselineProblem)
        let b = Figures(plan: variant, problem: variantProblem)
        var metrics: [Metric] = []
        func add(_ name: String, _ unit: Unit, _ value: (Figures) -> Double) {
            metrics.append(Metric(name: name, unit: unit, baseline: value(a), variant: value(b)))
        }
        add("Orders", .count) { Double($0.kpis.totalOrders) }
        add("Served", .count) { Double($0.kpis.assignedOrders) }
        add("On-time rate", .ratio) { $0.kpis.onTimeRate }
        add("Emergencies served", .count) { Double($0.emergenciesServed) }
        for priority in Priority.allCases.sorted(by: >) {
            add("Unassigned \(priority)", .count) { figures in
                Double(figures.kpis.unassignedByPriority.first { $0.priority == priority }?.count ?? 0)
            }
        }
        add("Travel time", .seconds) { Double($0.kpis.travelDuration) }
        add("Travel distance", .metres) { Double($0.kpis.travelDistance) }
        add("Working time", .seconds) { Double($0.kpis.workingTime) }
        add("Overtime", .seconds) { Double($0.kpis.overtime) }
        add("Utilisation", .ratio) { $0.kpis.utilisation }
        add("Technicians used", .count) { Double($0.techniciansUsed) }
        let outlets = Set(a.outletLoad.keys).union(b.outletLoad.keys).sorted()
        for outlet in outlets {
            add("Outlet \(outlet) orders", .count) { Double($0.outletLoad[outlet]?.orders ?? 0) }
            add("Outlet \(outlet) working time", .seconds) { Double($0.outletLoad[outlet]?.workingTime ?? 0) }
        }
        self.metrics = metrics
        orderChanges = Self.changes(a.assignments, b.assignments, order: baselineProblem.orders.map(\.id) + variantProblem.orders.map(\.id))
    }

    private static func changes(_ a: [String: Assignment], _ b: [String: Assignment], order: [String]) -> [OrderChange] {
        var seen = Set<String>()
        var result: [OrderChange] = []
        for id in order where seen.insert(id).inserted {
            let before = a[id], after = b[id]
            let change: Change
            switch (before, after) {
            case let (x?, y?) where x.technicianId != y.technicianId: change = .technicianChanged
            case let (x?, y?) where x.shiftId != y.shiftId: change = .shiftChanged
            case (_?, nil): change = .onlyInBaseline
            case (nil, _?): change = .onlyInVariant
            default: continue
            }
            result.append(OrderChange(orderId: id, change: change, baseline: before, variant: after))
        }
        return result
    }

    /// What one plan contributes to the comparison.
    private struct Figures {
        var kpis: PlanKPIs
        var emergenciesServed = 0
        var techniciansUsed = 0
        var outletLoad: [String: (orders: Int, workingTime: Int)] = [:]
        var assignments: [String: Assignment] = [:]

        init(plan: Plan, problem: Problem) {
            kpis = PlanKPIs(plan: plan, problem: problem)
            var outletOf: [String: String] = [:]
            for technician in problem.technicians { outletOf[technician.id] = technician.outlet ?? "(none)" }
            var emergencies = Set<String>()
            for order in problem.orders where order.priority == .emergency { emergencies.insert(order.id) }
            var used = Set<String>()
            for route in plan.routes where !route.isEmpty {
                used.insert(route.technicianId)
                let outlet = outletOf[route.technicianId] ?? "(none)"
                let ids = route.orderIds
                outletLoad[outlet, default: (0, 0)].orders += ids.count
                outletLoad[outlet, default: (0, 0)].workingTime += route.workingTime
                for id in ids {
                    assignments[id] = Assignment(technicianId: route.technicianId, shiftId: route.shiftId)
                    if emergencies.contains(id) { emergenciesServed += 1 }
                }
            }
            techniciansUsed = used.count
        }
    }
}
