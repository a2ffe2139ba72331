/// Demand against capacity for one outlet on one day.
public struct OutletDay: Hashable, Sendable {
    /// Outlet id; empty for orders and technicians without an outlet.
    public var outlet: String
    /// Day index, 0 being the day of the earliest shift.
    public var day: Int
    /// Order-hours due that day: service plus estimated travel of orders whose first window falls on it.
    public var demandHours: Double
    /// Technician-hours of the outlet's shifts that day, breaks taken off.
    public var capacityHours: Double
    /// Demand divided by capacity; infinite when there is demand and no capacity, 0 without demand.
    public var ratio: Double

    /// Creates a row.
    public init(outlet: String, day: Int, demandHours: Double, capacityHours: Double, ratio: Double) {
        self.outlet = outlet
        self.day = day
        self.demandHours = demandHours
        self.capacityHours = capacityHours
        self.ratio = ratio
    }
}
