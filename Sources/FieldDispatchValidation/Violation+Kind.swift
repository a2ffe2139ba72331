extension Violation {
    /// The rules a plan can break.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        /// The technician lacks a skill the order requires.
        case missingSkill
        /// The technician holds a required skill below the order's minimum level.
        case skillLevelTooLow
        /// The order names required technicians and this one is not among them.
        case requiredTechnicianIgnored
        /// The order excludes this technician.
        case excludedTechnician
        /// Service starts after the end of every hard window (no soft window applies).
        case windowMissed
        /// Service starts after the order's SLA deadline; soft: reported, the plan stays feasible.
        case slaMissed
        /// The route departs before its shift starts.
        case shiftStartViolated
        /// The route ends after the shift's end plus its allowed overtime, return travel included.
        case shiftEndOverrun
        /// A break of the shift is not taken although the route leaves no room for it outside working time.
        case breakMissing
        /// A break starts before its earliest start or ends after its latest end.
        case breakOutsideWindow
        /// More orders in the shift than the technician's limit.
        case maxOrdersExceeded
        /// Departure to arrival at the end takes longer than the technician's limit.
        case workingTimeExceeded
        /// The orders' demand exceeds the van's capacity.
        case capacityExceeded
        /// A required part is not in the van when the order is served.
        case partsMissing
        /// A required tool is neither carried nor picked up at an earlier depot.
        case toolMissing
        /// More depot restock visits in the shift than the technician may make.
        case restockLimitExceeded
        /// A restock visit falls outside the depot's opening hours.
        case depotClosed
        /// The order appears more than once: in two stops, or routed and unassigned, or unassigned twice.
        case orderServedTwice
        /// The order is neither in a route nor listed as unassigned.
        case orderLost
        /// A pair's pick-up and delivery are not both on one route: one is unassigned, or they
        /// went to different technicians or shifts.
        case pairSplit
        /// A pair's delivery comes before its pick-up on their route.
        case deliveryBeforePickup
        /// A stop or unassigned entry names an order the problem does not have.
        case unknownOrder
        /// A route names a technician the problem does not have.
        case unknownTechnician
        /// A route names a shift its technician does not have.
        case unknownShift
        /// A restock stop names a depot the problem does not have.
        case unknownDepot
        /// Two routes fill the same technician shift.
        case shiftUsedTwice
        /// Stop times do not follow from the route: arrival, start, chosen window, lateness or end of route.
        case scheduleInconsistent
        /// A stop lasts longer or shorter than its service, break or restock takes.
        case durationMismatch
        /// A travel time or distance differs from the problem's travel provider.
        case travelMismatch

        /// Whether breaking this rule makes the plan infeasible.
        public var isHard: Bool { self != .slaMissed }
    }
}
