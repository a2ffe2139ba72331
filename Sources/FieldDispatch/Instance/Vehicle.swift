/// One technician shift compiled for the search: a vehicle that drives one route.
///
/// Plain numbers only, so that reading one in a hot loop costs no reference counting.
public struct Vehicle: Sendable {
    /// Index of the technician in ``Problem/technicians``.
    public let technicianIndex: Int
    /// Index of the shift in the technician's ``Technician/shifts``.
    public let shiftIndex: Int
    /// Location index of the shift start.
    public let startLocation: Int
    /// Location index of the shift end (the travel table's open end when the shift has none).
    public let endLocation: Int
    /// Shift start, seconds.
    public let shiftStart: Int
    /// Regular shift end, seconds; later work is overtime.
    public let shiftEnd: Int
    /// Shift end with overtime, seconds.
    public let hardEnd: Int
    /// Latest departure the schedule may choose (the shift start when departures are fixed).
    public let latestDeparture: Int
    /// Van capacity for order demand.
    public let capacity: Int
    /// Most orders on the route.
    public let maxOrders: Int
    /// Most working time on the route, seconds.
    public let maxWorkingTime: Int
    /// Travel profile index into the ``TravelTable``.
    public let profile: Int
    /// Column of ``Instance/serviceDuration(_:on:)``.
    public let durationClass: Int
    /// Whether the shift has breaks, which segment pricing ignores (they are in ``Instance/breaks(of:)``).
    public let hasBreaks: Bool
    /// Most restock visits on the route.
    public let maxRestocks: Int
    /// Cost rates of the technician.
    public let costs: CostRates

    /// Compiles one shift of a technician.
    init(technician: Technician, technicianIndex: Int, shiftIndex: Int, startLocation: Int, endLocation: Int,
         profile: Int, durationClass: Int, allowsLateStart: Bool) {
        let shift = technician.shifts[shiftIndex]
        self.technicianIndex = technicianIndex
        self.shiftIndex = shiftIndex
        self.startLocation = startLocation
        self.endLocation = endLocation
        shiftStart = shift.start
        shiftEnd = shift.end
        hardEnd = shift.hardEnd
        latestDeparture = allowsLateStart && shift.breaks.isEmpty ? shift.hardEnd : shift.start
        capacity = technician.capacity ?? Instance.unbounded
        maxOrders = technician.maxOrdersPerShift ?? Instance.unbounded
        maxWorkingTime = technician.maxWorkingTimePerShift ?? Instance.unbounded
        self.profile = profile
        self.durationClass = durationClass
        hasBreaks = !shift.breaks.isEmpty
        maxRestocks = technician.maxRestockVisitsPerShift
        costs = technician.costs
    }
}
