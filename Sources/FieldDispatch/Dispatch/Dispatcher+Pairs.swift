import FieldDispatchModel

/// Pick-up and delivery pairs in live dispatch.
///
/// Event-time insertion places one order at a time, so it never places a pair member: a member
/// that needs a place waits, with its partner taken out of a route it has not started, for
/// ``Dispatcher/reoptimize(until:)``, whose search places the two together. A pair is therefore
/// always served whole on one route, pick-up first, or left out whole; only a delivery whose
/// pick-up is already done waits alone, for its own technician.
extension Dispatcher {
    /// The id of the other member of `order`'s pair, when it is in the live problem.
    func partnerId(of order: ServiceOrder) -> String? {
        if let pickup = order.pickupOrderId { return orderIndex[pickup] != nil ? pickup : nil }
        return deliveryOfPickup[order.id]
    }

    /// Lists `order` and its partner as unassigned until the next reoptimisation, taking the
    /// partner out of its route unless its visit has started.
    func deferPair(_ order: ServiceOrder, partner: String, recorder: inout DecisionRecorder) {
        var waiting = [order.id]
        var partnerStarted: String?
        if let r = routeOfOrder[partner] {
            let index = routes[r].stops.firstIndex { $0.orderId == partner } ?? 0
            if index < routes[r].startedCount {
                partnerStarted = technicianId(ofRoute: r)
            } else if takeOut(partner, recorder: &recorder) {
                waiting.append(partner)
            }
        } else {
            waiting.append(partner)
        }
        for id in waiting {
            let other = id == order.id ? partner : order.id
            let detail = partnerStarted.map { "its pick-up \"\(other)\" is under way with \($0); the delivery waits for re-optimisation, which keeps it with \($0)" }
                ?? "a pick-up and its delivery (\"\(other)\") are placed together by re-optimisation; event-time insertion places one order at a time"
            let entry = UnassignedOrder(orderId: id, reason: .noFeasibleInsertion, detail: detail)
            removeUnassigned(id)
            unassignedOrders.append(entry)
            recorder.unassigned(entry)
            recorder.note(.unplaced(orderId: id, reason: .noFeasibleInsertion), "\(id) waits for re-optimisation: \(detail).")
        }
    }

    /// Records `order` in ``Dispatcher/deliveryOfPickup`` when it is a delivery.
    func linkPair(of order: ServiceOrder) {
        if let pickup = order.pickupOrderId { deliveryOfPickup[pickup] = order.id }
    }

    /// Forgets `order` in ``Dispatcher/deliveryOfPickup`` when it is a delivery.
    func unlinkPair(of order: ServiceOrder) {
        if let pickup = order.pickupOrderId, deliveryOfPickup[pickup] == order.id { deliveryOfPickup[pickup] = nil }
    }

    /// Clears the pair link of the delivery whose pick-up `id` is being cancelled: it stays a visit of its own.
    func releaseDelivery(ofCancelledPickup id: String) {
        guard let delivery = deliveryOfPickup.removeValue(forKey: id), let index = orderIndex[delivery] else { return }
        problem.orders[index].pickupOrderId = nil
    }

    /// Sub-problem orders for a reoptimisation: a delivery whose pick-up stays on a route (started
    /// or frozen) must stay with that route's technician and loses its link to a pick-up the
    /// search does not see; one whose pick-up is on no route of the sub-problem is left out.
    /// - Parameter stayingPickups: the technician (sub-problem id) of each frozen order, by id.
    func pairsResolved(_ orders: [ServiceOrder], frozenWith stayingPickups: [String: String]) -> [ServiceOrder] {
        let movable = Set(orders.map(\.id))
        return orders.compactMap { order in
            guard let pickup = order.pickupOrderId, !movable.contains(pickup) else { return order }
            guard let technician = stayingPickups[pickup] else { return nil }
            var alone = order
            alone.pickupOrderId = nil
            alone.requiredTechnicians = [technician]
            alone.excludedTechnicians = []
            return alone
        }
    }
}
