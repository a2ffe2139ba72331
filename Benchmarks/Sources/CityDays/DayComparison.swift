import Foundation
import FieldDispatch
import FieldDispatchIO

/// One generated service day planned twice, by the solver and by the nearest-certified-technician
/// rule dispatchers often use by hand, with both plans validated.
struct DayComparison: Sendable {
    /// The day's name, e.g. `city-300x25`.
    var name: String
    /// The solver's plan.
    var solver: PlanFigures
    /// The greedy baseline's plan.
    var baseline: PlanFigures
    /// Ruin-and-recreate iterations the solver ran.
    var iterations: Int
    /// Why the solver stopped.
    var stopReason: StopReason

    /// Generates a day and plans it both ways.
    /// - Parameters:
    ///   - generator: the scenario settings.
    ///   - seed: seeds both the scenario and the solver.
    ///   - timeLimit: the solver's budget, seconds.
    ///   - threads: the solver's search threads.
    /// - Complexity: the solver's budget plus the baseline's and validator's costs.
    init(generator: ScenarioGenerator, seed: UInt64, timeLimit: Double, threads: Int) {
        var rng = SplitMix64(seed: seed)
        let problem = generator.generate(using: &rng)
        name = problem.name
        let engine = Solver(problem: problem)
        let clock = ContinuousClock()
        var start = clock.now
        let greedy = engine.nearestCertifiedTechnicianPlan()
        baseline = PlanFigures(method: "nearest certified", plan: greedy, problem: problem,
                               seconds: Self.seconds(start.duration(to: clock.now)))
        start = clock.now
        let report = engine.solve(options: SolveOptions(timeLimit: timeLimit, seed: seed, threads: threads))
        solver = PlanFigures(method: "solver", plan: report.plan, problem: problem,
                             seconds: Self.seconds(start.duration(to: clock.now)))
        iterations = report.iterations
        stopReason = report.stopReason
    }

    /// The comparison as a table, the solver's gains and its search figures, for a terminal.
    func render() -> String {
        let textColumns = ["method", "validator"].compactMap { PlanFigures.headers.firstIndex(of: $0) }
        let table = TextTable(headers: PlanFigures.headers, rows: [baseline.cells, solver.cells],
                              rightAligned: Set(PlanFigures.headers.indices).subtracting(textColumns))
        let search = "solver: \(iterations) iterations, stopped by \(stopReason.rawValue)"
        return [name, table.render(indent: "  "), "  " + saving(), "  " + search].joined(separator: "\n")
    }

    /// The solver against the baseline: orders, on-time rate, travel (total and per order) and overtime.
    func saving() -> String {
        let ours = solver.kpis, theirs = baseline.kpis
        let perOrder = { (kpis: PlanKPIs) in Double(kpis.travelDuration) / Double(max(1, kpis.assignedOrders)) }
        return "solver vs nearest certified: "
            + String(format: "%+ld orders assigned, on time %+.1f points, ", ours.assignedOrders - theirs.assignedOrders,
                     (ours.onTimeRate - theirs.onTimeRate) * 100)
            + "travel time " + Self.change(Double(ours.travelDuration), Double(theirs.travelDuration))
            + ", distance " + Self.change(Double(ours.travelDistance), Double(theirs.travelDistance))
            + ", travel per order " + Self.change(perOrder(ours), perOrder(theirs))
            + String(format: ", overtime %+ld min", (ours.overtime - theirs.overtime) / 60)
    }

    /// Relative change from `baseline` to `value`, percent (negative = the solver needs less).
    private static func change(_ value: Double, _ baseline: Double) -> String {
        guard baseline > 0 else { return "-" }
        return String(format: "%+.1f %%", (value - baseline) / baseline * 100)
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
    }
}
