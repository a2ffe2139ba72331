/// A point a technician can travel to: a customer address, a home, an outlet or a parts depot.
///
/// Coordinates are interpreted by the ``TravelTimeProvider`` in use: degrees for
/// ``HaversineTravel`` (`x` is longitude, `y` is latitude), plane units for ``EuclideanTravel``.
/// A ``TravelMatrix`` uses ``matrixIndex`` instead.
public struct Location: Hashable, Sendable {
    /// Longitude in degrees, or the plane x coordinate.
    public var x: Double
    /// Latitude in degrees, or the plane y coordinate.
    public var y: Double
    /// Row and column of this point in a ``TravelMatrix``, when one is given.
    public var matrixIndex: Int?

    /// Creates a location from plane or geographic coordinates and an optional matrix index.
    public init(x: Double, y: Double, matrixIndex: Int? = nil) {
        self.x = x
        self.y = y
        self.matrixIndex = matrixIndex
    }

    /// Creates a geographic location.
    public init(latitude: Double, longitude: Double, matrixIndex: Int? = nil) {
        self.init(x: longitude, y: latitude, matrixIndex: matrixIndex)
    }

    /// Latitude in degrees (same storage as ``y``).
    public var latitude: Double { y }
    /// Longitude in degrees (same storage as ``x``).
    public var longitude: Double { x }
}
