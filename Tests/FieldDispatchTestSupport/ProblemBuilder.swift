/// Builds small problems for tests in a few lines, on a Euclidean plane or over a travel matrix.
///
/// ```swift
/// var builder = ProblemBuilder()                 // plane: one unit takes a minute
/// builder.addTechnician("T-1", at: .plane(0, 0)) // one shift "day", 08:00–17:00, home to home
/// builder.addOrder("A-1", at: .plane(3, 4), windows: [TimeWindow(start: .hours(9), end: .hours(11))])
/// let problem = try builder.build()
/// ```
public struct ProblemBuilder {
    /// Orders, in the order added.
    public var orders: [ServiceOrder] = []
    /// Technicians, in the order added.
    public var technicians: [Technician] = []
    /// Parts depots.
    public var depots: [PartsDepot] = []
    /// Outlets.
    public var outlets: [Outlet] = []
    /// Travel times and distances.
    public var travel: any TravelTimeProvider
    /// Objective options.
    public var objective = ObjectiveOptions()
    /// Calendar reference.
    public var timeReference = TimeReference.bare

    /// A builder over any travel provider.
    public init(travel: any TravelTimeProvider) {
        self.travel = travel
    }

    /// A builder on a plane where one unit of distance takes `secondsPerUnit` seconds (and counts
    /// as that many distance units), so legs are easy to compute by hand: (0,0)→(3,4) is 300 s at 60.
    public init(secondsPerUnit: Double = 60) {
        self.init(travel: EuclideanTravel(scale: secondsPerUnit))
    }

    /// A builder over one travel matrix for every profile; place records with ``Location/matrix(_:)``.
    /// - Parameters:
    ///   - durations: square table of seconds.
    ///   - distances: square table of metres; empty makes distance equal to duration.
    public init(matrix durations: [[Int]], distances: [[Int]] = []) {
        self.init(travel: TravelMatrix(durations: durations, distances: distances))
    }

    /// Adds an order and returns it.
    /// - Parameters:
    ///   - id: order id.
    ///   - location: where it is.
    ///   - duration: service seconds.
    ///   - windows: start windows (none means any time).
    ///   - configure: sets any other field (skills, parts, SLA, technician lists…).
    @discardableResult
    public mutating func addOrder(
        _ id: String,
        at location: Location,
        duration: Int = 600,
        windows: [TimeWindow] = [],
        _ configure: (inout ServiceOrder) -> Void = { _ in }
    ) -> ServiceOrder {
        var order = ServiceOrder(id: id, location: location, serviceDuration: duration, timeWindows: windows)
        configure(&order)
        orders.append(order)
        return order
    }

    /// Adds a technician with one shift `"day"` that starts and ends at `home`, and returns it.
    /// - Parameters:
    ///   - id: technician id.
    ///   - home: start and end location of the shift.
    ///   - start: shift start, seconds (08:00 by default).
    ///   - end: regular shift end, seconds (17:00 by default).
    ///   - skills: skills held.
    ///   - configure: sets any other field (breaks via `shifts[0].breaks`, limits, van stock…).
    @discardableResult
    public mutating func addTechnician(
        _ id: String,
        at home: Location,
        from start: Int = .hours(8),
        to end: Int = .hours(17),
        skills: [SkillLevel] = [],
        _ configure: (inout Technician) -> Void = { _ in }
    ) -> Technician {
        let shift = Shift(id: "day", start: start, end: end, startLocation: home, endLocation: home)
        var technician = Technician(id: id, skills: skills, shifts: [shift])
        configure(&technician)
        technicians.append(technician)
        return technician
    }

    /// Adds a parts depot and returns it.
    /// - Parameters:
    ///   - id: depot id.
    ///   - location: where it is.
    ///   - parts: part numbers stocked.
    ///   - tools: tools that can be picked up.
    ///   - visitDuration: seconds a restock takes.
    ///   - openingHours: when it is open; `nil` for always.
    @discardableResult
    public mutating func addDepot(
        _ id: String,
        at location: Location,
        parts: [String] = [],
        tools: [String] = [],
        visitDuration: Int = 600,
        openingHours: TimeWindow? = nil
    ) -> PartsDepot {
        let depot = PartsDepot(id: id, location: location, parts: parts, tools: tools,
                               visitDuration: visitDuration, openingHours: openingHours)
        depots.append(depot)
        return depot
    }

    /// The checked problem.
    /// - Throws: ``ProblemValidationError`` when the records added are inconsistent.
    public func build() throws(ProblemValidationError) -> Problem {
        try Problem(orders: orders, technicians: technicians, depots: depots, outlets: outlets,
                    travel: travel, objective: objective, timeReference: timeReference)
    }
}

public extension Location {
    /// A point on the plane of ``EuclideanTravel``.
    static func plane(_ x: Double, _ y: Double) -> Location { Location(x: x, y: y) }

    /// A row and column of a ``TravelMatrix``.
    static func matrix(_ index: Int) -> Location { Location(x: 0, y: 0, matrixIndex: index) }
}

public extension Int {
    /// `value` hours in seconds.
    static func hours(_ value: Int) -> Int { value * 3600 }

    /// `value` minutes in seconds.
    static func minutes(_ value: Int) -> Int { value * 60 }
}
