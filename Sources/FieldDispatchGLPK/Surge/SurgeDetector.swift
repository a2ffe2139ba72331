/// Measures demand against capacity per outlet and day, to decide whether a solve should run
/// surge triage first.
///
/// Demand is order-hours: service duration plus an estimate of travel (the mean leg time to the
/// order's nearest neighbours, see `TravelEstimator`) for orders whose first window falls on the
/// day; orders without windows count on day 0. Capacity is technician-hours of the outlet's
/// shifts that day, capped by the working-time limit, breaks taken off.
public struct SurgeDetector: Sendable {
    /// Days assessed, starting at the day of the earliest shift.
    public var horizon: Int
    /// Ratio of demand to capacity above which an outlet-day counts as a surge.
    public var threshold: Double

    /// Creates a detector.
    /// - Parameters:
    ///   - horizon: days to assess (at least 1).
    ///   - threshold: demand-to-capacity ratio that switches to surge mode; 1.1 by default.
    public init(horizon: Int = 1, threshold: Double = 1.1) {
        self.horizon = max(1, horizon)
        self.threshold = threshold
    }

    /// Assesses a problem.
    /// - Parameter problem: the scenario.
    /// - Returns: rows per outlet and day, and whether any row exceeds the threshold.
    /// - Complexity: O(n·s + n·g) for n orders, g technician groups and a travel sample s ≤ 300.
    public func assess(_ problem: Problem) -> SurgeAssessment {
        assess(SurgeWorkload(problem: problem, days: horizon))
    }

    func assess(_ workload: SurgeWorkload) -> SurgeAssessment {
        var demand: [String: [Double]] = [:]
        var capacity: [String: [Double]] = [:]
        let empty = Array(repeating: 0.0, count: workload.days)
        for profile in workload.profiles where profile.firstDay < workload.days {
            demand[profile.outlet, default: empty][profile.firstDay] += profile.demandHours
        }
        for group in workload.groups {
            for day in 0..<workload.days { capacity[group.outlet, default: empty][day] += group.hours[day] }
        }
        var rows: [OutletDay] = []
        for outlet in workload.outletIds {
            for day in 0..<workload.days {
                let need = demand[outlet]?[day] ?? 0
                let have = capacity[outlet]?[day] ?? 0
                let ratio = need == 0 ? 0 : have == 0 ? .infinity : need / have
                rows.append(OutletDay(outlet: outlet, day: day, demandHours: need, capacityHours: have, ratio: ratio))
            }
        }
        return SurgeAssessment(rows: rows, threshold: threshold, isSurge: rows.contains { $0.ratio > threshold })
    }
}
