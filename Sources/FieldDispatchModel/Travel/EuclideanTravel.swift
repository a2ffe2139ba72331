/// Straight-line travel in a plane, as benchmark instances (Solomon, Gehring–Homberger) define it.
///
/// Distances and durations are the Euclidean distance multiplied by ``scale`` so that integer
/// seconds keep the benchmark's precision; durations round up and distances round to nearest,
/// so a schedule that is feasible in integers is feasible in the benchmark's real numbers.
public struct EuclideanTravel: TravelTimeProvider {
    /// How many integer units one plane unit is worth.
    public var scale: Double

    /// Creates a provider with the given scale (10,000 keeps four decimals).
    public init(scale: Double = 10_000) {
        self.scale = scale
    }

    @inlinable
    public func leg(from origin: Location, to destination: Location, profile: TravelProfile) -> TravelLeg {
        let dx = origin.x - destination.x
        let dy = origin.y - destination.y
        let exact = (dx * dx + dy * dy).squareRoot() * scale
        return TravelLeg(duration: Int(exact.rounded(.up)), distance: Int(exact.rounded()))
    }
}
