/// The time and distance of one trip between two locations.
public struct TravelLeg: Hashable, Sendable {
    /// Driving time in seconds.
    public var duration: Int
    /// Driving distance in metres (or scaled plane units for benchmark instances).
    public var distance: Int

    /// Creates a leg.
    public init(duration: Int, distance: Int) {
        self.duration = duration
        self.distance = distance
    }

    /// A leg of no time and no distance.
    public static let zero = TravelLeg(duration: 0, distance: 0)
}
