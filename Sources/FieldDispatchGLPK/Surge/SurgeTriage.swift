import Foundation

/// Decides which orders are served on which day of a short horizon, by which technician group,
/// and how many technicians neighbouring outlets lend, by solving a MIP with GLPK.
///
/// Each order's value is its priority weight (emergency 1000, urgent 100, normal 10, low 1) plus
/// ``ageWeightPerDay`` per day since it was received, reduced by ``delayDiscountPerDay`` per day
/// of delay and ``slaLatenessPerDay`` per day past its SLA deadline. Reachable emergencies due
/// today are forced onto day 0. When the model has more than ``maxExactVariables`` assignment
/// variables, the LP relaxation is rounded instead; when GLPK gives nothing usable in time,
/// orders are placed greedily by value. Every GLPK call gets what is left of ``timeLimit``, so
/// triage ends within it (give or take the step GLPK is in, see ``MIPSolver``).
public struct SurgeTriage: Sendable {
    /// Days in the horizon, day 0 being the day of the earliest shift.
    public var horizon: Int
    /// GLPK's time budget, seconds, for all its solves together.
    public var timeLimit: Double
    /// Relative gap at which the MIP search stops.
    public var relativeGap: Double
    /// Largest number of assignment variables solved as a MIP; larger models take the relaxation path.
    public var maxExactVariables: Int
    /// Value added per day since an order was received.
    public var ageWeightPerDay: Double
    /// Share of an order's value lost per day of delay.
    public var delayDiscountPerDay: Double
    /// Share of an order's value lost per day past its SLA deadline.
    public var slaLatenessPerDay: Double

    /// Creates a triage.
    /// - Parameters:
    ///   - horizon: days planned (at least 1).
    ///   - timeLimit: GLPK budget in seconds.
    ///   - maxExactVariables: assignment variables above which the relaxation is rounded instead.
    public init(horizon: Int = 3, timeLimit: Double = 10, maxExactVariables: Int = 20_000) {
        self.horizon = max(1, horizon)
        self.timeLimit = timeLimit
        self.relativeGap = 0.005
        self.maxExactVariables = maxExactVariables
        ageWeightPerDay = 2
        delayDiscountPerDay = 0.05
        slaLatenessPerDay = 0.25
    }

    /// Triages a problem.
    /// - Parameter problem: the scenario, with shifts on the horizon's days.
    /// - Returns: the day and group of every placed order, loans, path, gap and warnings.
    /// - Complexity: O(n·g·d) to build the model, plus GLPK within ``timeLimit``.
    public func triage(_ problem: Problem) -> TriageDecision {
        triage(SurgeWorkload(problem: problem, days: horizon), problem: problem)
    }

