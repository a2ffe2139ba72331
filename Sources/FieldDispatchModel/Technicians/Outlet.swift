/// A service outlet: the home base of technicians and the owner of orders in its area.
public struct Outlet: Hashable, Sendable, Identifiable {
    /// Unique outlet id.
    public var id: String
    /// Display name.
    public var name: String?
    /// Where the outlet is.
    public var location: Location
    /// Outlets whose technicians may be borrowed during a surge.
    public var neighbours: [String]
    /// Most technicians this outlet lends to others on one day.
    public var maxLentTechnicians: Int

    /// Creates an outlet.
    public init(id: String, name: String? = nil, location: Location, neighbours: [String] = [], maxLentTechnicians: Int = 0) {
        self.id = id
        self.name = name
        self.location = location
        self.neighbours = neighbours
        self.maxLentTechnicians = maxLentTechnicians
    }
}
