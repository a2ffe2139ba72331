import FieldDispatch
import FieldDispatchValidation
import Foundation

/// One generated day replayed under one policy, with the figures of its plan after the last event.
struct PolicyDay {
    /// How orders are placed during the day.
    enum Policy: String, CaseIterable {
        /// The dispatcher as built: cheapest promise-keeping insertion and repairs.
        case live
        /// The dispatcher plus a from-scratch engine search of the movable part after every event.
        case resolve = "re-solve"
        /// Each order to the end of the nearest certified route that still fits it.
        case nearest = "nearest technician"
    }

    var seed: UInt64
    var policy: Policy
    /// Orders the solver's plan served at the start of the day, of those planned then.
    var plannedAtStart: String
    var served: Int
    var unserved: Int
    var onTimeRate: Double
    var travelHours: Double
    var meanDecisionMillis: Double
    var hardViolations: Int

    /// Replays `events` on `plan` under `policy`.
    static func replay(problem: Problem, plan: Plan, events: [DispatchEvent], policy: Policy,
                       resolveSeconds: Double, seed: UInt64) async -> PolicyDay {
        let options = DispatchOptions(policy: policy == .nearest ? .nearestTechnician : .cheapestInsertion)
        let dispatcher = Dispatcher(problem: problem, plan: plan, options: options)
        let timer = ContinuousClock()
        var spent = Swift.Duration.zero
        var decisions = 0
        for event in events {
            if let time = event.time { _ = await dispatcher.advanceClock(to: time) }
            let start = timer.now
            _ = await dispatcher.handle(event)
            if policy == .resolve && event.kindName != "clockAdvanced" {
                _ = await dispatcher.reoptimize(until: resolveSeconds)
            }
            spent += timer.now - start
            decisions += 1
        }
        let live = await dispatcher.problem
        let final = await dispatcher.plan
        let kpis = PlanKPIs(plan: final, problem: live)
        let hard = PlanValidator(problem: live).validate(final).filter(\.isHard)
        let (seconds, attoseconds) = spent.components
        let millis = (Double(seconds) * 1e3 + Double(attoseconds) / 1e15) / Double(max(1, decisions))
        let start = "\(plan.assignedOrderIds.count)/\(problem.orders.count)"
        return PolicyDay(seed: seed, policy: policy, plannedAtStart: start, served: kpis.assignedOrders, unserved: kpis.totalOrders - kpis.assignedOrders,
                         onTimeRate: kpis.onTimeRate, travelHours: Double(kpis.travelDuration) / 3600,
                         meanDecisionMillis: millis, hardViolations: hard.count)
    }

    var markdownRow: String {
        "| \(seed) | \(plannedAtStart) | \(policy.rawValue) | \(served) | \(unserved) | \(String(format: "%.1f %%", onTimeRate * 100)) | "
            + "\(String(format: "%.1f", travelHours)) | \(String(format: "%.2f", meanDecisionMillis)) | \(hardViolations == 0 ? "yes" : "no (\(hardViolations))") |"
    }

    /// The mean over days of one policy, as a Markdown row.
    static func meanRow(_ days: [PolicyDay], policy: Policy) -> String {
        let n = Double(max(1, days.count))
        func mean(_ value: (PolicyDay) -> Double) -> Double { days.map(value).reduce(0, +) / n }
        return "| \(days.count) days | | \(policy.rawValue) | \(String(format: "%.1f", mean { Double($0.served) })) | "
            + "\(String(format: "%.1f", mean { Double($0.unserved) })) | \(String(format: "%.1f %%", mean(\.onTimeRate) * 100)) | "
            + "\(String(format: "%.1f", mean(\.travelHours))) | \(String(format: "%.2f", mean(\.meanDecisionMillis))) | "
            + "\(days.allSatisfy { $0.hardViolations == 0 } ? "all" : "not all") |"
    }
}
