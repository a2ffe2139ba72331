/// A parts store where a technician can stop mid-route to restock.
///
/// After a restock visit the van holds every part and tool the depot stocks, enough for the
/// rest of the shift (depots are assumed not to run out within one day).
public struct PartsDepot: Hashable, Sendable, Identifiable {
    /// Unique depot id.
    public var id: String
    /// Where the depot is.
    public var location: Location
    /// Part numbers stocked.
    public var parts: [String]
    /// Tools that can be picked up.
    public var tools: [String]
    /// Time a restock visit takes, seconds.
    public var visitDuration: Int
    /// When the depot is open; `nil` for always.
    public var openingHours: TimeWindow?

    /// Creates a depot.
    public init(
        id: String,
        location: Location,
        parts: [String],
        tools: [String] = [],
        visitDuration: Int = 600,
        openingHours: TimeWindow? = nil
    ) {
        self.id = id
        self.location = location
        self.parts = parts
        self.tools = tools
        self.visitDuration = visitDuration
        self.openingHours = openingHours
    }
}
