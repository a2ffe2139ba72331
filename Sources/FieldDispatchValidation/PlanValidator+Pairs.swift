import FieldDispatchModel

extension PlanValidator {
    /// Pairs (``ServiceOrder/pickupOrderId``) whose members are not served together on one
    /// route, pick-up first. A pair left out as a whole is no violation.
    /// - Complexity: O(orders + stops).
    func pairViolations(_ plan: Plan) -> [Violation] {
        let deliveries = problem.orders.filter { $0.pickupOrderId != nil }
        guard !deliveries.isEmpty else { return [] }
        var served: [String: (route: Int, stop: Int)] = [:]
        for (r, route) in plan.routes.enumerated() {
            for (index, stop) in route.stops.enumerated() {
                if let id = stop.orderId, served[id] == nil { served[id] = (r, index) }
            }
        }
        func place(_ id: String) -> String {
            guard let at = served[id] else { return "unassigned" }
            let route = plan.routes[at.route]
            return "technician \"\(route.technicianId)\" shift \"\(route.shiftId)\" stop \(at.stop)"
        }
        var violations: [Violation] = []
        for delivery in deliveries {
            guard let pickupId = delivery.pickupOrderId else { continue }
            let pickupAt = served[pickupId], deliveryAt = served[delivery.id]
            guard let anchor = deliveryAt ?? pickupAt else { continue }
            let technicianId = plan.routes[anchor.route].technicianId, shiftId = plan.routes[anchor.route].shiftId
            if let pickupAt, let deliveryAt, pickupAt.route == deliveryAt.route {
                guard deliveryAt.stop < pickupAt.stop else { continue }
                violations.append(Violation(
                    kind: .deliveryBeforePickup, orderId: delivery.id, technicianId: technicianId, shiftId: shiftId,
                    stopIndex: deliveryAt.stop,
                    message: "order \"\(delivery.id)\" at \(place(delivery.id)): delivered before its pick-up \"\(pickupId)\" at stop \(pickupAt.stop)"))
            } else {
                violations.append(Violation(
                    kind: .pairSplit, orderId: delivery.id, technicianId: technicianId, shiftId: shiftId,
                    stopIndex: deliveryAt?.stop,
                    message: "order \"\(delivery.id)\" (\(place(delivery.id))) and its pick-up \"\(pickupId)\" (\(place(pickupId))) must be served together by one technician on one shift"))
            }
        }
        return violations
    }
}
