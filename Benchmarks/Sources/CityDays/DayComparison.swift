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
    }

    /// The comparison as a table followed by the saving, for a terminal.
    func render() -> String {
        let textColumns = ["method", "validator"].compactMap { PlanFigures.headers.firstIndex(of: $0) }
        let table = TextTable(headers: PlanFigures.headers, rows: [baseline.cells, solver.cells],
                              rightAligned: Set(PlanFigures.headers.indices).subtracting(textColumns))
        return [name, table.render(indent: "  "), "  " + saving()].joined(separator: "\n")
    }

    /// What the solver gains over the baseline: orders, on-time rate, travel and overtime.
    func saving() -> String {
        let ours = solver.kpis, theirs = baseline.kpis
        let travelTime = Self.relative(ours.travelDuration, theirs.travelDuration)
        let distance = Self.relative(ours.travelDistance, theirs.travelDistance)
        return "saving: \(ours.assignedOrders - theirs.assignedOrders) more orders assigned, on time "
            + String(format: "%+.1f", (ours.onTimeRate - theirs.onTimeRate) * 100) + " points, travel time "
            + travelTime + ", distance " + distance + ", overtime "
            + "\((theirs.overtime - ours.overtime) / 60) min less"
    }

    /// Percentage saved going from `baseline` to `value` (positive = less).
    private static func relative(_ value: Int, _ baseline: Int) -> String {
        guard baseline > 0 else { return "-" }
        return String(format: "%.1f %% less", Double(baseline - value) / Double(baseline) * 100)
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
    }
}
