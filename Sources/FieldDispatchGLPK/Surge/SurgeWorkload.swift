/// The triage view of a problem: technician groups with hours per day, and for every order its
/// first possible day, estimated travel, and the groups that may serve it.
struct SurgeWorkload: Sendable {
    /// One group an order may go to, and the hours it would take there (service + travel).
    struct Option: Sendable {
        var group: Int
        var hours: Double
        /// Whether the group belongs to another outlet than the order's.
        var isBorrowed: Bool
    }

    /// What triage needs to know about one order.
    struct OrderProfile: Sendable {
        var outlet: String
        var priority: Priority
        var firstDay: Int
        var travelHours: Double
        /// Service hours at the order's base duration plus travel: its demand on the outlet.
        var demandHours: Double
        var options: [Option]
        /// Whether any group in the network holds the skills, within borrowing range or not.
        var isCertifiedAnywhere: Bool
    }

    let calendar: SurgeCalendar
    let days: Int
    let groups: [TechnicianGroup]
    let profiles: [OrderProfile]
    /// Outlet ids in order of first appearance in outlets, technicians, then orders.
    let outletIds: [String]
    let outletsById: [String: Outlet]
    /// Whether both orders and technicians name outlets; otherwise the network is one region.
    let usesOutlets: Bool

    /// Builds the view for a horizon of `days` days.
    /// - Complexity: O(n·s + n·g) for n orders, g groups and a travel sample of s orders per outlet and day.
    init(problem: Problem, days: Int, nearest: Int = 3, sampleLimit: Int = 300) {
        calendar = SurgeCalendar(problem: problem)
        self.days = max(1, days)
        var outletsById: [String: Outlet] = [:]
        for outlet in problem.outlets { outletsById[outlet.id] = outlet }
        self.outletsById = outletsById
        let usesOutlets = problem.technicians.contains { $0.outlet != nil } && problem.orders.contains { $0.outlet != nil }
        self.usesOutlets = usesOutlets
        var ids: [String] = []
        var seen: Set<String> = []
        let candidates = usesOutlets
            ? problem.outlets.map(\.id) + problem.technicians.map { $0.outlet ?? "" } + problem.orders.map { $0.outlet ?? "" } : [""]
        for id in candidates where seen.insert(id).inserted { ids.append(id) }
        outletIds = ids
        groups = Self.makeGroups(problem: problem, calendar: calendar, days: self.days, usesOutlets: usesOutlets)
        let travel = TravelEstimator(problem: problem, calendar: calendar, nearest: nearest, sampleLimit: sampleLimit).hours()
        let depotTools = Set(problem.depots.flatMap(\.tools))
        var profiles: [OrderProfile] = []
        profiles.reserveCapacity(problem.orders.count)
        for (index, order) in problem.orders.enumerated() {
            let outlet = usesOutlets ? order.outlet ?? "" : ""
            var options: [Option] = []
            var certified = false
            for (g, group) in groups.enumerated() where Self.holds(order, group: group, problem: problem, depotTools: depotTools) {
                certified = true
                guard Self.mayBorrow(from: group.outlet, for: outlet, outlets: outletsById) else { continue }
                let service = Double(order.serviceDuration(by: group.skills)) / 3600
                options.append(Option(group: g, hours: service + travel[index],
                                      isBorrowed: group.outlet != outlet))
            }
            profiles.append(OrderProfile(
                outlet: outlet, priority: order.priority, firstDay: calendar.firstDay(of: order), travelHours: travel[index],
                demandHours: Double(order.serviceDuration) / 3600 + travel[index], options: options,
                isCertifiedAnywhere: certified))
        }
        self.profiles = profiles
    }

    /// Whether technicians of `lender` may take orders of `borrower`: same outlet, or a listed
    /// neighbour that lends at all. Orders and technicians without an outlet form their own region.
    static func mayBorrow(from lender: String, for borrower: String, outlets: [String: Outlet]) -> Bool {
        if lender == borrower { return true }
        if lender.isEmpty || borrower.isEmpty { return false }
        guard let home = outlets[borrower], home.neighbours.contains(lender) else { return false }
        return (outlets[lender]?.maxLentTechnicians ?? 0) > 0
    }

    /// Most technicians `outlet` lends on one day.
    func maxLent(by outlet: String) -> Int { outletsById[outlet]?.maxLentTechnicians ?? 0 }

    private static func holds(_ order: ServiceOrder, group: TechnicianGroup, problem: Problem, depotTools: Set<String>) -> Bool {
        guard order.requiredSkills.allSatisfy({ need in group.skills.contains { $0.skill == need.skill && $0.level >= need.minimumLevel } })
        else { return false }
        guard order.requiredTools.allSatisfy({ group.tools.contains($0) || depotTools.contains($0) }) else { return false }
        if order.requiredTechnicians.isEmpty && order.excludedTechnicians.isEmpty { return true }
        return group.members.contains { problem.technicians[$0].isCertified(for: order) }
    }

    /// The region of a technician: its outlet, or the empty string.
    func region(of technician: Technician) -> String { usesOutlets ? technician.outlet ?? "" : "" }

    private static func makeGroups(problem: Problem, calendar: SurgeCalendar, days: Int, usesOutlets: Bool) -> [TechnicianGroup] {
        var groups: [TechnicianGroup] = []
        var indexByKey: [String: Int] = [:]
        for (t, technician) in problem.technicians.enumerated() {
            let outlet = usesOutlets ? technician.outlet ?? "" : ""
            let key = outlet + "#" + TechnicianGroup.key(of: technician)
            let g: Int
            if let known = indexByKey[key] {
                g = known
            } else {
                g = groups.count
                indexByKey[key] = g
                groups.append(TechnicianGroup(
                    outlet: outlet, skills: technician.skills.sorted { $0.skill < $1.skill },
                    tools: technician.tools.sorted(), days: days))
            }
            groups[g].members.append(t)
            var counted = Set<Int>()
            for shift in technician.shifts {
                let day = calendar.day(of: shift.start)
                guard day >= 0 && day < days else { continue }
                groups[g].hours[day] += TechnicianGroup.workingHours(of: shift, for: technician)
                groups[g].orderLimit[day] += technician.maxOrdersPerShift ?? 1_000
                if counted.insert(day).inserted { groups[g].count[day] += 1 }
            }
        }
        return groups
    }
}
