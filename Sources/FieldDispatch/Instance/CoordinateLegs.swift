import Foundation

/// Legs of the coordinate providers shipped with the model, computed from per-location values
/// prepared once, with the providers' exact arithmetic: the same answers without an existential
/// call, a dictionary lookup of the speed, or two cosines per leg.
struct CoordinateLegs: Sendable {
    private enum Kind: Sendable {
        case haversine(detour: Double)
        case euclidean(scale: Double)
    }

    private let kind: Kind
    /// Metres per second of each profile, for great-circle legs; kept outside ``Kind`` so a leg
    /// reads it in place instead of retaining the array its case would carry.
    private let speeds: [Double]
    private let x: [Double]
    private let y: [Double]
    /// Latitude in radians and its cosine, for great-circle legs.
    private let phi: [Double]
    private let cosPhi: [Double]

    /// Prepares the legs when `provider` is a ``HaversineTravel`` or an ``EuclideanTravel``; `nil` otherwise.
    /// - Complexity: O(locations + profiles).
    init?(provider: any TravelTimeProvider, locations: [Location], profiles: [TravelProfile]) {
        x = locations.map(\.x)
        y = locations.map(\.y)
        if let haversine = provider as? HaversineTravel {
            let toRadians = Double.pi / 180
            phi = locations.map { $0.latitude * toRadians }
            cosPhi = phi.map { cos($0) }
            kind = .haversine(detour: haversine.detourFactor)
            speeds = profiles.map { haversine.speeds[$0] ?? haversine.defaultSpeed }
        } else if let euclidean = provider as? EuclideanTravel {
            phi = []
            cosPhi = []
            speeds = []
            kind = .euclidean(scale: euclidean.scale)
        } else {
            return nil
        }
    }

    /// The leg from location `a` to `b` for a profile index, as the provider gives it.
    @inline(__always)
    func leg(_ profile: Int, _ a: Int, _ b: Int) -> TravelLeg {
        switch kind {
        case .euclidean(let scale):
            let dx = x[a] - x[b]
            let dy = y[a] - y[b]
            let exact = (dx * dx + dy * dy).squareRoot() * scale
            return TravelLeg(duration: Int(exact.rounded(.up)), distance: Int(exact.rounded()))
        case .haversine(let detour):
            let toRadians = Double.pi / 180
            let dPhi = phi[b] - phi[a]
            let dLambda = (x[b] - x[a]) * toRadians
            let h = sin(dPhi / 2) * sin(dPhi / 2) + cosPhi[a] * cosPhi[b] * sin(dLambda / 2) * sin(dLambda / 2)
            let metres = 2 * HaversineTravel.earthRadius * asin(min(1, h.squareRoot())) * detour
            return TravelLeg(duration: Int((metres / speeds[profile]).rounded(.up)), distance: Int(metres.rounded()))
        }
    }
}
