/// Says why an order was not served on its first possible day, and what would change it.
///
/// The remedy for capacity shortfalls comes from the pushed-away demand per technician group and
/// day: the hours of all orders deferred from a group's day are the extra technician-hours of
/// that group's skills that would have served them.
struct DeferralExplainer: Sendable {
    let problem: Problem
    let workload: SurgeWorkload
    let ledger: TriageLedger
    /// The engine's reason for orders triaged to a day that no route took.
    let engineReasons: [Int: UnassignedOrder]
    private var shortfall: [Int: (hours: Double, orders: Int)] = [:]

    /// Prepares explanations for the orders in `deferred` (indices into the problem's orders).
    /// - Complexity: O(d·g) for d deferred orders and g groups.
    init(problem: Problem, workload: SurgeWorkload, ledger: TriageLedger, engineReasons: [Int: UnassignedOrder], deferred: [Int]) {
        self.problem = problem
        self.workload = workload
        self.ledger = ledger
        self.engineReasons = engineReasons
        for o in deferred {
            guard let option = homeOption(of: o) else { continue }
            let key = option.group * workload.days + workload.profiles[o].firstDay
            let previous = shortfall[key] ?? (0, 0)
            shortfall[key] = (previous.hours + option.hours, previous.orders + 1)
        }
    }

    /// The explanation and remedy for a deferred order.
    func explain(_ o: Int) -> (explanation: String, remedy: String) {
        let order = problem.orders[o]
        let profile = workload.profiles[o]
        let day = profile.firstDay
        let outlet = profile.outlet.isEmpty ? "the network" : "outlet \(profile.outlet)"
        let needs = order.requiredSkills.map { "\($0.skill) \($0.minimumLevel)" }.joined(separator: ", ")
        let skills = needs.isEmpty ? "no particular skill" : needs
        if profile.options.isEmpty {
            if !profile.isCertifiedAnywhere {
                return ("no technician in the network holds \(skills) with the tools needed",
                        "a technician holding \(skills) in \(outlet)")
            }
            return ("no certified technician (\(skills)) within borrowing range of \(outlet)",
                    "a neighbour of \(outlet) with certified technicians lending to it, or a technician holding \(skills) in \(outlet)")
        }
        guard let home = homeOption(of: o) else {
            return ("no certified technician within borrowing range of \(outlet) works on day \(day)",
                    "a shift on day \(day) for a technician holding \(skills) in \(outlet)")
        }
        let remedy = shortfallRemedy(home, day: day)
        if let placed = ledger.placement[o], placed.day == day, let reason = engineReasons[o] {
            let detail = reason.detail.isEmpty ? "" : " (\(reason.detail))"
            return ("triaged to day \(day) but no route took it: \(reason.reason.summary)\(detail)", remedy)
        }
        let priority = order.priority == .emergency ? "other emergencies" : "higher-priority or older work"
        let group = workload.groups[home.group]
        let lender = group.outlet == profile.outlet ? outlet : "\(outlet) and its neighbours"
        return ("the hours of \(lender)'s certified technicians (\(group.skillSummary)) on day \(day) were taken by \(priority)",
                remedy)
    }

    /// The group an order would most naturally go to on its first day: its own outlet's first,
    /// then a neighbour's.
    private func homeOption(of o: Int) -> SurgeWorkload.Option? {
        let profile = workload.profiles[o]
        let working = profile.options.filter { workload.groups[$0.group].count[profile.firstDay] > 0 }
        return working.first { !$0.isBorrowed } ?? working.first
    }

    private func shortfallRemedy(_ option: SurgeWorkload.Option, day: Int) -> String {
        let group = workload.groups[option.group]
        let pushed = shortfall[option.group * workload.days + day] ?? (option.hours, 1)
        let hours = (pushed.hours * 10).rounded(.up) / 10
        let outlet = group.outlet.isEmpty ? "the network" : "outlet \(group.outlet)"
        return "about \(hours) more technician-hours of \(group.skillSummary) in \(outlet) on day \(day)"
            + " would serve the \(pushed.orders) order\(pushed.orders == 1 ? "" : "s") pushed from it"
    }
}
