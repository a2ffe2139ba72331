import Foundation
import FieldDispatch
import FieldDispatchValidation

/// What a dispatcher compares two plans of the same day by, with the validator's verdict.
struct PlanFigures: Sendable {
    /// How the plan was made, e.g. `solver` or `nearest certified`.
    var method: String
    /// The plan's service figures.
    var kpis: PlanKPIs
    /// Hard rules the plan breaks, as the validator judges them.
    var hardViolations: [Violation]
    /// Soft rules the plan breaks (SLA misses).
    var softViolations: Int
    /// Seconds spent making the plan.
    var seconds: Double

    /// Judges a plan.
    /// - Parameters:
    ///   - method: how the plan was made.
    ///   - plan: the plan.
    ///   - problem: the day it plans.
    ///   - seconds: time taken to make it.
    /// - Complexity: the validator's cost plus O(orders + stops).
    init(method: String, plan: Plan, problem: Problem, seconds: Double) {
        self.method = method
        self.kpis = PlanKPIs(plan: plan, problem: problem)
        let violations = PlanValidator(problem: problem).validate(plan)
        self.hardViolations = violations.filter(\.isHard)
        self.softViolations = violations.count { !$0.isHard }
        self.seconds = seconds
    }

    /// Whether the validator accepts the plan.
    var isValid: Bool { hardViolations.isEmpty }

    /// Table cells: method, assigned, emergencies, on time, travel, distance, overtime, violations, seconds.
    var cells: [String] {
        [
            method,
            "\(kpis.assignedOrders)/\(kpis.totalOrders)",
            Self.percent(kpis.emergencyServiceRate),
            Self.percent(kpis.onTimeRate),
            Self.fixed(Double(kpis.travelDuration) / 3600, 1),
            Self.fixed(Double(kpis.travelDistance) / 1000, 1),
            String(kpis.overtime / 60),
            Self.percent(kpis.utilisation),
            isValid ? "valid" : "INVALID (\(hardViolations.count))",
            String(softViolations),
            Self.fixed(seconds, 2),
        ]
    }

    /// Headers matching ``cells``.
    static let headers = [
        "method", "assigned", "emergencies", "on time", "travel h", "travel km", "overtime min", "utilisation",
        "validator", "soft", "seconds",
    ]

    static func percent(_ rate: Double) -> String { fixed(rate * 100, 1) + " %" }

    static func fixed(_ value: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", value) }
}
