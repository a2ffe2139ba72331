/// The plan for one technician shift: when it leaves, the stops in order, when it returns.
public struct Route: Hashable, Sendable {
    /// The technician driving the route.
    public var technicianId: String
    /// The technician's shift this route fills (``Shift/id``).
    public var shiftId: String
    /// When the technician leaves the shift's start location, seconds.
    public var departure: Int
    /// Stops in visiting order.
    public var stops: [Stop]
    /// Driving time from the last stop to the shift's end location, seconds (0 for an open end).
    public var returnTravelDuration: Int
    /// Driving distance from the last stop to the shift's end location, metres.
    public var returnTravelDistance: Int
    /// When the technician reaches the end location (or finishes the last stop for an open end).
    public var arrivalAtEnd: Int

    /// Creates a route.
    public init(
        technicianId: String,
        shiftId: String,
        departure: Int,
        stops: [Stop],
        returnTravelDuration: Int,
        returnTravelDistance: Int,
        arrivalAtEnd: Int
    ) {
        self.technicianId = technicianId
        self.shiftId = shiftId
        self.departure = departure
        self.stops = stops
        self.returnTravelDuration = returnTravelDuration
        self.returnTravelDistance = returnTravelDistance
        self.arrivalAtEnd = arrivalAtEnd
    }

    /// Ids of the orders served, in visiting order.
    public var orderIds: [String] { stops.compactMap(\.orderId) }

    /// Total driving time, seconds.
    public var travelDuration: Int { stops.reduce(returnTravelDuration) { $0 + $1.travelDuration } }

    /// Total driving distance, metres.
    public var travelDistance: Int { stops.reduce(returnTravelDistance) { $0 + $1.travelDistance } }

    /// Paid time from departure to arrival at the end, seconds.
    public var workingTime: Int { arrivalAtEnd - departure }

    /// Whether the route serves no order.
    public var isEmpty: Bool { stops.allSatisfy { $0.orderId == nil } }
}
