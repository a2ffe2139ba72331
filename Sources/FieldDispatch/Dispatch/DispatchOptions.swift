/// How a ``Dispatcher`` decides: what is frozen, how wide it looks, how it prices lateness.
public struct DispatchOptions: Hashable, Sendable {
    /// Seconds after the current time inside which planned stops stay where they are, so a
    /// technician already on the way is not turned around.
    public var freezeHorizon: Int
    /// How many of the nearest available, certified routes an insertion tries.
    public var candidateRoutes: Int
    /// How many routes an emergency tries when looking for the soonest arrival.
    public var emergencyRoutes: Int
    /// Orders left unassigned that each event tries to place again, highest priority first.
    public var retriesPerEvent: Int
    /// Where placed orders go: the cheapest place, or the end of the nearest route that fits.
    public var policy: DispatchPolicy

    /// Creates options.
    /// - Parameters:
    ///   - freezeHorizon: seconds of planned work that stay fixed.
    ///   - candidateRoutes: nearest routes tried per insertion.
    ///   - emergencyRoutes: nearest routes tried per emergency.
    ///   - retriesPerEvent: unassigned orders retried after each event.
    ///   - policy: where placed orders go.
    public init(freezeHorizon: Int = 1_800, candidateRoutes: Int = 16, emergencyRoutes: Int = 32, retriesPerEvent: Int = 8,
                policy: DispatchPolicy = .cheapestInsertion) {
        self.freezeHorizon = freezeHorizon
        self.candidateRoutes = candidateRoutes
        self.emergencyRoutes = emergencyRoutes
        self.retriesPerEvent = retriesPerEvent
        self.policy = policy
    }
}
