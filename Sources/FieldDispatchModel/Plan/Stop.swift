/// One visit on a route, with its schedule.
public struct Stop: Hashable, Sendable {
    /// What happens at a stop.
    public enum Kind: Hashable, Sendable {
        /// Service of an order, by order id.
        case order(String)
        /// The shift's break with this index in ``Shift/breaks``, taken where the technician is.
        case rest(breakIndex: Int)
        /// A restock visit at a parts depot, by depot id.
        case restock(depotId: String)
    }

    /// What happens here.
    public var kind: Kind
    /// Arrival time, seconds.
    public var arrival: Int
    /// Start of service (or of the break, or of the restock), seconds.
    public var start: Int
    /// End of service, seconds; the technician leaves then.
    public var end: Int
    /// Driving time from the previous stop (or the shift start), seconds.
    public var travelDuration: Int
    /// Driving distance from the previous stop (or the shift start), metres.
    public var travelDistance: Int
    /// Seconds started after the chosen window's end (soft windows only; 0 when on time).
    public var lateness: Int

    /// Creates a stop.
    public init(kind: Kind, arrival: Int, start: Int, end: Int, travelDuration: Int, travelDistance: Int, lateness: Int = 0) {
        self.kind = kind
        self.arrival = arrival
        self.start = start
        self.end = end
        self.travelDuration = travelDuration
        self.travelDistance = travelDistance
        self.lateness = lateness
    }

    /// Seconds spent waiting before service.
    public var waiting: Int { start - arrival }

    /// The order served here, if this is a visit.
    public var orderId: String? {
        if case .order(let id) = kind { return id }
        return nil
    }
}
