/// What a solver reports about a run, written next to the plan: objective components, seed,
/// elapsed time and iterations. Kept free of engine types so any solver can fill it in.
public struct SolverSummary: Hashable, Sendable {
    /// One named part of the objective, e.g. `emergenciesUnassigned` or `travelTime`.
    public struct Component: Hashable, Sendable {
        /// The component's name.
        public var name: String
        /// Its value in the objective's integer units.
        public var value: Int

        /// Creates a component.
        public init(_ name: String, _ value: Int) {
            self.name = name
            self.value = value
        }
    }

    /// Objective components in the objective's own (lexicographic) order.
    public var objective: [Component]
    /// The random seed of the run.
    public var seed: UInt64?
    /// Wall-clock time of the run, seconds.
    public var elapsedSeconds: Double?
    /// Search iterations performed.
    public var iterations: Int?
    /// Anything else worth recording (solver name, stopping reason), written with sorted keys.
    public var details: [String: String]

    /// Creates a summary.
    public init(
        objective: [Component] = [],
        seed: UInt64? = nil,
        elapsedSeconds: Double? = nil,
        iterations: Int? = nil,
        details: [String: String] = [:]
    ) {
        self.objective = objective
        self.seed = seed
        self.elapsedSeconds = elapsedSeconds
        self.iterations = iterations
        self.details = details
    }
}
