import FieldDispatch
import FieldDispatchValidation

/// The outcome of solving one Solomon instance once: the plan's real-valued distance, its gap to
/// the reference, and whether an independent check accepts it.
struct InstanceRun: Sendable {
    /// Instance name, e.g. `R101`.
    var instance: String
    /// The instance's class, if the name has one.
    var solomonClass: SolomonClass?
    /// Seed of the solve.
    var seed: UInt64
    /// Routes that serve at least one order.
    var vehicles: Int
    /// Total Euclidean length in plane units, double precision.
    var distance: Double
    /// The reference for this instance, if `bks.csv` lists it.
    var reference: ReferenceTable.Entry?
    /// Wall-clock seconds of the solve as the solver reports them.
    var seconds: Double
    /// Search iterations the solver reports.
    var iterations: Int
    /// Why the plan is not a valid Solomon solution (unassigned orders, hard violations); empty when valid.
    var defects: [String]

    /// Whether the plan serves every order and breaks no hard rule.
    var isValid: Bool { defects.isEmpty }

    /// Gap to the reference, percent (positive = longer than the reference).
    var gap: Double? {
        guard let reference, reference.distance > 0 else { return nil }
        return (distance - reference.distance) / reference.distance * 100
    }

    /// Whether this run enters mean gaps: valid, with a reference that counts.
    var countsInMean: Bool { isValid && reference?.countsInMean == true && gap != nil }

    /// Judges a solver's plan for an instance.
    /// - Parameters:
    ///   - instance: the instance's name.
    ///   - seed: the seed it was solved with.
    ///   - problem: the instance as a problem.
    ///   - plan: the plan to judge.
    ///   - reference: the instance's reference, if any.
    ///   - seconds: solve time.
    ///   - iterations: search iterations.
    /// - Complexity: O(orders + stops), plus the validator's cost.
    init(instance: String, seed: UInt64, problem: Problem, plan: Plan, reference: ReferenceTable.Entry?,
         seconds: Double, iterations: Int) {
        self.instance = instance
        self.solomonClass = SolomonClass(instance: instance)
        self.seed = seed
        self.vehicles = plan.routes.count { !$0.isEmpty }
        self.reference = reference
        self.seconds = seconds
        self.iterations = iterations
        var defects: [String] = []
        if !plan.unassigned.isEmpty { defects.append("\(plan.unassigned.count) orders unassigned") }
        let hard = PlanValidator(problem: problem).validate(plan).filter(\.isHard)
        if let first = hard.first { defects.append("\(hard.count) hard violations, first: \(first.message)") }
        let distance = plan.planeDistance(in: problem)
        if distance == nil { defects.append("a route names an order or shift the instance lacks") }
        self.distance = distance ?? .nan
        self.defects = defects
    }
}
