extension Dispatcher {
    /// Applies one event to the plan and says what changed and why.
    /// - Parameter event: what happened.
    /// - Returns: orders moved, planned starts changed, orders left unassigned, and the reasons.
    /// - Complexity: an insertion tries ``DispatchOptions/candidateRoutes`` routes at O(L²) schedule
    ///   steps each (L orders per route), after an O(stops + m log m) scan for the nearest routes.
    public func handle(_ event: DispatchEvent) -> DispatchDecision {
        if let time = event.time { now = max(now, time) }
        revision += 1
        var recorder = DecisionRecorder(event: event, time: now)
        switch event {
        case .orderAdded(let order): addOrder(order, recorder: &recorder)
        case .orderCancelled(let id): cancelOrder(id, recorder: &recorder)
        case .orderUpdated(let order): updateOrder(order, recorder: &recorder)
        case .visitStarted(let id, let at): startVisit(id, at: at, recorder: &recorder)
        case .visitCompleted(let id, let at): completeVisit(id, at: at, recorder: &recorder)
        case .visitOverran(let id, let report): overrun(id, by: report, recorder: &recorder)
        case .technicianUnavailable(let id, let from): technicianLeaves(id, from: from, recorder: &recorder)
        case .technicianAvailable(let id, let from): technicianReturns(id, from: from, recorder: &recorder)
        case .shiftAdded(let id, let shift): addShift(shift, technicianId: id, recorder: &recorder)
        case .emergencyAdded(let order, let interrupts): addEmergency(order, allowInterruption: interrupts, recorder: &recorder)
        case .clockAdvanced: break
        }
        unpinAll()
        return recorder.finished(routes: routes, technicianIds: problem.technicians.map(\.id))
    }

    /// Adds an order to the live problem; `false` when the id is taken.
    func register(_ order: ServiceOrder, recorder: inout DecisionRecorder) -> Bool {
        guard orderIndex[order.id] == nil else {
            recorder.note(.ignored("order \(order.id) already exists"), "\(order.id) already exists; use an update.")
            return false
        }
        orderIndex[order.id] = problem.orders.count
        problem.orders.append(order)
        linkPair(of: order)
        return true
    }

    /// Removes an order from the live problem (it must be in no route), keeping indices dense.
    func unregister(_ id: String) {
        guard let index = orderIndex.removeValue(forKey: id) else { return }
        unlinkPair(of: problem.orders[index])
        let last = problem.orders.count - 1
        if index != last {
            problem.orders.swapAt(index, last)
            orderIndex[problem.orders[index].id] = index
        }
        problem.orders.removeLast()
        removeUnassigned(id)
    }

    private func addOrder(_ order: ServiceOrder, recorder: inout DecisionRecorder) {
        guard register(order, recorder: &recorder) else { return }
        place(order, recorder: &recorder)
    }

    /// Takes an order that has not started out of its route, retiming the rest in sequence.
    /// - Returns: whether it was taken out (or was not routed).
    func takeOut(_ id: String, recorder: inout DecisionRecorder) -> Bool {
        guard let r = routeOfOrder[id] else { return true }
        guard let index = routes[r].stops.firstIndex(where: { $0.orderId == id }), index >= routes[r].startedCount else {
            recorder.note(.ignored("order \(id) has started"), "\(id) has already started and stays on its route.")
            return false
        }
        recorder.touch(r, stops: routes[r].stops)
        recorder.left(id, technicianId: technicianId(ofRoute: r))
        let frozen = routes[r].startedCount
        let rest = routes[r].orderIds(from: frozen).filter { $0 != id }.compactMap { order($0) }
        let protected = frozenOrderIds(ofRoute: r)
        routeOfOrder[id] = nil
        let removed = reschedule(r, frozen: frozen, sequence: rest, protected: protected)
        for order in removed { recorder.left(order.id, technicianId: technicianId(ofRoute: r)) }
        replace(removed, recorder: &recorder) { order in
            (.windowWouldBreak(orderId: order.id, technicianId: self.technicianId(ofRoute: r)),
             "\(order.id) no longer fits its route after the change and is placed again.")
        }
        return true
    }

    private func cancelOrder(_ id: String, recorder: inout DecisionRecorder) {
        guard orderIndex[id] != nil else {
            recorder.note(.ignored("unknown order \(id)"), "\(id) is not in the plan.")
            return
        }
        guard takeOut(id, recorder: &recorder) else { return }
        unregister(id)
        releaseDelivery(ofCancelledPickup: id)
        recorder.cancelled(id)
        recorder.note(.cancelled(orderId: id), "\(id) is cancelled and leaves the plan.")
        retryUnassigned(recorder: &recorder)
    }

    private func updateOrder(_ order: ServiceOrder, recorder: inout DecisionRecorder) {
        guard let index = orderIndex[order.id] else {
            addOrder(order, recorder: &recorder)
            return
        }
        guard takeOut(order.id, recorder: &recorder) else { return }
        unlinkPair(of: problem.orders[index])
        problem.orders[index] = order
        linkPair(of: order)
        place(order, recorder: &recorder)
    }

    private func technicianLeaves(_ id: String, from: Int, recorder: inout DecisionRecorder) {
        guard let t = technicianIndex[id] else {
            recorder.note(.ignored("unknown technician \(id)"), "\(id) is not a technician of the plan.")
            return
        }
        var removed: [ServiceOrder] = []
        for r in routesOfTechnician[t] {
            routes[r].isAvailable = false
            recorder.touch(r, stops: routes[r].stops)
            // Stops begun before the technician dropped out count as done.
            let kept = routes[r].frozenCount(cutoff: from)
            let leaving = routes[r].orderIds(from: kept).compactMap { order($0) }
            for order in leaving { recorder.left(order.id, technicianId: id) }
            removed += leaving
            removed += reschedule(r, frozen: kept, sequence: [])
        }
        replace(removed, recorder: &recorder) { order in
            (.technicianLeft(orderId: order.id, technicianId: id), "\(order.id) leaves \(id), who is unavailable from \(self.problem.timeReference.format(from)).")
        }
    }

    private func addShift(_ shift: Shift, technicianId id: String, recorder: inout DecisionRecorder) {
        guard let t = technicianIndex[id], !problem.technicians[t].shifts.contains(where: { $0.id == shift.id }),
              shift.end >= shift.start else {
            recorder.note(.ignored("shift \(shift.id) of \(id) cannot be added"),
                          "\(id) is unknown or already has a shift \(shift.id) (or it ends before it starts).")
            return
        }
        problem.technicians[t].shifts.append(shift)
        routesOfTechnician[t].append(routes.count)
        routes.append(LiveRoute(technicianIndex: t, shiftIndex: problem.technicians[t].shifts.count - 1, departure: shift.start))
        contexts.append(nil)
        recorder.note(.technicianReturned(technicianId: id, from: shift.start),
                      "\(id) works an extra shift \(shift.id) from \(problem.timeReference.format(shift.start)).")
        retryUnassigned(recorder: &recorder)
    }

    private func technicianReturns(_ id: String, from: Int, recorder: inout DecisionRecorder) {
        guard let t = technicianIndex[id] else {
            recorder.note(.ignored("unknown technician \(id)"), "\(id) is not a technician of the plan.")
            return
        }
        for r in routesOfTechnician[t] {
            routes[r].isAvailable = true
            routes[r].availableFrom = from
            contexts[r] = nil
        }
        recorder.note(.technicianReturned(technicianId: id, from: from), "\(id) takes work again from \(problem.timeReference.format(from)).")
        retryUnassigned(recorder: &recorder)
    }
}
