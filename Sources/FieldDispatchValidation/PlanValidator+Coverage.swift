extension PlanValidator {
    /// Where an order was first seen in a plan.
    private enum Placement {
        case stop(route: Route, index: Int)
        case unassigned(index: Int)

        var text: String {
            switch self {
            case .stop(let route, let index):
                "technician \"\(route.technicianId)\" shift \"\(route.shiftId)\" stop \(index)"
            case .unassigned(let index): "unassigned entry \(index)"
            }
        }
    }

    /// Orders the problem does not have, orders placed more than once, and orders placed nowhere.
    /// - Complexity: O(orders + stops).
    func coverageViolations(_ plan: Plan) -> [Violation] {
        var violations: [Violation] = []
        var placed: [String: Placement] = [:]
        func note(_ id: String, _ placement: Placement, route: Route?, stopIndex: Int?) {
            if ordersById[id] == nil {
                violations.append(Violation(
                    kind: .unknownOrder, orderId: id, technicianId: route?.technicianId, shiftId: route?.shiftId,
                    stopIndex: stopIndex, message: "\(placement.text) order \"\(id)\": the problem has no such order"))
            } else if let first = placed[id] {
                violations.append(Violation(
                    kind: .orderServedTwice, orderId: id, technicianId: route?.technicianId, shiftId: route?.shiftId,
                    stopIndex: stopIndex, message: "\(placement.text) order \"\(id)\": already placed at \(first.text)"))
            } else {
                placed[id] = placement
            }
        }
        for route in plan.routes {
            for (index, stop) in route.stops.enumerated() {
                guard let id = stop.orderId else { continue }
                note(id, .stop(route: route, index: index), route: route, stopIndex: index)
            }
        }
        for (index, entry) in plan.unassigned.enumerated() {
            note(entry.orderId, .unassigned(index: index), route: nil, stopIndex: nil)
        }
        for order in problem.orders where placed[order.id] == nil {
            violations.append(Violation(
                kind: .orderLost, orderId: order.id,
                message: "order \"\(order.id)\": neither routed nor listed as unassigned"))
        }
        return violations
    }
}
