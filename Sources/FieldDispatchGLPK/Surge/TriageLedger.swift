/// Capacity still free per technician group and day while orders are placed one by one, with
/// borrowed technicians counted per lending group, borrowing outlet and day.
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
        placement = Array(repeating: nil, count: workload.profiles.count)
    }

    /// Places `order` with the option's group on `day` when capacity (and a loan) allows.
    /// - Returns: whether the order was placed.
    @discardableResult
    mutating func place(_ order: Int, option: SurgeWorkload.Option, day: Int) -> Bool {
        guard placement[order] == nil else { return false }
        let g = option.group
        let group = workload.groups[g]
        guard group.count[day] > 0,
            usedHours[g][day] + option.hours <= group.hours[day] + Self.margin,
            usedOrders[g][day] + 1 <= group.orderLimit[day]
        else { return false }
        if option.isBorrowed {
            let key = LoanKey(group: g, borrower: workload.profiles[order].outlet, day: day)
            let perTechnician = group.hoursPerTechnician(on: day)
            let hours = borrowedHours[key, default: 0] + option.hours
            var technicians = lent[key, default: 0]
            while Double(technicians) * perTechnician + Self.margin < hours {
                guard canLend(from: group.outlet, group: g, day: day) else { return false }
                technicians += 1
                lent[key] = technicians
                lentByOutlet[group.outlet, default: Array(repeating: 0, count: workload.days)][day] += 1
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

    private func canLend(from outlet: String, group: Int, day: Int) -> Bool {
        let outletTotal = lentByOutlet[outlet]?[day] ?? 0
        guard outletTotal < workload.maxLent(by: outlet) else { return false }
        let groupTotal = lent.reduce(0) { $0 + ($1.key.group == group && $1.key.day == day ? $1.value : 0) }
        return groupTotal < workload.groups[group].count[day]
    }
}