    func triage(_ workload: SurgeWorkload, problem: Problem) -> TriageDecision {
        let deadline = ContinuousClock.now + .seconds(max(0, timeLimit))
        let base = problem.orders.map { baseValue(of: $0, calendar: workload.calendar) }
        let value: (Int, Int) -> Double = { o, day in
            let order = problem.orders[o]
            let share = 1 - delayDiscountPerDay * Double(day) - slaLatenessPerDay * Double(workload.calendar.daysLate(order, on: day))
            return base[o] * max(0.1, share)
        }
        let ranking = workload.profiles.indices.sorted { base[$0] != base[$1] ? base[$0] > base[$1] : problem.orders[$0].id < problem.orders[$1].id }
        var greedy = TriageLedger(workload: workload)
        for o in ranking { greedy.placeAnywhere(o, days: workload.profiles[o].firstDay..<workload.days) }
        var warnings: [String] = []
        let variables = TriageModel.assignmentCount(workload)
        guard variables <= maxExactVariables else {
            warnings.append("the MIP would have \(variables) assignment variables (limit \(maxExactVariables)): rounding its relaxation")
            let ages = problem.orders.map { Int(ageInDays(of: $0, calendar: workload.calendar)) }
            let relaxation = TriageRelaxation(workload: workload, problem: problem, base: base, ageDays: ages, integralLoans: false, value: value)
            let bound = MIPSolver(timeLimit: secondsLeft(until: deadline), relativeGap: relativeGap).solveRelaxation(relaxation.model)
            guard let lp = bound.solution else {
                warnings.append(Self.fallbackWarning(bound, timeLimit: timeLimit))
                return decision(greedy, workload, .heuristicFallback, nil, value, warnings, problem)
            }
            // The LP bounds every placement: a greedy already within the gap needs no rounding, and
            // the time the loan MIP would take goes to routing instead.
            let greedyValue = total(greedy, value)
            if greedyValue >= lp.objective * (1 - relativeGap) {
                let gap = max(0, lp.objective - greedyValue) / max(1, abs(lp.objective))
                warnings.append(String(format: "the greedy placement is within %.2f %% of the relaxation's bound: kept without rounding", gap * 100))
                return decision(greedy, workload, .relaxationRounding, gap, value, warnings, problem)
            }
            // Whole lent technicians make the rounding lose far less; the plain relaxation is the fallback.
            let loans = TriageRelaxation(workload: workload, problem: problem, base: base, ageDays: ages, integralLoans: true, value: value)
            let refined = MIPSolver(timeLimit: secondsLeft(until: deadline), relativeGap: relativeGap).solve(loans.model)
            var ledger = TriageLedger(workload: workload)
            if let solution = refined.solution {
                loans.round(solution, into: &ledger)
            } else {
                warnings.append("no whole number of lent technicians found in time: the plain relaxation was rounded")
                relaxation.round(lp, into: &ledger)
            }
            for o in ranking { ledger.placeAnywhere(o, days: workload.profiles[o].firstDay..<workload.days) }
            var kept = ledger
            if total(ledger, value) < total(greedy, value) {
                warnings.append("the greedy placement beat the rounded relaxation and was kept")
                kept = greedy
            }
            let gap = max(0, lp.objective - total(kept, value)) / max(1, abs(lp.objective))
            return decision(kept, workload, .relaxationRounding, gap, value, warnings, problem)
        }
        var built = TriageModel(workload: workload, value: value, forcesEmergencies: true)
        var start = built.values(of: greedy)
        if !built.model.violations(of: start).isEmpty {
            // The greedy places emergencies first, so missing ones almost surely lack capacity; their
            // weight still puts them ahead of everything else.
            let missing = built.forced.count { greedy.placement[$0]?.day != 0 }
            warnings.append("\(missing) of \(built.forced.count) reachable emergencies do not fit on day 0: not forced, they keep the highest value")
            built = TriageModel(workload: workload, value: value, forcesEmergencies: false)
            start = built.values(of: greedy)
        }
        let outcome = MIPSolver(timeLimit: secondsLeft(until: deadline), relativeGap: relativeGap).solve(built.model, startingFrom: start)
        guard let solution = outcome.solution else {
            warnings.append(Self.fallbackWarning(outcome, timeLimit: timeLimit))
            return decision(greedy, workload, .heuristicFallback, nil, value, warnings, problem)
        }
        let gap: Double = if case .feasible(_, let g) = outcome { g } else { 0 }
        guard gap.isFinite else {
            warnings.append("GLPK reached the time limit of \(timeLimit) s before improving on the greedy start: orders placed greedily by priority and age")
            return decision(greedy, workload, .heuristicFallback, nil, value, warnings, problem)
        }
        var ledger = TriageLedger(workload: workload)
        for a in built.assignments where solution.value(a.variable) > 0.5 { ledger.place(a.order, option: a.option, day: a.day) }
        // Rounding noise in GLPK's values could leave an order out; the greedy puts it back if it fits.
        for o in ranking { ledger.placeAnywhere(o, days: workload.profiles[o].firstDay..<workload.days) }
        return decision(ledger, workload, .exactMIP, gap, value, warnings, problem)
    }

    private static func fallbackWarning(_ outcome: MIPOutcome, timeLimit: Double) -> String {
        let what = switch outcome {
        case .infeasible: "GLPK found the triage model infeasible"
        case .timedOut: "GLPK reached the time limit of \(timeLimit) s without a solution"
        case .failed(let message): "GLPK failed (\(message))"
        case .optimal, .feasible: "GLPK returned no values"
        }
        return what + ": orders placed greedily by priority and age"
    }

    /// Days since an order was received, at the start of day 0; 0 when unknown.
    func ageInDays(of order: ServiceOrder, calendar: SurgeCalendar) -> Double {
        order.receivedAt.map { Double(max(0, calendar.dayZeroStart - $0)) / 86_400 } ?? 0
    }

    /// An order's value before delay: priority weight plus age at the start of day 0.
    func baseValue(of order: ServiceOrder, calendar: SurgeCalendar) -> Double {
        Double(order.priority.unservedWeight) + ageWeightPerDay * ageInDays(of: order, calendar: calendar)
    }

    static func isEmergency(_ profile: SurgeWorkload.OrderProfile) -> Bool { profile.priority == .emergency }

    private func total(_ ledger: TriageLedger, _ value: (Int, Int) -> Double) -> Double {
        ledger.placement.enumerated().reduce(0) { sum, entry in sum + (entry.element.map { value(entry.offset, $0.day) } ?? 0) }
    }

    private func secondsLeft(until deadline: ContinuousClock.Instant) -> Double {
        let left = deadline - ContinuousClock.now
        return max(0, left.seconds)
    }

    private func decision(_ ledger: TriageLedger, _ workload: SurgeWorkload, _ path: TriagePath, _ gap: Double?,
                          _ value: (Int, Int) -> Double, _ warnings: [String], _ problem: Problem) -> TriageDecision {
        TriageDecision(ledger: ledger, workload: workload, problem: problem, path: path, mipGap: gap,
                       value: total(ledger, value), warnings: warnings)
    }
}
