/// Capacity still free per technician group and day while orders are placed one by one, with
/// borrowed technicians counted per lending group, borrowing outlet and day.
///
/// A lent technician works the whole day for the borrower: their hours leave the lending
/// group's own capacity, and the borrowed orders must fit in the lent technicians' hours.
///
/// Shared by the greedy triage, the rounding of the relaxation and the repair after it, so all
/// three respect exactly the capacities of the MIP.
struct TriageLedger: Sendable {
    struct LoanKey: Hashable, Sendable {
        var group: Int
        var borrower: String
        var day: Int
    }

    let workload: SurgeWorkload
    private(set) var usedHours: [[Double]]
    private(set) var usedOrders: [[Int]]
    /// Hours of the group's own outlet's orders, per group and day.
    private(set) var ownHours: [[Double]]
    /// Technicians lent per group and day, to all borrowers.
    private(set) var lentByGroup: [[Int]]
    /// Hours of borrowed orders and technicians lent, per loan.
    private(set) var borrowedHours: [LoanKey: Double] = [:]
    private(set) var lent: [LoanKey: Int] = [:]
    /// Technicians lent per lending outlet and day.
    private(set) var lentByOutlet: [String: [Int]] = [:]
    /// Chosen (group, day) per order, `nil` while unplaced.
    private(set) var placement: [(group: Int, day: Int)?]

    private static let margin = 1e-7

    init(workload: SurgeWorkload) {
        self.workload = workload
        usedHours = workload.groups.map { _ in Array(repeating: 0, count: workload.days) }
        usedOrders = workload.groups.map { _ in Array(repeating: 0, count: workload.days) }
        ownHours = usedHours
        lentByGroup = usedOrders
        placement = Array(repeating: nil, count: workload.profiles.count)
    }

    /// Places `order` with the option's group on `day` when capacity (and a loan) allows.
    /// - Returns: whether the order was placed.
    @discardableResult
    mutating func place(_ order: Int, option: SurgeWorkload.Option, day: Int) -> Bool {
        guard placement[order] == nil else { return false }
        let g = option.group
        let group = workload.groups[g]
        let perTechnician = group.hoursPerTechnician(on: day)
        guard group.count[day] > 0, usedOrders[g][day] + 1 <= group.orderLimit[day] else { return false }
        if !option.isBorrowed {
            guard ownHours[g][day] + option.hours + perTechnician * Double(lentByGroup[g][day]) <= group.hours[day] + Self.margin
            else { return false }
            ownHours[g][day] += option.hours
        } else {
            let key = LoanKey(group: g, borrower: workload.profiles[order].outlet, day: day)
            let hours = borrowedHours[key, default: 0] + option.hours
            var technicians = lent[key, default: 0]
            var extra = 0
            while Double(technicians + extra) * perTechnician + Self.margin < hours {
                guard canLend(from: group.outlet, group: g, day: day, more: extra + 1),
                    ownHours[g][day] + perTechnician * Double(lentByGroup[g][day] + extra + 1) <= group.hours[day] + Self.margin
                else { return false }
                extra += 1
            }
            technicians += extra
            if extra > 0 {
                lent[key] = technicians
                lentByGroup[g][day] += extra
                lentByOutlet[group.outlet, default: Array(repeating: 0, count: workload.days)][day] += extra
            }
            borrowedHours[key] = hours
        }
        usedHours[g][day] += option.hours
        usedOrders[g][day] += 1
        placement[order] = (g, day)
        return true
    }

    /// Places `order` on the first day from `days` and the first of its options that has room,
    /// own outlet first, then the group with most free hours.
    /// - Returns: whether the order was placed.
    @discardableResult
    mutating func placeAnywhere(_ order: Int, days: some Sequence<Int>) -> Bool {
        for day in days {
            let options = workload.profiles[order].options.sorted { a, b in
                if a.isBorrowed != b.isBorrowed { return !a.isBorrowed }
                let freeA = workload.groups[a.group].hours[day] - usedHours[a.group][day]
                let freeB = workload.groups[b.group].hours[day] - usedHours[b.group][day]
                return freeA != freeB ? freeA > freeB : a.group < b.group
            }
            for option in options where place(order, option: option, day: day) { return true }
        }
        return false
    }

    /// Free hours of a group on a day.
    func freeHours(_ group: Int, on day: Int) -> Double { workload.groups[group].hours[day] - usedHours[group][day] }

    /// Technicians a group lends to a borrowing outlet on a day.
    func technicians(lentBy group: Int, to borrower: String, on day: Int) -> Int {
        lent[LoanKey(group: group, borrower: borrower, day: day)] ?? 0
    }

    private func canLend(from outlet: String, group: Int, day: Int, more: Int) -> Bool {
        let outletTotal = lentByOutlet[outlet]?[day] ?? 0
        guard outletTotal + more <= workload.maxLent(by: outlet) else { return false }
        return lentByGroup[group][day] + more <= workload.groups[group].count[day]
    }
}
