/// Plans a surge horizon: triages orders to days and technician groups with GLPK, then routes
/// each day with the engine, moving orders no route took to the next day.
///
/// Orders are routed per outlet region with the technicians triage gave it (its own minus those
/// lent out, plus those borrowed), so borrowing never exceeds ``Outlet/maxLentTechnicians``.
public struct SurgePlanner: Sendable {
    /// The triage settings, horizon included.
    public var triage: SurgeTriage
    /// Engine settings for each day; its time limit is the budget of one whole day.
    public var routing: SolveOptions
    /// Demand-to-capacity ratio reported as a surge in the plan's assessment.
    public var threshold: Double
    /// Wall-clock budget of the whole plan, seconds; `nil` gives each day `routing.timeLimit`.
    ///
    /// With a budget, routing gets whatever triage leaves: each day takes the time still left in
    /// proportion to its orders among those still to route, so a triage that ends early and a
    /// light later day both hand their time to the days that need it.
    public var timeLimit: Double?

    /// Creates a planner.
    /// - Parameters:
    ///   - triage: triage settings (horizon, GLPK budget).
    ///   - routing: engine settings; `timeLimit` is spent per day.
    ///   - threshold: surge threshold for the assessment.
    ///   - timeLimit: budget of the whole plan (workload, triage and every day's routing); `nil` for none.
    public init(triage: SurgeTriage = SurgeTriage(), routing: SolveOptions = SolveOptions(timeLimit: 10), threshold: Double = 1.1,
                timeLimit: Double? = nil) {
        self.triage = triage
        self.routing = routing
        self.threshold = threshold
        self.timeLimit = timeLimit
    }

    /// Plans a problem over the triage horizon.
    /// - Parameter problem: the scenario, with shifts on the horizon's days.
    /// - Returns: routes per day, deferred orders with explanations, and counts per outlet and day.
    /// - Complexity: triage (GLPK within its limit) plus one engine solve per day within `routing.timeLimit`,
    ///   or all of it within ``timeLimit`` when set (give or take building each region's instance).
    public func plan(_ problem: Problem) -> SurgePlan {
        let clock = ContinuousClock()
        let deadline = timeLimit.map { clock.now + .milliseconds(Int(max(0, $0) * 1000)) }
        var lap = clock.now
        var timings = SurgeTimings()
        let elapsed = { () -> Double in
            let now = clock.now
            defer { lap = now }
            let duration = lap.duration(to: now)
            return duration.seconds
        }
        let workload = SurgeWorkload(problem: problem, days: triage.horizon)
        let days = workload.days
        let assessment = SurgeDetector(horizon: days, threshold: threshold).assess(workload)
        timings.workload = elapsed()
        let decision = triage.triage(workload, problem: problem)
        timings.triage = elapsed()
        var technicianIndex: [String: Int] = [:]
        for (t, technician) in problem.technicians.enumerated() { technicianIndex[technician.id] = t }
        var borrowerOf = Array(repeating: [Int: String](), count: days)
        for loan in decision.loans {
            for id in loan.technicianIds { if let t = technicianIndex[id] { borrowerOf[loan.day][t] = loan.borrower } }
        }
        var router = SurgeDayRouter(problem: problem, workload: workload, options: routing, borrowerOf: borrowerOf)
        var triaged = Array(repeating: 0, count: days)
        for placed in decision.ledger.placement { if let placed { triaged[placed.day] += 1 } }
        var servedDay = [Int?](repeating: nil, count: problem.orders.count)
        var engineReasons: [Int: UnassignedOrder] = [:]
        var carried: [Int] = []
        var dayPlans: [DayPlan] = []
        let plannedDay = Self.pairsAligned(problem, decision.ledger.placement.map { $0?.day })
        for day in 0..<days {
            let todays = problem.orders.indices.filter { plannedDay[$0] == day } + carried
            if let deadline {
                let later = triaged[(day + 1)...].reduce(0, +)
                let left = clock.now.duration(to: deadline)
                router.options.timeLimit = max(0, left.seconds) * Double(todays.count) / Double(max(1, todays.count + later))
            }
            let outcome = router.route(day: day, orders: todays)
            carried = []
            for o in todays {
                if let reason = outcome.unserved[o] {
                    engineReasons[o] = reason
                    carried.append(o)
                } else {
                    servedDay[o] = day
                }
            }
            dayPlans.append(outcome.dayPlan)
            timings.routing.append(elapsed())
        }
        let deferred = deferredOrders(problem, workload, decision, servedDay, engineReasons)
        let perOutletDay = outcomes(problem, workload, assessment, decision, servedDay)
        timings.explanation = elapsed()
        return SurgePlan(
            days: dayPlans, deferred: deferred, path: decision.path, mipGap: decision.mipGap, warnings: decision.warnings,
            perOutletDay: perOutletDay, loans: decision.loans, assessment: assessment, timings: timings)
    }

