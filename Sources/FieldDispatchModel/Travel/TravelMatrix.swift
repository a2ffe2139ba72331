/// Travel times and distances given as dense tables, one per travel profile.
///
/// Locations refer to rows and columns through ``Location/matrixIndex``.
public struct TravelMatrix: TravelTimeProvider {
    /// One square table of a profile.
    public struct Table: Sendable, Hashable {
        /// Row-major durations in seconds.
        public var durations: [Int]
        /// Row-major distances in metres; empty when unknown (distance then equals duration).
        public var distances: [Int]
        /// Number of rows (and columns).
        public var size: Int

        /// Creates a table from square row lists.
        /// - Precondition: every row has `durations.count` entries; `distances` is empty or the same shape.
        public init(durations: [[Int]], distances: [[Int]] = []) {
            size = durations.count
            self.durations = durations.flatMap { $0 }
            self.distances = distances.flatMap { $0 }
        }
    }

    /// Tables by profile.
    public var tables: [TravelProfile: Table]
    /// Table used for profiles without their own.
    public var fallbackProfile: TravelProfile

    /// Creates a provider from tables; `fallbackProfile` must have a table.
    public init(tables: [TravelProfile: Table], fallbackProfile: TravelProfile = .car) {
        self.tables = tables
        self.fallbackProfile = fallbackProfile
    }

    /// Creates a provider with a single table used for every profile.
    public init(durations: [[Int]], distances: [[Int]] = []) {
        self.init(tables: [.car: Table(durations: durations, distances: distances)])
    }

    /// The number of locations the smallest table covers.
    public var size: Int { tables.values.map(\.size).min() ?? 0 }

    public var isDense: Bool { true }

    public func issue(locating location: Location) -> String? {
        guard let index = location.matrixIndex else { return "a matrix index is needed when travel is given as a matrix" }
        return index >= 0 && index < size ? nil : "matrix index \(index) is outside the \(size) x \(size) matrix"
    }

    public func leg(from origin: Location, to destination: Location, profile: TravelProfile) -> TravelLeg {
        guard let table = tables[profile] ?? tables[fallbackProfile],
            let i = origin.matrixIndex, let j = destination.matrixIndex
        else { return .zero }
        let cell = i * table.size + j
        let duration = table.durations[cell]
        return TravelLeg(duration: duration, distance: table.distances.isEmpty ? duration : table.distances[cell])
    }
}
