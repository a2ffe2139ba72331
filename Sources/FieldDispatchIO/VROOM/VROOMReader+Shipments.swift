import FieldDispatchModel

/// Reading VROOM `shipments`: each becomes a pair of orders, a pick-up and its delivery.
extension VROOMReader {
    static let shipmentKeys = ["amount", "skills", "priority", "pickup", "delivery"]
    static let stepKeys = [
        "id", "description", "location", "location_index", "setup", "service", "time_windows", "setup_per_type",
        "service_per_type",
    ]

    /// The two orders of one shipment: the pick-up (id `pickup-<id>`, kind return pick-up,
    /// carrying the `amount` as demand) and the delivery (id `delivery-<id>`, naming the pick-up
    /// in ``ServiceOrder/pickupOrderId``). Both take the shipment's skills and priority.
    ///
    /// VROOM numbers jobs, pick-ups and deliveries separately, so the prefixes keep every id unique.
    static func shipment(_ record: JSONRecord, usesMatrix: Bool, _ reader: inout ScenarioConverter) -> (pickup: ServiceOrder, delivery: ServiceOrder) {
        let skills = skillNumbers(record, &reader).map { SkillRequirement($0) }
        let priority = priority(record, &reader)
        let amount = amounts(record, "amount", &reader) ?? 0
        func step(_ role: String, _ reader: inout ScenarioConverter) -> ServiceOrder {
            let path = record.field(role)
            guard let value = record[role] else {
                if !record.isPlaceholder { reader.report(path, "missing") }
                return ServiceOrder(id: "\(role)-?\(record.index ?? 0)", location: Location(x: 0, y: 0), serviceDuration: 0)
            }
            guard let step = JSONRecord(value, path: path, allowed: stepKeys, issues: &reader.issues) else {
                return ServiceOrder(id: "\(role)-?\(record.index ?? 0)", location: Location(x: 0, y: 0), serviceDuration: 0)
            }
            var order = visit(step, id: "\(role)-" + identifier(step, &reader), usesMatrix: usesMatrix, &reader)
            order.requiredSkills = skills
            order.priority = priority
            return order
        }
        var pickup = step("pickup", &reader)
        pickup.kind = .returnPickup
        pickup.demand = amount
        var delivery = step("delivery", &reader)
        delivery.pickupOrderId = pickup.id
        return (pickup, delivery)
    }
}
