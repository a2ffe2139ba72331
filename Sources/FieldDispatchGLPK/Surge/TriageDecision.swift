/// What surge triage decided: the day and technician group of every order it could place, the
/// technicians lent between outlets, and how the decision was reached.
public struct TriageDecision: Sendable {
    /// The day each order was triaged to, by order id; orders left out have no entry.
    public var dayByOrder: [String: Int]
    /// Technicians lent between outlets per day.
    public var loans: [TechnicianLoan]
    /// Which method produced the decision.
    public var path: TriagePath
    /// Relative gap to the MIP (or LP) bound; 0 when optimal, `nil` when no bound is known.
    public var mipGap: Double?
    /// Priority- and age-weighted value of the placed orders.
    public var value: Double
    /// Why a path was left or a rule relaxed, in plain words.
    public var warnings: [String]

    let workload: SurgeWorkload
    let ledger: TriageLedger
}

extension TriageDecision {
    /// Names the placed orders' days and picks the lent technicians: for each loan, the group's
    /// members working that day and not yet lent elsewhere, in problem order.
    init(ledger: TriageLedger, workload: SurgeWorkload, problem: Problem, path: TriagePath, mipGap: Double?,
         value: Double, warnings: [String]) {
        var days: [String: Int] = [:]
        for (o, placed) in ledger.placement.enumerated() {
            if let placed { days[problem.orders[o].id] = placed.day }
        }
        let keys = ledger.lent.filter { $0.value > 0 }.keys.sorted { a, b in
            (a.day, a.group, a.borrower) < (b.day, b.group, b.borrower)
        }
        var taken = Set<[Int]>()
        var loans: [TechnicianLoan] = []
        for key in keys {
            let wanted = ledger.technicians(lentBy: key.group, to: key.borrower, on: key.day)
            var chosen: [String] = []
            for t in workload.groups[key.group].members where chosen.count < wanted {
                let technician = problem.technicians[t]
                guard technician.shifts.contains(where: { workload.calendar.day(of: $0.start) == key.day }),
                    taken.insert([t, key.day]).inserted
                else { continue }
                chosen.append(technician.id)
            }
            loans.append(TechnicianLoan(lender: workload.groups[key.group].outlet, borrower: key.borrower, day: key.day,
                                        technicianIds: chosen))
        }
        self.init(dayByOrder: days, loans: loans, path: path, mipGap: mipGap, value: value, warnings: warnings,
                  workload: workload, ledger: ledger)
    }
}
