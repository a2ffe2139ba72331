/// Why ``RoutePoolSetPartitioning`` could not select routes: the pool or the incumbent is
/// malformed, or the MIP solver failed. The message names the route or order concerned.
public struct RoutePoolError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong, e.g. `pool[12]: order 40 is out of range (18 orders)`.
    public var message: String

    /// Creates an error.
    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
