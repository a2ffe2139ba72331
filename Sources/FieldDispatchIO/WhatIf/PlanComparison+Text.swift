import Foundation
import FieldDispatchModel

/// The comparison as text for terminals.
extension PlanComparison {
    /// A side-by-side table of the figures with a difference column, then the moved orders.
    /// - Parameter maxOrderLines: most moved orders to list (the rest are counted).
    /// - Returns: lines of text.
    /// - Complexity: O(metrics + moved orders).
    public func renderText(maxOrderLines: Int = 30) -> String {
        var table = TextTable(headers: ["", baselineLabel, variantLabel, "difference"], rightAligned: [1, 2, 3])
        for metric in metrics {
            table.rows.append([metric.name, Self.format(metric.baseline, metric.unit), Self.format(metric.variant, metric.unit),
                               Self.formatDifference(metric.difference, metric.unit)])
        }
        var lines = [table.render()]
        lines.append("")
        if orderChanges.isEmpty {
            lines.append("No order changed technician or shift.")
        } else {
            let counts = [Change.technicianChanged, .shiftChanged, .onlyInBaseline, .onlyInVariant].map { kind in
                (kind, orderChanges.count { $0.change == kind })
            }
            lines.append("Orders that moved: " + counts.filter { $0.1 > 0 }.map { "\($0.1) \(Self.phrase($0.0))" }.joined(separator: ", "))
            var moved = TextTable(headers: ["order", baselineLabel, variantLabel, "change"])
            for change in orderChanges.prefix(maxOrderLines) {
                moved.rows.append([change.orderId, Self.place(change.baseline), Self.place(change.variant), Self.phrase(change.change)])
            }
            lines.append(moved.render(indent: "  "))
            if orderChanges.count > maxOrderLines { lines.append("  … and \(orderChanges.count - maxOrderLines) more") }
        }
        return lines.joined(separator: "\n")
    }

    static func phrase(_ change: Change) -> String {
        switch change {
        case .technicianChanged: "other technician"
        case .shiftChanged: "other shift"
        case .onlyInBaseline: "dropped"
        case .onlyInVariant: "newly served"
        }
    }

    static func place(_ assignment: Assignment?) -> String {
        assignment.map { "\($0.technicianId) \($0.shiftId)" } ?? "unassigned"
    }

    static func format(_ value: Double, _ unit: Unit) -> String {
        switch unit {
        case .count: String(Int(value.rounded()))
        case .ratio: String(format: "%.1f %%", value * 100)
        case .seconds: clock(Int(value.rounded()))
        case .metres: String(format: "%.1f km", value / 1000)
        }
    }

    /// Hours and minutes (`229h02m`, `45m`): seconds are noise when comparing whole days.
    static func clock(_ seconds: Int) -> String {
        let minutes = (seconds + 30) / 60
        guard minutes >= 60 else { return "\(minutes)m" }
        let rest = minutes % 60
        return "\(minutes / 60)h" + (rest < 10 ? "0" : "") + "\(rest)m"
    }

    static func formatDifference(_ value: Double, _ unit: Unit) -> String {
        let sign = value > 0 ? "+" : value < 0 ? "-" : "±"
        let size = abs(value)
        switch unit {
        case .count: return sign + String(Int(size.rounded()))
        case .ratio: return sign + String(format: "%.1f pp", size * 100)
        case .seconds: return sign + clock(Int(size.rounded()))
        case .metres: return sign + String(format: "%.1f km", size / 1000)
        }
    }
}
