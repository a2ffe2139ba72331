/// Legs for one travel profile, as the problem's provider gives them, without the provider's
/// per-call speed lookup for great-circle travel (the same arithmetic, with the speed found once).
struct LegMeter: Sendable {
    private let travel: any TravelTimeProvider
    private let profile: TravelProfile
    /// Detour factor and speed when the provider is a ``HaversineTravel``.
    private let haversine: (detour: Double, speed: Double)?

    init(travel: any TravelTimeProvider, profile: TravelProfile) {
        self.travel = travel
        self.profile = profile
        if let provider = travel as? HaversineTravel {
            haversine = (provider.detourFactor, provider.speeds[profile] ?? provider.defaultSpeed)
        } else {
            haversine = nil
        }
    }

    /// The leg from `a` to `b`, equal to the provider's.
    @inline(__always)
    func leg(_ a: Location, _ b: Location) -> TravelLeg {
        guard let haversine else { return travel.leg(from: a, to: b, profile: profile) }
        let metres = HaversineTravel.greatCircleMetres(a, b) * haversine.detour
        return TravelLeg(duration: Int((metres / haversine.speed).rounded(.up)), distance: Int(metres.rounded()))
    }
}
