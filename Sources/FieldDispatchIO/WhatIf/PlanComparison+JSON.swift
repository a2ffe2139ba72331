import Foundation
import FieldDispatchModel

/// The comparison as JSON for scripts.
extension PlanComparison {
    /// The comparison as JSON: `labels`, `metrics` (name, unit, baseline, variant, difference)
    /// and `orderChanges` (orderId, change, baseline and variant assignments or null).
    /// - Parameter extra: further top-level members, e.g. the applied changes.
    /// - Returns: UTF-8 JSON text, indented.
    /// - Complexity: O(metrics + moved orders).
    public func encodeJSON(extra: [(String, [String])] = []) -> Data {
        func number(_ value: Double, _ unit: Unit) -> JSONValue {
            unit == .ratio ? .number((value * 10_000).rounded() / 10_000) : .integer(Int(value.rounded()))
        }
        func assignment(_ value: Assignment?) -> JSONValue {
            guard let value else { return .null }
            return .object([("technicianId", .string(value.technicianId)), ("shiftId", .string(value.shiftId))])
        }
        let metrics: [JSONValue] = metrics.map { metric in
            .object([
                ("name", .string(metric.name)), ("unit", .string(metric.unit.rawValue)),
                ("baseline", number(metric.baseline, metric.unit)), ("variant", number(metric.variant, metric.unit)),
                ("difference", number(metric.difference, metric.unit)),
            ])
        }
        let changes: [JSONValue] = orderChanges.map { change in
            .object([
                ("orderId", .string(change.orderId)), ("change", .string(change.change.rawValue)),
                ("baseline", assignment(change.baseline)), ("variant", assignment(change.variant)),
            ])
        }
        var members: [(String, JSONValue?)] = [
            ("labels", .object([("baseline", .string(baselineLabel)), ("variant", .string(variantLabel))])),
        ]
        members += extra.map { ($0.0, JSONValue.array($0.1.map(JSONValue.string))) }
        members += [("metrics", .array(metrics)), ("orderChanges", .array(changes))]
        return Data(JSONValue.object(members).serialized().utf8)
    }
}