    /// Triage's day for each order, with a pair's delivery moved to its pick-up's day: triage
    /// weighs orders one by one, but a pick-up and its delivery are served on one shift.
    /// - Complexity: O(orders).
    static func pairsAligned(_ problem: Problem, _ days: [Int?]) -> [Int?] {
        guard problem.orders.contains(where: { $0.pickupOrderId != nil }) else { return days }
        var indexOfId: [String: Int] = [:]
        for (o, order) in problem.orders.enumerated() { indexOfId[order.id] = o }
        var aligned = days
        for (o, order) in problem.orders.enumerated() {
            if let pickup = order.pickupOrderId.flatMap({ indexOfId[$0] }) { aligned[o] = days[pickup] }
        }
        return aligned
    }

    private func deferredOrders(_ problem: Problem, _ workload: SurgeWorkload, _ decision: TriageDecision,
                                _ servedDay: [Int?], _ engineReasons: [Int: UnassignedOrder]) -> [DeferredOrder] {
        let late = problem.orders.indices.filter { workload.profiles[$0].firstDay < workload.days && servedDay[$0] != workload.profiles[$0].firstDay }
        let explainer = DeferralExplainer(problem: problem, workload: workload, ledger: decision.ledger,
                                          engineReasons: engineReasons, deferred: late)
        var result: [DeferredOrder] = []
        for o in problem.orders.indices {
            let firstDay = workload.profiles[o].firstDay
            if firstDay >= workload.days {
                result.append(DeferredOrder(
                    orderId: problem.orders[o].id, day: nil,
                    explanation: "its first window is on day \(firstDay), beyond the \(workload.days)-day horizon",
                    remedy: "a horizon of \(firstDay + 1) days"))
            } else if servedDay[o] != firstDay {
                let (explanation, remedy) = explainer.explain(o)
                result.append(DeferredOrder(orderId: problem.orders[o].id, day: servedDay[o], explanation: explanation, remedy: remedy))
            }
        }
        return result
    }

    private func outcomes(_ problem: Problem, _ workload: SurgeWorkload, _ assessment: SurgeAssessment,
                          _ decision: TriageDecision, _ servedDay: [Int?]) -> [OutletDayOutcome] {
        var rows: [OutletDayOutcome] = []
        for row in assessment.rows {
            var served = 0, deferred = 0, emergencies = 0
            for (o, profile) in workload.profiles.enumerated() where profile.outlet == row.outlet {
                if servedDay[o] == row.day {
                    served += 1
                    if profile.priority == .emergency { emergencies += 1 }
                }
                if profile.firstDay == row.day && servedDay[o] != row.day { deferred += 1 }
            }
            let borrowed = decision.loans.filter { $0.borrower == row.outlet && $0.day == row.day }.reduce(0) { $0 + $1.technicianIds.count }
            rows.append(OutletDayOutcome(
                outlet: row.outlet, day: row.day, demandHours: row.demandHours, capacityHours: row.capacityHours,
                served: served, deferred: deferred, borrowedTechnicians: borrowed, emergenciesServed: emergencies))
        }
        return rows
    }
}
