import FieldDispatch
import FieldDispatchValidation

/// One solve of one instance with one setting: its score, and whether an independent check accepts it.
struct SettingRun: Sendable {
    /// The figure compared: gap to the reference in percent when there is one, else the objective's cost.
    var score: Double
    /// The plan's objective.
    var objective: ObjectiveValue
    /// Orders left unserved.
    var unassigned: Int
    /// Search iterations.
    var iterations: Int
    /// Recombinations run and those that gave a new best.
    var recombinations: (calls: Int, improvements: Int)
    /// Wall-clock seconds spent recombining.
    var recombinationSeconds: Double
    /// Hard violations the validator finds.
    var violations: Int

    /// Whether the validator accepts the plan.
    var isValid: Bool { violations == 0 }

    /// Judges a solve.
    /// - Parameters:
    ///   - report: the solve.
    ///   - problem: the problem solved.
    ///   - reference: the reference distance of a Solomon instance, if any.
    init(_ report: SolveReport, problem: Problem, reference: Double?) {
        objective = report.objective
        unassigned = report.plan.unassigned.count
        iterations = report.iterations
        recombinations = (report.recombinations, report.recombinationImprovements)
        recombinationSeconds = report.recombinationSeconds
        violations = PlanValidator(problem: problem).validate(report.plan).filter(\.isHard).count
        if let reference, reference > 0 {
            let distance = report.plan.planeDistance(in: problem)
            score = (distance - reference) / reference * 100 + (report.plan.unassigned.isEmpty ? 0 : 1_000)
        } else {
            score = Double(report.objective.cost)
        }
    }
}

extension Plan {
    /// Total Euclidean length in the problem's plane units, double precision (start, orders, end).
    func planeDistance(in problem: Problem) -> Double {
        var locations: [String: Location] = [:]
        for order in problem.orders { locations[order.id] = order.location }
        var total = 0.0
        for route in routes {
            guard let technician = problem.technician(withId: route.technicianId),
                  let shift = technician.shifts.first(where: { $0.id == route.shiftId }) else { continue }
            var points = [shift.startLocation]
            points += route.orderIds.compactMap { locations[$0] }
            if let end = shift.endLocation { points.append(end) }
            for (from, to) in zip(points, points.dropFirst()) {
                total += ((from.x - to.x) * (from.x - to.x) + (from.y - to.y) * (from.y - to.y)).squareRoot()
            }
        }
        return total
    }
}
