import ArgumentParser
import FieldDispatchGLPK
import FieldDispatchIO
import Foundation

/// `field-dispatch surge-report`: triage a surge with GLPK, route each day, and print per outlet
/// and day the demand, capacity, orders served and deferred, technicians borrowed and emergencies served.
struct SurgeReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "surge-report",
        abstract: "Triage a storm surge over a few days (GLPK) and report demand, capacity and service per outlet and day.",
        discussion: """
            Orders are triaged to days and technician groups (outlet x skills) by a MIP that serves \
            emergencies on day 0 when a certified technician is within borrowing range, then by \
            priority and age; neighbouring outlets lend up to their limit. Each day is then routed. \
            --time-limit is the budget of the whole plan: triage takes at most half, the days' \
            routing shares the rest.
              field-dispatch generate --orders 2000 --technicians 150 --days 3 --surge 3 -o storm.json
              field-dispatch surge-report storm.json --horizon 3d --time-limit 10s
            """)

    /// A horizon given as `3d` or `3` (days).
    struct Horizon: ExpressibleByArgument, Sendable {
        /// Days in the horizon.
        var days: Int

        init(days: Int) { self.days = days }

        init?(argument: String) {
            let text = argument.trimmingCharacters(in: .whitespaces).lowercased()
            let digits = text.hasSuffix("d") ? String(text.dropLast()) : text
            guard let value = Int(digits), value >= 1, value <= 31 else { return nil }
            days = value
        }

        var defaultValueDescription: String { "\(days)d" }
    }

    @Argument(help: "Scenario file (native JSON, Solomon text or VROOM JSON).")
    var scenario: String

    @Option(name: .long, help: "Days to plan, e.g. 3d.")
    var horizon: Horizon = Horizon(days: 3)

    @Option(name: .long, help: "Budget of the whole plan, triage and routing: 10s, 500ms, 2m or seconds.")
    var timeLimit: TimeLimit = TimeLimit(seconds: 10)

    @Option(name: .long, help: "Random seed of the routing search.")
    var seed: UInt64 = 0

    @Option(name: .long, help: "Demand-to-capacity ratio reported as a surge.")
    var threshold: Double = 1.1

    /// A planner that keeps the whole plan within `budget` seconds: triage takes at most half,
    /// and the days' routing shares what triage leaves.
    static func planner(budget: Double, horizon: Int, routing: SolveOptions, threshold: Double = 1.1) -> SurgePlanner {
        SurgePlanner(triage: SurgeTriage(horizon: horizon, timeLimit: budget / 2), routing: routing, threshold: threshold, timeLimit: budget)
    }

    func validate() throws {
        if !(threshold > 0) || !threshold.isFinite { throw ValidationError("--threshold must be a positive number (got \(threshold))") }
    }

    func run() throws {
        let problem = try InputFiles.problem(at: scenario)
        let plan = Self.planner(budget: timeLimit.seconds, horizon: horizon.days, routing: SolveOptions(seed: seed), threshold: threshold)
            .plan(problem)
        print(Self.headline(plan))
        for warning in plan.warnings { print("warning: " + warning) }
        print("")
        print(Self.table(plan).render())
        let unserved = plan.deferred.filter { $0.day == nil }
        if !plan.deferred.isEmpty {
            print("")
            print("\(plan.deferred.count) order(s) not served on their first day, \(unserved.count) not within the horizon; for example:")
            for order in (unserved + plan.deferred.filter { $0.day != nil }).prefix(5) {
                let when = order.day.map { "day \($0)" } ?? "not served"
                print("  \(order.orderId) (\(when)): \(order.explanation); \(order.remedy)")
            }
        }
    }

    /// One line: the triage path, its gap, and the surge verdict.
    static func headline(_ plan: SurgePlan) -> String {
        let gap = plan.mipGap.map { String(format: "%.2f %%", $0 * 100) } ?? "unknown"
        let surging = plan.assessment.surgingRows.count
        let verdict = plan.assessment.isSurge
            ? "surge: \(surging) outlet-day(s) above \(plan.assessment.threshold)x capacity" : "no surge"
        return "triage: \(plan.path.rawValue), gap \(gap); \(verdict); \(plan.loans.reduce(0) { $0 + $1.technicianIds.count }) technician-day(s) lent"
    }

    /// Rows per outlet and day.
    static func table(_ plan: SurgePlan) -> TextTable {
        let rows = plan.perOutletDay.map { row -> [String] in
            let ratio = row.capacityHours == 0 ? (row.demandHours == 0 ? "-" : "inf") : String(format: "%.2f", row.demandHours / row.capacityHours)
            return [
                row.outlet.isEmpty ? "(none)" : row.outlet, "\(row.day)",
                String(format: "%.1f", row.demandHours), String(format: "%.1f", row.capacityHours), ratio,
                "\(row.served)", "\(row.deferred)", "\(row.borrowedTechnicians)", "\(row.emergenciesServed)",
            ]
        }
        return TextTable(
            headers: ["outlet", "day", "demand h", "capacity h", "ratio", "served", "deferred", "borrowed", "emergencies"],
            rows: rows, rightAligned: Set(1...8))
    }
}
