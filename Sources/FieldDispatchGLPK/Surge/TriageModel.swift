/// The surge triage MIP: binary x[order, group, day] worth the order's priority- and age-weighted
/// value on that day, integer z[group, borrower, day] technicians lent, under group capacities
/// (hours and order counts), borrowed-hours coupling and the lenders' daily limits.
///
/// A lent technician works the whole day for the borrower, so the lending group's own orders must
/// fit in the hours of the members it keeps.
struct TriageModel: Sendable {
    struct Assignment: Sendable {
        var order: Int
        var option: SurgeWorkload.Option
        var day: Int
        var variable: MIPVariable
    }

    private(set) var model = MIPModel(sense: .maximise)
    private(set) var assignments: [Assignment] = []
    private(set) var loans: [(key: TriageLedger.LoanKey, variable: MIPVariable)] = []
    /// Emergencies that must be served on day 0.
    private(set) var forced: [Int] = []

    /// Counts the x variables a model would have, to choose the path before building it.
    /// - Complexity: O(n·g·d).
    static func assignmentCount(_ workload: SurgeWorkload) -> Int {
        workload.profiles.reduce(0) { total, profile in
            total + profile.options.reduce(0) { sum, option in
                sum + (profile.firstDay..<max(profile.firstDay, workload.days)).count { workload.groups[option.group].count[$0] > 0 }
            }
        }
    }

    /// Builds the model.
    /// - Parameters:
    ///   - workload: groups and order profiles.
    ///   - value: an order's worth when served on a day.
    ///   - forcesEmergencies: whether reachable emergencies due on day 0 must be served on day 0.
    /// - Complexity: O(n·g·d) variables and terms.
    init(workload: SurgeWorkload, value: (Int, Int) -> Double, forcesEmergencies: Bool) {
        let days = workload.days
        var capacityTerms = workload.groups.map { _ in Array(repeating: [(MIPVariable, Double)](), count: days) }
        var countTerms = capacityTerms
        var loanTerms: [TriageLedger.LoanKey: [(MIPVariable, Double)]] = [:]
        var loanOrder: [TriageLedger.LoanKey] = []
        for (o, profile) in workload.profiles.enumerated() where profile.firstDay < days {
            let reachableToday = profile.firstDay == 0 && profile.options.contains { workload.groups[$0.group].count[0] > 0 }
            let isForced = forcesEmergencies && reachableToday && SurgeTriage.isEmergency(profile)
            if isForced { forced.append(o) }
            var row: [(MIPVariable, Double)] = []
            for day in profile.firstDay..<(isForced ? 1 : days) {
                for option in profile.options where workload.groups[option.group].count[day] > 0 {
                    let x = model.addVariable(kind: .binary, objective: value(o, day))
                    assignments.append(Assignment(order: o, option: option, day: day, variable: x))
                    row.append((x, 1))
                    if !option.isBorrowed { capacityTerms[option.group][day].append((x, option.hours)) }
                    countTerms[option.group][day].append((x, 1))
                    if option.isBorrowed {
                        let key = TriageLedger.LoanKey(group: option.group, borrower: profile.outlet, day: day)
                        if loanTerms[key] == nil { loanOrder.append(key) }
                        loanTerms[key, default: []].append((x, option.hours))
                    }
                }
            }
            guard !row.isEmpty else { continue }
            model.addConstraint(row, isForced ? .equal : .lessOrEqual, 1)
        }
        var byLender: [String: [[(MIPVariable, Double)]]] = [:]
        var byGroupDay: [Int: [(MIPVariable, Double)]] = [:]
        for key in loanOrder {
            let group = workload.groups[key.group]
            let perTechnician = group.hoursPerTechnician(on: key.day)
            let z = model.addVariable(lowerBound: 0, upperBound: Double(group.count[key.day]), kind: .integer)
            loans.append((key, z))
            model.addConstraint((loanTerms[key] ?? []) + [(z, -perTechnician)], .lessOrEqual, 0)
            capacityTerms[key.group][key.day].append((z, perTechnician))
            byLender[group.outlet, default: Array(repeating: [], count: days)][key.day].append((z, 1))
            byGroupDay[key.group * days + key.day, default: []].append((z, 1))
        }
        for (g, group) in workload.groups.enumerated() {
            for day in 0..<days where !countTerms[g][day].isEmpty {
                model.addConstraint(capacityTerms[g][day], .lessOrEqual, group.hours[day])
                model.addConstraint(countTerms[g][day], .lessOrEqual, Double(group.orderLimit[day]))
            }
        }
        for lender in byLender.keys.sorted() {
            for terms in byLender[lender] ?? [] where !terms.isEmpty {
                model.addConstraint(terms, .lessOrEqual, Double(workload.maxLent(by: lender)))
            }
        }
        for key in byGroupDay.keys.sorted() {
            model.addConstraint(byGroupDay[key] ?? [], .lessOrEqual, Double(workload.groups[key / days].count[key % days]))
        }
    }

    /// The MIP values of a ledger's placements and loans, to start GLPK from.
    func values(of ledger: TriageLedger) -> [Double] {
        var values = Array(repeating: 0.0, count: model.variableCount)
        for assignment in assignments {
            if let placed = ledger.placement[assignment.order], placed.group == assignment.option.group, placed.day == assignment.day {
                values[assignment.variable.index] = 1
            }
        }
        for (key, z) in loans { values[z.index] = Double(ledger.technicians(lentBy: key.group, to: key.borrower, on: key.day)) }
        return values
    }
}
