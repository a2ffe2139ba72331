/// What one event changed in the plan, and why.
public struct DispatchDecision: Hashable, Sendable {
    /// An order that changed technician (or entered or left the plan).
    public struct OrderMove: Hashable, Sendable {
        /// The order.
        public var orderId: String
        /// Technician before the event; `nil` when it was new or unassigned.
        public var fromTechnicianId: String?
        /// Technician after the event; `nil` when it is now unassigned or cancelled.
        public var toTechnicianId: String?

        /// Creates a move.
        public init(orderId: String, fromTechnicianId: String?, toTechnicianId: String?) {
            self.orderId = orderId
            self.fromTechnicianId = fromTechnicianId
            self.toTechnicianId = toTechnicianId
        }
    }

    /// A planned start that moved.
    public struct ETAChange: Hashable, Sendable {
        /// The order.
        public var orderId: String
        /// The technician serving it after the event.
        public var technicianId: String
        /// Planned start before the event, seconds; `nil` when it was not planned.
        public var from: Int?
        /// Planned start after the event, seconds.
        public var to: Int

        /// Creates a change.
        public init(orderId: String, technicianId: String, from: Int?, to: Int) {
            self.orderId = orderId
            self.technicianId = technicianId
            self.from = from
            self.to = to
        }
    }

    /// One reason behind the decision, as data.
    public enum Reason: Hashable, Sendable {
        /// The order went where it cost least among routes that keep every promise.
        case cheapestInsertion(orderId: String, technicianId: String, extraCost: Int, routesTried: Int)
        /// The emergency went to the technician who can start it soonest.
        case soonestStart(orderId: String, technicianId: String, start: Int, interrupted: String?)
        /// The order was taken out of a route to make room for a higher priority.
        case displaced(orderId: String, byOrderId: String)
        /// The order could no longer keep its window on its route.
        case windowWouldBreak(orderId: String, technicianId: String)
        /// The order left the route of a technician who stopped working.
        case technicianLeft(orderId: String, technicianId: String)
        /// The technician takes work again.
        case technicianReturned(technicianId: String, from: Int)
        /// The search rearranged the movable part of the plan at a lower cost.
        case reoptimized(oldCost: Int, newCost: Int)
        /// The order could not be placed.
        case unplaced(orderId: String, reason: UnassignedReason)
        /// The order left the plan.
        case cancelled(orderId: String)
        /// The event named something the dispatcher does not know or cannot apply.
        case ignored(String)
    }

    /// The event's kind (``DispatchEvent/kindName``).
    public var event: String
    /// The dispatcher's clock after the event, seconds.
    public var time: Int
    /// Orders that changed technician, in the order the changes were made.
    public var moves: [OrderMove] = []
    /// Planned starts that moved, by technician then visiting order.
    public var etaChanges: [ETAChange] = []
    /// Orders this event left unassigned, with reasons.
    public var unassigned: [UnassignedOrder] = []
    /// The reasons as data.
    public var reasons: [Reason] = []
    /// The reasons in words, one sentence each.
    public var why: [String] = []

    /// Creates an empty decision for an event.
    public init(event: String, time: Int) {
        self.event = event
        self.time = time
    }

    /// Whether the event changed nothing in the plan.
    public var isEmpty: Bool { moves.isEmpty && etaChanges.isEmpty && unassigned.isEmpty }
}
