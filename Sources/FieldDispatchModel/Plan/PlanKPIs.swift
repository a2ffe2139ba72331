/// The figures a service network is judged on, for a plan and its problem.
///
/// Computed from the plan's own schedule; it trusts the plan's times (use the validator to judge them).
public struct PlanKPIs: Hashable, Sendable {
    /// Figures of one route.
    public struct RouteFigures: Hashable, Sendable {
        /// The technician.
        public var technicianId: String
        /// The shift.
        public var shiftId: String
        /// Orders served.
        public var orders: Int
        /// Driving time, seconds.
        public var travelDuration: Int
        /// Driving distance, metres.
        public var travelDistance: Int
        /// Departure to arrival at the end, seconds.
        public var workingTime: Int
        /// Seconds past the shift's regular end.
        public var overtime: Int
        /// Visits started inside their window and SLA.
        public var onTimeVisits: Int
        /// Working time over the regular shift length (0…1+).
        public var utilisation: Double
    }

    /// Per route figures, in plan order.
    public var routes: [RouteFigures]
    /// Orders in the problem.
    public var totalOrders: Int
    /// Orders served.
    public var assignedOrders: Int
    /// Served visits started inside their windows and SLA deadline, over all served visits (1 when none).
    public var onTimeRate: Double
    /// Total driving time, seconds.
    public var travelDuration: Int
    /// Total driving distance, metres.
    public var travelDistance: Int
    /// Total working time, seconds.
    public var workingTime: Int
    /// Total overtime, seconds.
    public var overtime: Int
    /// Total lateness past soft windows, seconds.
    public var lateness: Int
    /// Working time over the regular length of all shifts of technicians with a route (0…1+).
    public var utilisation: Double
    /// Fewest orders on a technician (over all technicians with a shift, idle ones included).
    public var minOrdersPerTechnician: Int
    /// Mean orders per technician.
    public var meanOrdersPerTechnician: Double
    /// Most orders on a technician.
    public var maxOrdersPerTechnician: Int
    /// Emergencies served over emergencies in the problem (1 when none).
    public var emergencyServiceRate: Double
    /// Unassigned count by priority (all priorities present, highest first).
    public var unassignedByPriority: [(priority: Priority, count: Int)]
    /// Unassigned count by reason (only reasons that occur, in declaration order).
    public var unassignedByReason: [(reason: UnassignedReason, count: Int)]

    /// Computes the figures of `plan` for `problem`.
    /// - Complexity: O(orders + stops).
    public init(plan: Plan, problem: Problem) {
        var ordersById: [String: ServiceOrder] = [:]
        for order in problem.orders { ordersById[order.id] = order }
        var shiftsByKey: [String: Shift] = [:]
        for technician in problem.technicians {
            for shift in technician.shifts { shiftsByKey[technician.id + "\u{1F}" + shift.id] = shift }
        }
        var figures: [RouteFigures] = []
        var ordersByTechnician: [String: Int] = [:]
        var onTime = 0, served = 0, lateness = 0, emergenciesServed = 0
        var regularTime = 0
        for route in plan.routes {
            let shift = shiftsByKey[route.technicianId + "\u{1F}" + route.shiftId]
            var routeOnTime = 0, routeOrders = 0
            for stop in route.stops {
                guard let id = stop.orderId else { continue }
                routeOrders += 1
                lateness += stop.lateness
                let order = ordersById[id]
                if order?.priority == .emergency { emergenciesServed += 1 }
                if Self.isOnTime(stop, order: order) { routeOnTime += 1 }
            }
            let regular = shift.map { max(1, $0.end - $0.start) } ?? max(1, route.workingTime)
            regularTime += regular
            let overtime = shift.map { max(0, route.arrivalAtEnd - $0.end) } ?? 0
            figures.append(RouteFigures(
                technicianId: route.technicianId, shiftId: route.shiftId, orders: routeOrders,
                travelDuration: route.travelDuration, travelDistance: route.travelDistance,
                workingTime: route.workingTime, overtime: overtime, onTimeVisits: routeOnTime,
                utilisation: Double(route.workingTime) / Double(regular)))
            ordersByTechnician[route.technicianId, default: 0] += routeOrders
            onTime += routeOnTime
            served += routeOrders
        }
        let counts = problem.technicians.filter { !$0.shifts.isEmpty }.map { ordersByTechnician[$0.id] ?? 0 }
        let emergencies = problem.orders.count { $0.priority == .emergency }
        routes = figures
        totalOrders = problem.orders.count
        assignedOrders = served
        onTimeRate = served == 0 ? 1 : Double(onTime) / Double(served)
        travelDuration = figures.reduce(0) { $0 + $1.travelDuration }
        travelDistance = figures.reduce(0) { $0 + $1.travelDistance }
        workingTime = figures.reduce(0) { $0 + $1.workingTime }
        overtime = figures.reduce(0) { $0 + $1.overtime }
        self.lateness = lateness
        utilisation = regularTime == 0 ? 0 : Double(workingTime) / Double(regularTime)
        minOrdersPerTechnician = counts.min() ?? 0
        maxOrdersPerTechnician = counts.max() ?? 0
        meanOrdersPerTechnician = counts.isEmpty ? 0 : Double(counts.reduce(0, +)) / Double(counts.count)
        emergencyServiceRate = emergencies == 0 ? 1 : Double(emergenciesServed) / Double(emergencies)
        var byPriority: [Priority: Int] = [:]
        var byReason: [UnassignedReason: Int] = [:]
        for entry in plan.unassigned {
            byReason[entry.reason, default: 0] += 1
            if let order = ordersById[entry.orderId] { byPriority[order.priority, default: 0] += 1 }
        }
        unassignedByPriority = Priority.allCases.sorted(by: >).map { ($0, byPriority[$0] ?? 0) }
        unassignedByReason = UnassignedReason.allCases.compactMap { reason in byReason[reason].map { (reason, $0) } }
    }

    /// Whether a visit started inside one of the order's windows (soft lateness counts as late)
    /// and by its SLA deadline.
    static func isOnTime(_ stop: Stop, order: ServiceOrder?) -> Bool {
        guard let order else { return false }
        if stop.lateness > 0 { return false }
        if let sla = order.slaDeadline, stop.start > sla { return false }
        return order.timeWindows.isEmpty || order.timeWindows.contains { $0.contains(stop.start) }
    }

    public static func == (lhs: PlanKPIs, rhs: PlanKPIs) -> Bool {
        lhs.routes == rhs.routes && lhs.totalOrders == rhs.totalOrders && lhs.assignedOrders == rhs.assignedOrders
            && lhs.onTimeRate == rhs.onTimeRate && lhs.travelDuration == rhs.travelDuration
            && lhs.travelDistance == rhs.travelDistance && lhs.workingTime == rhs.workingTime
            && lhs.overtime == rhs.overtime && lhs.lateness == rhs.lateness
            && lhs.unassignedByPriority.map(\.count) == rhs.unassignedByPriority.map(\.count)
            && lhs.unassignedByReason.map(\.reason) == rhs.unassignedByReason.map(\.reason)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(routes)
        hasher.combine(assignedOrders)
        hasher.combine(travelDistance)
    }
}
