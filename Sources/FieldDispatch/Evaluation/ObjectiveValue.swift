/// How good a plan is, compared lexicographically in declaration order: fewer unserved
/// emergencies always wins, then less priority-weighted unserved work, then less lateness,
/// then lower cost, then better balance.
public struct ObjectiveValue: Comparable, Hashable, Sendable, CustomStringConvertible {
    /// Emergencies left unserved.
    public var emergenciesUnassigned: Int
    /// Sum of ``Priority/unservedWeight`` over unserved orders.
    public var priorityWeightedUnassigned: Int
    /// Priced lateness past soft windows and SLA deadlines.
    public var lateness: Int
    /// Travel or working-time cost, overtime, cost rates and preference bonuses.
    public var cost: Int
    /// Weighted spread between the busiest and the idlest technician.
    public var imbalance: Int

    /// Creates a value.
    public init(emergenciesUnassigned: Int = 0, priorityWeightedUnassigned: Int = 0, lateness: Int = 0, cost: Int = 0, imbalance: Int = 0) {
        self.emergenciesUnassigned = emergenciesUnassigned
        self.priorityWeightedUnassigned = priorityWeightedUnassigned
        self.lateness = lateness
        self.cost = cost
        self.imbalance = imbalance
    }

    /// The fields as a tuple in comparison order.
    private var key: (Int, Int, Int, Int, Int) {
        (emergenciesUnassigned, priorityWeightedUnassigned, lateness, cost, imbalance)
    }

    public static func < (lhs: ObjectiveValue, rhs: ObjectiveValue) -> Bool { lhs.key < rhs.key }

    public var description: String {
        "emergencies unassigned \(emergenciesUnassigned), weighted unassigned \(priorityWeightedUnassigned), "
            + "lateness \(lateness), cost \(cost), imbalance \(imbalance)"
    }
}
