/// A named way of travelling (`car`, `ebike`, …); technicians choose one, providers may price each differently.
public struct TravelProfile: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The profile's name as it appears in scenario files.
    public var name: String

    /// Creates a profile from its name.
    public init(_ name: String) { self.name = name }

    /// Creates a profile from a string literal.
    public init(stringLiteral value: String) { self.name = value }

    /// The default profile.
    public static let car: TravelProfile = "car"

    public var description: String { name }
}
