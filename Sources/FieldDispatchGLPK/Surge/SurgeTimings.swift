import Foundation

/// Where the wall-clock time of a surge plan went: building the triage view, GLPK triage,
/// routing each day, and explaining the deferrals.
public struct SurgeTimings: Sendable, Equatable {
    /// Seconds to build the workload (groups, travel estimates, options) and assess the surge.
    public var workload: Double
    /// Seconds of triage, GLPK and the greedy repair included.
    public var triage: Double
    /// Seconds of routing per day, day 0 first.
    public var routing: [Double]
    /// Seconds to explain the deferred orders and count the outcomes.
    public var explanation: Double

    /// Creates timings.
    public init(workload: Double = 0, triage: Double = 0, routing: [Double] = [], explanation: Double = 0) {
        self.workload = workload
        self.triage = triage
        self.routing = routing
        self.explanation = explanation
    }

    /// The whole plan's seconds.
    public var total: Double { workload + triage + routing.reduce(0, +) + explanation }

    /// One line for a log, e.g. `workload 0.4 s, triage 6.5 s, routing 16.0 + 16.1 + 15.9 s, explanation 0.2 s`.
    public var summary: String {
        let f = { (seconds: Double) in String(format: "%.1f", seconds) }
        return "workload \(f(workload)) s, triage \(f(triage)) s, routing " + routing.map(f).joined(separator: " + ")
            + " s, explanation \(f(explanation)) s"
    }
}
