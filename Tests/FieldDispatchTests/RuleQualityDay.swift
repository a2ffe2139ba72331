@testable import FieldDispatch
import FieldDispatchTestSupport

/// Generated days that stress one rule family each, and the comparison of the solver's plan
/// with the nearest-certified-technician plan a dispatcher would make by hand.
struct RuleQualityDay {
    var builder = ProblemBuilder(secondsPerUnit: 60)
    var random: SplitMix64

    /// A day on a 30 × 30 plane (one unit a minute) drawn from `seed`.
    init(seed: UInt64) {
        random = SplitMix64(seed: seed)
    }

    /// A random point of the plane.
    mutating func point() -> Location {
        .plane(Double(random.nextInt(below: 31)), Double(random.nextInt(below: 31)))
    }

    /// Adds `count` technicians, each configured by `configure(index, &technician)`.
    mutating func technicians(_ count: Int, skills: (Int) -> [SkillLevel] = { _ in [] },
                              configure: (Int, inout Technician) -> Void = { _, _ in }) {
        for t in 0..<count {
            let home = point()
            builder.addTechnician("T\(t)", at: home, skills: skills(t)) { technician in
                technician.maxOrdersPerShift = 14
                configure(t, &technician)
            }
        }
    }

    /// Adds `count` orders of 20 to 50 minutes, each configured by `configure(index, &order)`.
    mutating func orders(_ count: Int, _ configure: (Int, inout ServiceOrder) -> Void = { _, _ in }) {
        for i in 0..<count {
            let location = point()
            let minutes = 20 + 10 * random.nextInt(below: 4)
            builder.addOrder("O\(i)", at: location, duration: .minutes(minutes)) { order in configure(i, &order) }
        }
    }

    /// A random two-hour window between 08:00 and 16:00, starting on the half hour.
    mutating func twoHourWindow(latenessCostPerHour: Int? = nil) -> TimeWindow {
        let start = Int.hours(8) + .minutes(30) * random.nextInt(below: 13)
        return TimeWindow(start: start, end: start + .hours(2), latenessCostPerHour: latenessCostPerHour)
    }
}

/// The solver's plan and the hand-dispatch plan of one problem, both validated by the caller.
struct RuleQualityOutcome {
    let problem: Problem
    let solved: Plan
    let greedy: Plan
    let solvedObjective: ObjectiveValue
    let greedyObjective: ObjectiveValue

    /// Solves `problem` with a fixed iteration budget (deterministic) and plans it by hand.
    init(_ problem: Problem, iterations: Int = 300) {
        self.problem = problem
        let solver = Solver(problem: problem)
        let report = solver.solve(options: SolveOptions(timeLimit: 60, seed: 1, maxIterations: iterations))
        solved = report.plan
        solvedObjective = report.objective
        greedy = solver.nearestCertifiedTechnicianPlan()
        greedyObjective = solver.objective(of: greedy)
    }

    var solvedKPIs: PlanKPIs { PlanKPIs(plan: solved, problem: problem) }
    var greedyKPIs: PlanKPIs { PlanKPIs(plan: greedy, problem: problem) }

    /// Solver cost over greedy cost, for plans that serve the same orders.
    var costRatio: Double { Double(solvedObjective.cost) / Double(max(1, greedyObjective.cost)) }
}
