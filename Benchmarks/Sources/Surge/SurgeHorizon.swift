import FieldDispatch

/// What the figures of a surge horizon are measured against: each request's first possible day,
/// and the emergencies a certified technician can reach on day 0 (own outlet, or a neighbour
/// that lends).
struct SurgeHorizon: Sendable {
    let problem: Problem
    let days: Int
    /// First day of each request: the day of its earliest window, day 0 without windows.
    let firstDay: [Int]
    /// Emergency requests, by index.
    let emergencies: [Int]
    /// Emergencies due on day 0 that a certified technician working on day 0 may take.
    let reachableEmergencies: Set<Int>

    init(problem: Problem, days: Int) {
        self.problem = problem
        self.days = days
        firstDay = problem.orders.map { order in order.timeWindows.map(\.start).min().map { max(0, $0 / 86_400) } ?? 0 }
        emergencies = problem.orders.indices.filter { problem.orders[$0].priority == .emergency }
        var outlets: [String: Outlet] = [:]
        for outlet in problem.outlets { outlets[outlet.id] = outlet }
        let dayZero = problem.technicians.filter { $0.shifts.contains { $0.start < 86_400 } }
        var reachable = Set<Int>()
        for o in emergencies where firstDay[o] == 0 {
            let order = problem.orders[o]
            let inReach = dayZero.contains { technician in
                guard technician.isCertified(for: order) else { return false }
                guard let home = order.outlet, let own = technician.outlet, own != home else { return true }
                return (outlets[home]?.neighbours.contains(own) ?? false) && (outlets[own]?.maxLentTechnicians ?? 0) > 0
            }
            if inReach { reachable.insert(o) }
        }
        reachableEmergencies = reachable
    }

    /// Requests per first day.
    var firstDayCounts: [Int] {
        (0..<days).map { day in firstDay.count { $0 == day } }
    }
}
