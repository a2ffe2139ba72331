import Foundation

/// A cheap, monotone stand-in for travel time, used only to pick which routes an order is
/// tried in: planar distance for the coordinate providers, the provider itself otherwise.
struct ProximityMeasure: Sendable {
    private let travel: any TravelTimeProvider
    private let kind: Kind

    private enum Kind: Sendable {
        case plane
        case sphere
        case provider
    }

    init(travel: any TravelTimeProvider) {
        self.travel = travel
        if travel is HaversineTravel {
            kind = .sphere
        } else if travel is EuclideanTravel {
            kind = .plane
        } else {
            kind = .provider
        }
    }

    /// The factor ``distance(_:_:scale:)`` applies to x differences near `origin`.
    func scale(at origin: Location) -> Double {
        kind == .sphere ? cos(origin.y * .pi / 180) : 1
    }

    /// A value that grows with the distance from `a` to `b` (not in any unit); `scale` comes
    /// from ``scale(at:)`` of a point nearby.
    @inline(__always)
    func distance(_ a: Location, _ b: Location, scale: Double) -> Double {
        switch kind {
        case .plane, .sphere:
            // Equirectangular: on a sphere longitude shrinks with the cosine of the latitude.
            let dx = (a.x - b.x) * scale, dy = a.y - b.y
            return dx * dx + dy * dy
        case .provider:
            return Double(travel.leg(from: a, to: b, profile: .car).duration)
        }
    }
}
