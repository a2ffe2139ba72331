/// What a plan is judged on, inside the fixed lexicographic order:
/// (1) emergencies unserved, (2) priority-weighted unserved orders, (3) lateness,
/// (4) cost (travel or working time, overtime, fixed costs, preferences), (5) workload imbalance.
public struct ObjectiveOptions: Hashable, Sendable {
    /// The main cost measure of level 4.
    public enum CostMeasure: String, Hashable, Sendable, CaseIterable {
        /// Seconds of driving.
        case travelTime
        /// Metres driven.
        case travelDistance
        /// Paid seconds from shift start to return: travel, service, waiting and breaks.
        case workingTime
    }

    /// The main cost measure.
    public var costMeasure: CostMeasure
    /// For ``CostMeasure/workingTime``: let a route start later than its shift when that removes waiting.
    public var allowsLateShiftStart: Bool
    /// Cost units per second of overtime (added to level 4).
    public var overtimeWeight: Int
    /// Cost units per second of lateness past a soft window or SLA (level 3), on top of the
    /// window's own lateness cost.
    public var latenessWeight: Int
    /// Cost units per order of difference between the busiest and the idlest technician (level 5).
    public var imbalanceWeight: Int
    /// Cost units saved when an order goes to one of its preferred technicians (level 4).
    public var preferredTechnicianBonus: Int
    /// Whether technicians' ``CostRates`` are added to level 4.
    public var includesCostRates: Bool

    /// Creates objective options.
    public init(
        costMeasure: CostMeasure = .travelTime,
        allowsLateShiftStart: Bool = true,
        overtimeWeight: Int = 2,
        latenessWeight: Int = 1,
        imbalanceWeight: Int = 0,
        preferredTechnicianBonus: Int = 0,
        includesCostRates: Bool = false
    ) {
        self.costMeasure = costMeasure
        self.allowsLateShiftStart = allowsLateShiftStart
        self.overtimeWeight = overtimeWeight
        self.latenessWeight = latenessWeight
        self.imbalanceWeight = imbalanceWeight
        self.preferredTechnicianBonus = preferredTechnicianBonus
        self.includesCostRates = includesCostRates
    }
}
