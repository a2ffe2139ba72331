/// One appointment window offered to a customer: whether it can be promised, at what cost, and
/// who would likely come.
public struct SlotOffer: Hashable, Sendable {
    /// The window offered.
    public var window: TimeWindow
    /// Whether a technician can keep it without breaking another promise.
    public var isAvailable: Bool
    /// Extra cost of serving the order in this window (when available).
    public var extraCost: Int?
    /// The technician who would likely come (when available).
    public var technicianId: String?
    /// Planned start inside the window (when available).
    public var plannedStart: Int?
    /// Why the window cannot be promised (when not available).
    public var reason: UnassignedReason?
}

extension Dispatcher {
    /// Which of the offered windows can be promised for `order`, best first.
    ///
    /// Available windows come first by extra cost, then by start; the others follow in the order
    /// given, each with the reason. Nothing changes in the plan.
    /// - Parameters:
    ///   - order: the order to book (its own windows are ignored).
    ///   - windows: the windows to price, e.g. twelve two-hour slots over three days.
    /// - Returns: one offer per window.
    /// - Complexity: one scan for nearby routes, then one insertion per window.
    public func slotOffers(for order: ServiceOrder, windows: [TimeWindow]) -> [SlotOffer] {
        let nearby = nearbyRoutes(for: order, limit: options.candidateRoutes)
        var offers: [(offer: SlotOffer, index: Int)] = []
        var certified: Int?
        for (index, window) in windows.enumerated() {
            var booked = order
            booked.timeWindows = [window]
            let found = cheapestPlacement(of: booked, routesToTry: nearby)
            if let placement = found.placement {
                offers.append((SlotOffer(window: window, isAvailable: true, extraCost: placement.extraCost,
                                         technicianId: technicianId(ofRoute: placement.route), plannedStart: placement.start), index))
            } else {
                // Skills do not depend on the window, so the network is counted once per call.
                if certified == nil { certified = problem.technicians.count { !$0.shifts.isEmpty && $0.isCertified(for: order) } }
                let reason = explanation(for: booked, conflicts: found.conflicts, certifiedCount: certified).reason
                offers.append((SlotOffer(window: window, isAvailable: false, reason: reason), index))
            }
        }
        offers.sort { a, b in
            if a.offer.isAvailable != b.offer.isAvailable { return a.offer.isAvailable }
            guard a.offer.isAvailable else { return a.index < b.index }
            return (a.offer.extraCost ?? 0, a.offer.window.start, a.index) < (b.offer.extraCost ?? 0, b.offer.window.start, b.index)
        }
        return offers.map(\.offer)
    }
}
