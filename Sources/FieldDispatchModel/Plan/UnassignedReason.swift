/// Why an order is not in any route.
public enum UnassignedReason: String, Hashable, Sendable, CaseIterable {
    /// No technician holds the required skills at the required level (or the order's
    /// required / excluded technician lists leave nobody).
    case noQualifiedTechnician
    /// No certified technician's shift can reach the order inside its windows.
    case noShiftReachesWindow
    /// No certified technician carries the parts or tools, and no reachable depot stocks them.
    case partsUnavailable
    /// Certified technicians' order limits, working-time limits or van capacity are used up.
    case limitsReached
    /// Capacity went to orders of higher priority.
    case displacedByHigherPriority
    /// Pushed to a later day by surge triage.
    case deferredToLaterDay
    /// The search found no feasible place in the time it had.
    case noFeasibleInsertion

    /// A short sentence for dispatchers.
    public var summary: String {
        switch self {
        case .noQualifiedTechnician: "no technician holds the required skills and level"
        case .noShiftReachesWindow: "no shift of a certified technician can reach the order inside its windows"
        case .partsUnavailable: "the required parts or tools cannot be obtained by a certified technician"
        case .limitsReached: "certified technicians' order, working-time or capacity limits are used up"
        case .displacedByHigherPriority: "capacity was given to orders of higher priority"
        case .deferredToLaterDay: "deferred to a later day by surge triage"
        case .noFeasibleInsertion: "no feasible place was found in the time available"
        }
    }
}

/// An order left out of the plan, and why.
public struct UnassignedOrder: Hashable, Sendable {
    /// The order's id.
    public var orderId: String
    /// The main reason.
    public var reason: UnassignedReason
    /// Details for the dispatcher (which technicians came closest, what would change it).
    public var detail: String

    /// Creates an unassigned entry.
    public init(orderId: String, reason: UnassignedReason, detail: String = "") {
        self.orderId = orderId
        self.reason = reason
        self.detail = detail
    }
}
