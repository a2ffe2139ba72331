import Foundation

/// Great-circle travel at an average speed, stretched by a detour factor for real roads.
///
/// Good enough for planning when no road matrix is at hand; memory stays O(1) per question,
/// so the engine can plan 10,000 orders without an n × n table.
public struct HaversineTravel: TravelTimeProvider {
    /// Average speed per profile in metres per second.
    public var speeds: [TravelProfile: Double]
    /// Speed used for profiles not listed in ``speeds``, in metres per second.
    public var defaultSpeed: Double
    /// Road distance divided by great-circle distance (1.3 is typical in cities).
    public var detourFactor: Double

    /// Creates a provider.
    /// - Parameters:
    ///   - defaultSpeedKmh: average speed for unlisted profiles, km/h.
    ///   - speedsKmh: average speed per profile, km/h.
    ///   - detourFactor: road distance over great-circle distance.
    public init(defaultSpeedKmh: Double = 30, speedsKmh: [TravelProfile: Double] = [:], detourFactor: Double = 1.3) {
        self.defaultSpeed = defaultSpeedKmh / 3.6
        self.speeds = speedsKmh.mapValues { $0 / 3.6 }
        self.detourFactor = detourFactor
    }

    /// Mean Earth radius in metres.
    public static let earthRadius = 6_371_008.8

    /// Great-circle distance in metres between two geographic locations.
    @inlinable
    public static func greatCircleMetres(_ a: Location, _ b: Location) -> Double {
        let toRadians = Double.pi / 180
        let phi1 = a.latitude * toRadians
        let phi2 = b.latitude * toRadians
        let dPhi = phi2 - phi1
        let dLambda = (b.longitude - a.longitude) * toRadians
        let h = sin(dPhi / 2) * sin(dPhi / 2) + cos(phi1) * cos(phi2) * sin(dLambda / 2) * sin(dLambda / 2)
        return 2 * earthRadius * asin(min(1, h.squareRoot()))
    }

    public func issue(locating location: Location) -> String? {
        guard location.latitude.isFinite, location.longitude.isFinite else { return "coordinates must be finite numbers" }
        if abs(location.latitude) > 90 { return "latitude \(location.latitude) is outside -90...90" }
        if abs(location.longitude) > 180 { return "longitude \(location.longitude) is outside -180...180" }
        return nil
    }

    public func leg(from origin: Location, to destination: Location, profile: TravelProfile) -> TravelLeg {
        let metres = Self.greatCircleMetres(origin, destination) * detourFactor
        let speed = speeds[profile] ?? defaultSpeed
        return TravelLeg(duration: Int((metres / speed).rounded(.up)), distance: Int(metres.rounded()))
    }
}
