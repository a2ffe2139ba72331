/// One technician shift as the dispatcher holds it: the scheduled stops, how many of them have
/// started, and when the technician can really drive on.
struct LiveRoute: Sendable {
    /// Index of the technician in ``Problem/technicians``.
    let technicianIndex: Int
    /// Index of the shift in the technician's shifts.
    let shiftIndex: Int
    /// When the route leaves its start location.
    var departure: Int
    /// Stops in visiting order, with their planned (or confirmed) times.
    var stops: [Stop] = []
    /// Leading stops confirmed by events (started or completed): never moved or retimed.
    var startedCount = 0
    /// Whether the last started visit has been reported finished.
    var isLastStartedDone = false
    /// When the technician is really free after the last started stop, if later than the plan says.
    var readyTime: Int?
    /// Where the technician really is when it differs from the plan (after an interruption).
    var readyLocation: Location?
    /// The return leg and arrival at the end, as last scheduled.
    var returnLeg = TravelLeg.zero
    var arrivalAtEnd: Int
    /// Whether the technician takes work; `availableFrom` delays the next leg.
    var isAvailable = true
    var availableFrom: Int?
    /// Leading stops that stay put until the current event is handled: stops that were inside the
    /// freeze horizon when the event came, even if the event pushed them past it.
    var pinnedCount = 0
    /// Location of every visit stop, in order, for finding routes near an order.
    var visitLocations: [Location] = []

    init(technicianIndex: Int, shiftIndex: Int, departure: Int) {
        self.technicianIndex = technicianIndex
        self.shiftIndex = shiftIndex
        self.departure = departure
        arrivalAtEnd = departure
    }

    /// Number of leading stops that stay put: the started and pinned ones, then those starting before `cutoff`.
    /// - Complexity: O(stops).
    func frozenCount(cutoff: Int) -> Int {
        var count = max(startedCount, min(pinnedCount, stops.count))
        while count < stops.count && stops[count].start < cutoff { count += 1 }
        return count
    }

    /// Ids of the orders in stops from `index` on.
    func orderIds(from index: Int) -> [String] { stops[index...].compactMap(\.orderId) }

    /// Whether any stop serves an order or otherwise exists.
    var hasStops: Bool { !stops.isEmpty }
}
