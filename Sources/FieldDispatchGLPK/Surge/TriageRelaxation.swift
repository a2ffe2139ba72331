/// The scale path of surge triage: orders alike in outlet, first day, certified groups, priority,
/// age (whole days) and SLA day are merged into classes, the LP relaxation over class counts is
/// solved, and its values are rounded into a ledger, whole parts first, then the largest
/// fractions, each within capacities.
///
/// The model's size depends on the number of classes, not orders, so a network of tens of
/// thousands of orders still gives a relaxation GLPK solves in seconds. With `integralLoans` the
/// technicians lent stay whole numbers (a small MIP): rounding then never has to lend a whole
/// technician for a fraction the relaxation spread over several neighbours.
struct TriageRelaxation: Sendable {
    struct OrderClass: Sendable {
        /// Members, best value first.
        var members: [Int]
        var options: [SurgeWorkload.Option]
        var firstDay: Int
        var outlet: String
    }

    struct Entry: Sendable {
        var orderClass: Int
        var option: Int
        var day: Int
        var variable: MIPVariable
    }

    let classes: [OrderClass]
    private(set) var model = MIPModel(sense: .maximise)
    private(set) var entries: [Entry] = []

    /// Builds the classes and the relaxation.
    /// - Complexity: O(n log n + c·g·d) for n orders and c classes.
    init(workload: SurgeWorkload, problem: Problem, base: [Double], ageDays: [Int], integralLoans: Bool, value: (Int, Int) -> Double) {
        var indexByKey: [String: Int] = [:]
        var classes: [OrderClass] = []
        for (o, profile) in workload.profiles.enumerated() where profile.firstDay < workload.days && !profile.options.isEmpty {
            let order = problem.orders[o]
            let age = ageDays[o]
            let sla = order.slaDeadline.map { workload.calendar.day(of: $0) } ?? Int.min
            let groups = profile.options.map { String($0.group) }.joined(separator: ",")
            let key = "\(profile.outlet)|\(profile.firstDay)|\(groups)|\(order.priority.rawValue)|\(age)|\(sla)"
            if let known = indexByKey[key] {
                classes[known].members.append(o)
            } else {
                indexByKey[key] = classes.count
                classes.append(OrderClass(members: [o], options: profile.options, firstDay: profile.firstDay, outlet: profile.outlet))
            }
        }
        for c in classes.indices {
            classes[c].members.sort { base[$0] != base[$1] ? base[$0] > base[$1] : $0 < $1 }
        }
        self.classes = classes
        build(workload: workload, integralLoans: integralLoans, value: value)
    }

    private mutating func build(workload: SurgeWorkload, integralLoans: Bool, value: (Int, Int) -> Double) {
        let days = workload.days
        var capacityTerms = workload.groups.map { _ in Array(repeating: [(MIPVariable, Double)](), count: days) }
        var countTerms = capacityTerms
        var loanTerms: [TriageLedger.LoanKey: [(MIPVariable, Double)]] = [:]
        var loanOrder: [TriageLedger.LoanKey] = []
        for (c, orderClass) in classes.enumerated() {
            let size = Double(orderClass.members.count)
            var row: [(MIPVariable, Double)] = []
            for day in orderClass.firstDay..<days {
                let worth = orderClass.members.reduce(0) { $0 + value($1, day) } / size
                for (k, option) in orderClass.options.enumerated() where workload.groups[option.group].count[day] > 0 {
                    let hours = orderClass.members.reduce(0) { $0 + workload.profiles[$1].options[k].hours } / size
                    let x = model.addVariable(lowerBound: 0, upperBound: size, objective: worth)
                    entries.append(Entry(orderClass: c, option: k, day: day, variable: x))
                    row.append((x, 1))
                    countTerms[option.group][day].append((x, 1))
                    if option.isBorrowed {
                        let key = TriageLedger.LoanKey(group: option.group, borrower: orderClass.outlet, day: day)
                        if loanTerms[key] == nil { loanOrder.append(key) }
                        loanTerms[key, default: []].append((x, hours))
                    } else {
                        capacityTerms[option.group][day].append((x, hours))
                    }
                }
            }
            if !row.isEmpty { model.addConstraint(row, .lessOrEqual, size) }
        }
        var byLender: [String: [[(MIPVariable, Double)]]] = [:]
        for key in loanOrder {
            let group = workload.groups[key.group]
            let perTechnician = group.hoursPerTechnician(on: key.day)
            let z = model.addVariable(lowerBound: 0, upperBound: Double(group.count[key.day]), kind: integralLoans ? .integer : .continuous)
            model.addConstraint((loanTerms[key] ?? []) + [(z, -perTechnician)], .lessOrEqual, 0)
            capacityTerms[key.group][key.day].append((z, perTechnician))
            byLender[group.outlet, default: Array(repeating: [], count: days)][key.day].append((z, 1))
        }
        for lender in byLender.keys.sorted() {
            for terms in byLender[lender] ?? [] where !terms.isEmpty {
                model.addConstraint(terms, .lessOrEqual, Double(workload.maxLent(by: lender)))
            }
        }
        for (g, group) in workload.groups.enumerated() {
            for day in 0..<days where !countTerms[g][day].isEmpty {
                model.addConstraint(capacityTerms[g][day], .lessOrEqual, group.hours[day])
                model.addConstraint(countTerms[g][day], .lessOrEqual, Double(group.orderLimit[day]))
            }
        }
    }

    /// Rounds a relaxation solution into `ledger`: whole parts of every class count first, most
    /// valuable classes first (best members first), then one order for each fractional part,
    /// largest first.
    /// - Complexity: O(e log e + n) for e entries.
    func round(_ solution: MIPSolution, into ledger: inout TriageLedger) {
        var next = Array(repeating: 0, count: classes.count)
        var fractions: [(entry: Entry, fraction: Double)] = []
        let ordered = entries.sorted { a, b in
            let (va, vb) = (model.objectiveCoefficient(of: a.variable), model.objectiveCoefficient(of: b.variable))
            return va != vb ? va > vb : a.variable < b.variable
        }
        for entry in ordered {
            let amount = solution.value(entry.variable)
            guard amount > 1e-6 else { continue }
            var whole = Int((amount + 1e-6).rounded(.down))
            while whole > 0 && next[entry.orderClass] < classes[entry.orderClass].members.count {
                place(entry, &next, &ledger)
                whole -= 1
            }
            let fraction = amount - (amount + 1e-6).rounded(.down)
            if fraction > 1e-6 { fractions.append((entry, fraction)) }
        }
        for (entry, _) in fractions.sorted(by: { $0.fraction != $1.fraction ? $0.fraction > $1.fraction : $0.entry.variable < $1.entry.variable })
        where next[entry.orderClass] < classes[entry.orderClass].members.count {
            place(entry, &next, &ledger)
        }
    }

    /// Places the class's next unplaced member with the entry's group and day; a member that no
    /// longer fits is skipped (the repair places it later).
    private func place(_ entry: Entry, _ next: inout [Int], _ ledger: inout TriageLedger) {
        let orderClass = classes[entry.orderClass]
        let o = orderClass.members[next[entry.orderClass]]
        next[entry.orderClass] += 1
        ledger.place(o, option: ledger.workload.profiles[o].options[entry.option], day: entry.day)
    }
}
