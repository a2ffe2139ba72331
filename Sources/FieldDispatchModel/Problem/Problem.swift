/// Everything needed to plan: orders, technicians, depots, outlets, travel and the objective.
///
/// Construction checks the whole input and throws a ``ProblemValidationError`` listing every
/// issue with its path, so a valid `Problem` can be handed to any solver without further checks.
public struct Problem: Sendable {
    /// Scenario name.
    public var name: String
    /// Orders to plan.
    public var orders: [ServiceOrder]
    /// Technicians available.
    public var technicians: [Technician]
    /// Parts depots for restocking.
    public var depots: [PartsDepot]
    /// Service outlets.
    public var outlets: [Outlet]
    /// Travel times and distances.
    public var travel: any TravelTimeProvider
    /// The objective's cost measure and weights.
    public var objective: ObjectiveOptions
    /// Calendar reference for showing times.
    public var timeReference: TimeReference

    /// Creates a problem after checking it.
    /// - Throws: ``ProblemValidationError`` naming every field that is wrong.
    /// - Complexity: O(n log n) in the number of records.
    public init(
        name: String = "scenario",
        orders: [ServiceOrder],
        technicians: [Technician],
        depots: [PartsDepot] = [],
        outlets: [Outlet] = [],
        travel: any TravelTimeProvider,
        objective: ObjectiveOptions = ObjectiveOptions(),
        timeReference: TimeReference = .bare
    ) throws(ProblemValidationError) {
        self.init(unchecked: name, orders: orders, technicians: technicians, depots: depots, outlets: outlets,
                  travel: travel, objective: objective, timeReference: timeReference)
        let issues = ProblemChecker(problem: self).issues()
        if !issues.isEmpty { throw ProblemValidationError(issues: issues) }
    }

    /// Creates a problem without checking it; for callers that have just checked the same data.
    public init(
        unchecked name: String,
        orders: [ServiceOrder],
        technicians: [Technician],
        depots: [PartsDepot],
        outlets: [Outlet],
        travel: any TravelTimeProvider,
        objective: ObjectiveOptions,
        timeReference: TimeReference
    ) {
        self.name = name
        self.orders = orders
        self.technicians = technicians
        self.depots = depots
        self.outlets = outlets
        self.travel = travel
        self.objective = objective
        self.timeReference = timeReference
    }

    /// Every issue with this problem's data; empty when it is valid.
    public func validationIssues() -> [ModelIssue] { ProblemChecker(problem: self).issues() }

    /// The order with an id, if any. - Complexity: O(n).
    public func order(withId id: String) -> ServiceOrder? { orders.first { $0.id == id } }

    /// The technician with an id, if any. - Complexity: O(m).
    public func technician(withId id: String) -> Technician? { technicians.first { $0.id == id } }
}
