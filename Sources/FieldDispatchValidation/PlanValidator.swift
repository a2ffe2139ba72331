/// Judges any ``Plan`` against its ``Problem``, independently of the engine that made it.
///
/// The validator recomputes everything from the problem and the plan alone: travel legs from
/// the problem's ``TravelTimeProvider`` (with the technician's profile), arrival, start and end
/// of every stop, windows, SLA deadlines, skills, technician lists, shift bounds and overtime,
/// breaks, order / working-time / capacity limits, parts, tools and depot restocks, and that
/// every order is routed or listed as unassigned exactly once.
///
/// Schedule rules checked for each route:
/// - the route departs from the shift's start location no earlier than the shift start;
/// - an order or restock stop is reached by the provider's leg from the previous location, and
///   arrives at the previous stop's end (or the departure) plus that leg's duration;
/// - a break (``Stop/Kind/rest(breakIndex:)``) is taken where the technician is: its travel is 0,
///   it arrives at the previous end, and the next leg starts from the location before it;
/// - service starts at or after arrival and inside one of the order's windows; after a soft
///   window's end only with ``Stop/lateness`` equal to the seconds past it; after a hard one never;
/// - a stop lasts exactly the order's service duration for the technician's skills, the break's
///   duration, or the depot's visit duration;
/// - the route arrives at the end location at the last end plus the return leg (or at the last
///   end when the shift has no end location), no later than the shift end plus its overtime;
/// - a break may be left out only when the route leaves room for it before departure or after
///   arrival at the end.
///
/// Stop indices in violations are positions in ``Route/stops``, from 0.
public struct PlanValidator: Sendable {
    /// The problem plans are judged against.
    public let problem: Problem
    let ordersById: [String: ServiceOrder]
    let techniciansById: [String: Technician]
    let depotsById: [String: PartsDepot]

    /// Creates a validator for plans of `problem`.
    /// - Parameter problem: the problem every plan handed to ``validate(_:)`` claims to solve.
    /// - Complexity: O(orders + technicians + depots).
    public init(problem: Problem) {
        self.problem = problem
        // First record wins, matching how a checked problem (unique ids) reads anyway.
        ordersById = Dictionary(problem.orders.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        techniciansById = Dictionary(problem.technicians.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        depotsById = Dictionary(problem.depots.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Every rule `plan` breaks, hard and soft, in plan order: routes first (stop by stop), then
    /// orders that are unknown, duplicated or lost, then pairs split or served out of order.
    /// - Parameter plan: the plan to judge.
    /// - Returns: the violations found; empty when the plan is valid and meets every SLA.
    /// - Complexity: O(orders + stops × (parts + skills)) plus one travel query per stop.
    public func validate(_ plan: Plan) -> [Violation] {
        var violations: [Violation] = []
        var usedShifts: [String: Int] = [:]
        for (routeIndex, route) in plan.routes.enumerated() {
            let label = "technician \"\(route.technicianId)\" shift \"\(route.shiftId)\""
            guard let technician = techniciansById[route.technicianId] else {
                violations.append(Violation(
                    kind: .unknownTechnician, technicianId: route.technicianId, shiftId: route.shiftId,
                    message: "route \(routeIndex) \(label): the problem has no technician \"\(route.technicianId)\""))
                continue
            }
            guard let shift = technician.shifts.first(where: { $0.id == route.shiftId }) else {
                violations.append(Violation(
                    kind: .unknownShift, technicianId: route.technicianId, shiftId: route.shiftId,
                    message: "\(label): technician \"\(technician.id)\" has no shift \"\(route.shiftId)\""))
                continue
            }
            let key = technician.id + "\u{1F}" + shift.id
            if let first = usedShifts[key] {
                violations.append(Violation(
                    kind: .shiftUsedTwice, technicianId: technician.id, shiftId: shift.id,
                    message: "\(label): routes \(first) and \(routeIndex) both fill this shift"))
            } else {
                usedShifts[key] = routeIndex
            }
            var walk = RouteWalk(validator: self, technician: technician, shift: shift, route: route)
            walk.run()
            violations += walk.violations
        }
        violations += coverageViolations(plan)
        violations += pairViolations(plan)
        return violations
    }
}

public extension PlanValidator {
    /// Whether `plan` breaks no hard rule (SLA misses are allowed).
    /// - Parameter plan: the plan to judge.
    /// - Returns: `true` when ``validate(_:)`` finds only soft violations.
    /// - Complexity: as ``validate(_:)``.
    func isValid(_ plan: Plan) -> Bool {
        !validate(plan).contains(where: \.isHard)
    }
}
