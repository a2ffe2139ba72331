/// What a technician's route costs, in integer money units (e.g. cents).
public struct CostRates: Hashable, Sendable {
    /// Cost per hour of paid working time (travel, service and waiting).
    public var perHour: Int
    /// Cost per kilometre driven.
    public var perKilometre: Int
    /// Cost of using the technician's shift at all.
    public var fixed: Int
    /// Cost per hour of overtime, on top of ``perHour``.
    public var overtimePerHour: Int

    /// Creates cost rates.
    public init(perHour: Int = 0, perKilometre: Int = 0, fixed: Int = 0, overtimePerHour: Int = 0) {
        self.perHour = perHour
        self.perKilometre = perKilometre
        self.fixed = fixed
        self.overtimePerHour = overtimePerHour
    }

    /// No cost at all.
    public static let zero = CostRates()
}
