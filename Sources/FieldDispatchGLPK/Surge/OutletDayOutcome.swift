/// What a surge plan does for one outlet on one day.
public struct OutletDayOutcome: Hashable, Sendable {
    /// Outlet id; empty for orders without an outlet.
    public var outlet: String
    /// Day index.
    public var day: Int
    /// Order-hours due that day (see ``OutletDay``).
    public var demandHours: Double
    /// Technician-hours of the outlet's shifts that day.
    public var capacityHours: Double
    /// Orders of the outlet served that day, whatever their first day.
    public var served: Int
    /// Orders of the outlet first due that day and not served that day.
    public var deferred: Int
    /// Technicians of neighbouring outlets working for this outlet that day.
    public var borrowedTechnicians: Int
    /// Emergencies of the outlet served that day.
    public var emergenciesServed: Int

    /// Creates an outcome row.
    public init(outlet: String, day: Int, demandHours: Double, capacityHours: Double, served: Int, deferred: Int,
                borrowedTechnicians: Int, emergenciesServed: Int) {
        self.outlet = outlet
        self.day = day
        self.demandHours = demandHours
        self.capacityHours = capacityHours
        self.served = served
        self.deferred = deferred
        self.borrowedTechnicians = borrowedTechnicians
        self.emergenciesServed = emergenciesServed
    }
}
