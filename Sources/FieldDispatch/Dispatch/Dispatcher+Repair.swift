extension Dispatcher {
    /// Schedules `sequence` after the first `frozen` stops of route `r`; when that breaks a rule,
    /// takes out the order at fault (or the last of the lowest priority) until it does not.
    /// - Parameter protected: orders inside the freeze horizon: taken out only when they themselves
    ///   break a hard rule, never to make room for others.
    /// - Returns: the orders taken out, in the order they were removed.
    /// - Complexity: O(L²) schedule steps at worst for L orders.
    func reschedule(_ r: Int, frozen: Int, sequence: [ServiceOrder], clampsToNow: Bool = false, protected: Set<String> = []) -> [ServiceOrder] {
        let start = liveStart(ofRoute: r, frozen: frozen, clampsToNow: clampsToNow)
        let schedule = schedule(ofRoute: r)
        var sequence = sequence
        var removed: [ServiceOrder] = []
        while true {
            let walk = schedule.walk(sequence, from: start)
            guard let conflict = walk.conflict, !sequence.isEmpty else {
                write(walk, toRoute: r, frozen: frozen)
                pin(r, keeping: protected)
                return removed
            }
            removed.append(sequence.remove(at: victim(in: sequence, conflict: conflict, protected: protected)))
        }
    }

    /// Which order to take out of `sequence` to resolve `conflict`: the order at fault when the
    /// conflict names one, else the last of the lowest priority among the orders not `protected`
    /// (among all only when every order is protected).
    func victim(in sequence: [ServiceOrder], conflict: InsertionConflict, protected: Set<String> = []) -> Int {
        if let id = conflict.orderId, let index = sequence.firstIndex(where: { $0.id == id }) { return index }
        let open = protected.isEmpty ? Array(sequence.indices) : sequence.indices.filter { !protected.contains(sequence[$0].id) }
        let choices = open.isEmpty ? Array(sequence.indices) : open
        var pick = choices[choices.count - 1]
        for i in choices.reversed() where sequence[i].priority < sequence[pick].priority { pick = i }
        return pick
    }

    /// Keeps the `protected` orders still on route `r`, and every stop before them, in place until
    /// the event is handled, so orders re-placed in the same event never go ahead of them even
    /// when the event pushed them past the horizon.
    func pin(_ r: Int, keeping protected: Set<String>) {
        guard !protected.isEmpty,
              let last = routes[r].stops.lastIndex(where: { stop in stop.orderId.map { protected.contains($0) } ?? false }),
              last + 1 > routes[r].pinnedCount else { return }
        routes[r].pinnedCount = last + 1
        pinnedRoutes.append(r)
        contexts[r] = nil
    }

    /// Ends the pins of the event just handled.
    func unpinAll() {
        for r in pinnedRoutes {
            routes[r].pinnedCount = 0
            contexts[r] = nil
        }
        pinnedRoutes.removeAll()
    }

    /// Orders of route `r` not started but starting inside the freeze horizon: the technician
    /// is on the way or about to be, so repairs keep them in place.
    /// - Complexity: O(stops).
    func frozenOrderIds(ofRoute r: Int) -> Set<String> {
        let live = routes[r]
        let end = live.frozenCount(cutoff: now + options.freezeHorizon)
        return Set(live.stops[live.startedCount..<end].compactMap(\.orderId))
    }

    /// Places orders taken out of a route elsewhere, emergencies first, then by priority and
    /// earliest closing window; what finds no place is listed unassigned.
    func replace(_ orders: [ServiceOrder], recorder: inout DecisionRecorder, reason: (ServiceOrder) -> (DispatchDecision.Reason, String)) {
        let sorted = orders.sorted { a, b in
            let ka = a.timeWindows.last?.end ?? Int.max, kb = b.timeWindows.last?.end ?? Int.max
            return (b.priority.rawValue, ka, a.id) < (a.priority.rawValue, kb, b.id)
        }
        for order in sorted {
            let (data, words) = reason(order)
            recorder.note(data, words)
            place(order, recorder: &recorder)
        }
    }

    /// Places `order` where it costs least without breaking a promise, or lists it unassigned.
    /// - Returns: whether it was placed.
    @discardableResult
    func place(_ order: ServiceOrder, recorder: inout DecisionRecorder) -> Bool {
        if let partner = partnerId(of: order) {
            deferPair(order, partner: partner, recorder: &recorder)
            return false
        }
        let found = cheapestPlacement(of: order)
        guard let placement = found.placement else {
            let entry = explanation(for: order, conflicts: found.conflicts).unassignedOrder
            removeUnassigned(order.id)
            unassignedOrders.append(entry)
            recorder.unassigned(entry)
            return false
        }
        let technician = commit(placement, of: order.id, recorder: &recorder)
        let starting = "\(order.id) goes to \(technician), starting \(problem.timeReference.format(placement.start))"
        let words = options.policy == .nearestTechnician
            ? "\(starting): the nearest certified technician who can still fit it at the end of the route (\(found.tried) tried)."
            : "\(starting): the least extra cost (\(placement.extraCost)) of \(found.tried) nearby certified route(s) that keep every other customer's window."
        recorder.note(.cheapestInsertion(orderId: order.id, technicianId: technician, extraCost: placement.extraCost, routesTried: found.tried), words)
        return true
    }

    /// Tries the unassigned orders again, highest priority first, after capacity was freed.
    func retryUnassigned(recorder: inout DecisionRecorder) {
        let waiting = unassignedOrders.compactMap { order($0.orderId) }
            .filter { partnerId(of: $0) == nil }
            .sorted { ($1.priority.rawValue, $0.id) < ($0.priority.rawValue, $1.id) }
            .prefix(options.retriesPerEvent)
        for order in waiting {
            let found = cheapestPlacement(of: order)
            guard let placement = found.placement else { continue }
            let technician = commit(placement, of: order.id, recorder: &recorder)
            recorder.note(.cheapestInsertion(orderId: order.id, technicianId: technician, extraCost: placement.extraCost, routesTried: found.tried),
                          "\(order.id), unassigned until now, fits with \(technician) at extra cost \(placement.extraCost).")
        }
    }

    /// Applies a found placement, takes the order off the unassigned list and records the move.
    /// - Returns: the technician who now serves the order.
    private func commit(_ placement: Placement, of orderId: String, recorder: inout DecisionRecorder) -> String {
        let technician = technicianId(ofRoute: placement.route)
        recorder.touch(placement.route, stops: routes[placement.route].stops)
        apply(placement)
        removeUnassigned(orderId)
        recorder.placed(orderId, technicianId: technician)
        return technician
    }
}
