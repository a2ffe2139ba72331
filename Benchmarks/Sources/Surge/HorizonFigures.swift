import FieldDispatch
import FieldDispatchValidation
import Foundation

/// The figures of one planned surge horizon: emergencies and priority-weighted service on day 0,
/// lateness in days, travel, run time, and the validator's verdict on every day plan.
struct HorizonFigures: Sendable {
    var method: String
    var seconds: Double
    var path = "-"
    var gap: Double?
    var notes: [String] = []
    var servedDayZero = 0
    var dayZeroDue = 0
    var reachableEmergenciesServed = 0
    var reachableEmergencies = 0
    var emergenciesServed = 0
    var emergencies = 0
    var weightedServiceDayZero = 0.0
    var servedInHorizon = 0
    var requests = 0
    var meanDaysLate = 0.0
    var travelHours = 0.0
    var travelKm = 0.0
    var hardViolations = 0

    /// Judges the day plans of a horizon.
    /// - Complexity: the validator's cost per day, plus O(stops).
    init(method: String, days: [(Problem, Plan)], horizon: SurgeHorizon, seconds: Double) {
        self.method = method
        self.seconds = seconds
        var index: [String: Int] = [:]
        for (o, order) in horizon.problem.orders.enumerated() { index[order.id] = o }
        var servedOn = [Int?](repeating: nil, count: horizon.problem.orders.count)
        for (day, (problem, plan)) in days.enumerated() {
            for route in plan.routes { for id in route.orderIds { if let o = index[id], servedOn[o] == nil { servedOn[o] = day } } }
            let kpis = PlanKPIs(plan: plan, problem: problem)
            travelHours += Double(kpis.travelDuration) / 3600
            travelKm += Double(kpis.travelDistance) / 1000
            hardViolations += PlanValidator(problem: problem).validate(plan).count(where: \.isHard)
        }
        let orders = horizon.problem.orders
        requests = orders.count
        var weightDue = 0.0, weightServed = 0.0, late = 0
        for o in orders.indices {
            if let day = servedOn[o] {
                servedInHorizon += 1
                late += day - horizon.firstDay[o]
            }
            guard horizon.firstDay[o] == 0 else { continue }
            dayZeroDue += 1
            let weight = Double(orders[o].priority.unservedWeight)
            weightDue += weight
            if servedOn[o] == 0 {
                servedDayZero += 1
                weightServed += weight
            }
        }
        weightedServiceDayZero = weightDue > 0 ? weightServed / weightDue : 1
        meanDaysLate = servedInHorizon > 0 ? Double(late) / Double(servedInHorizon) : 0
        emergencies = horizon.emergencies.count
        emergenciesServed = horizon.emergencies.count { servedOn[$0] == 0 }
        reachableEmergencies = horizon.reachableEmergencies.count
        reachableEmergenciesServed = horizon.reachableEmergencies.count { servedOn[$0] == 0 }
    }

    static let headers = ["method", "emergencies day 0 (in reach)", "served day 0", "weighted day 0", "served in 3 days",
                          "mean days late", "travel h", "travel km", "seconds", "triage path", "gap", "validator"]

    var cells: [String] {
        [
            method,
            "\(reachableEmergenciesServed)/\(reachableEmergencies)" + (emergencies == reachableEmergencies ? "" : " (all: \(emergenciesServed)/\(emergencies))"),
            "\(servedDayZero)/\(dayZeroDue)",
            String(format: "%.1f %%", weightedServiceDayZero * 100),
            "\(servedInHorizon)/\(requests)",
            String(format: "%.2f", meanDaysLate),
            String(format: "%.0f", travelHours),
            String(format: "%.0f", travelKm),
            String(format: "%.1f", seconds),
            path,
            gap.map { String(format: "%.2f %%", $0 * 100) } ?? "-",
            hardViolations == 0 ? "valid" : "\(hardViolations) hard violations",
        ]
    }

    /// The rows as a Markdown table.
    static func table(_ rows: [HorizonFigures]) -> String {
        let lines = [headers] + [headers.map { _ in "---" }] + rows.map(\.cells)
        return lines.map { "| " + $0.joined(separator: " | ") + " |" }.joined(separator: "\n")
    }
}
