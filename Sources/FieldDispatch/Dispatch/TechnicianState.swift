/// What the dispatcher knows about one technician right now.
public struct TechnicianState: Hashable, Sendable {
    /// Where the technician's current stop stands.
    public enum Phase: Hashable, Sendable {
        /// Not yet at the next visit (or not yet left home).
        case travelling
        /// On site at a visit that has started.
        case onSite
        /// The last started visit is finished.
        case done
    }

    /// The technician's id.
    public var technicianId: String
    /// Last known location (the start location, then the last started visit).
    public var location: Location
    /// When ``location`` was last confirmed, seconds.
    public var time: Int
    /// The order of the current or last started visit, if any.
    public var currentOrderId: String?
    /// Where that visit stands.
    public var phase: Phase
    /// When the technician is expected to be free to drive on, seconds.
    public var busyUntil: Int
    /// Whether the technician can take work.
    public var isAvailable: Bool

    /// Creates a state.
    public init(technicianId: String, location: Location, time: Int, currentOrderId: String? = nil,
                phase: Phase = .travelling, busyUntil: Int, isAvailable: Bool = true) {
        self.technicianId = technicianId
        self.location = location
        self.time = time
        self.currentOrderId = currentOrderId
        self.phase = phase
        self.busyUntil = busyUntil
        self.isAvailable = isAvailable
    }
}
