/// Gives the driving time and distance between two locations.
///
/// The engine asks a provider once per pair it needs while compiling a problem; providers
/// must be pure (same answer for the same question) and cheap enough to call O(n·k) times.
public protocol TravelTimeProvider: Sendable {
    /// The leg from `origin` to `destination` for a travel profile.
    ///
    /// - Complexity: O(1) for every provider shipped with the library.
    func leg(from origin: Location, to destination: Location, profile: TravelProfile) -> TravelLeg

    /// Why the provider cannot answer for this location (a matrix needs an index in range,
    /// a geographic provider real coordinates), or `nil` when it can.
    func issue(locating location: Location) -> String?

    /// Whether legs come from a precomputed dense table, so the engine may look them up freely
    /// rather than keep only the neighbours it needs.
    var isDense: Bool { get }
}

extension TravelTimeProvider {
    public func issue(locating location: Location) -> String? {
        location.x.isFinite && location.y.isFinite ? nil : "coordinates must be finite numbers"
    }
    public var isDense: Bool { false }
}
