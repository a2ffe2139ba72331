import Foundation
import FieldDispatchModel

/// Writes a plan as `plan.csv` for spreadsheets: one row per stop (visits, breaks and parts-depot
/// restocks) in route order, then one row per unassigned order with its reason.
///
/// Columns: `technician`, `shift`, `sequence` (1-based within the route), `kind` (`order`,
/// `break`, `restock` or `unassigned`), `id` (order or depot id; the break's number), `priority`,
/// `arrival`, `start`, `end` (local `YYYY-MM-DD HH:MM` when the scenario has dates, else
/// `HH:MM` or `day N HH:MM`), `waiting_min`, `travel_min`, `travel_km`, `late_min`, `reason`.
public struct PlanCSVEncoder: Sendable {
    /// The header row.
    public static let columns = [
        "technician", "shift", "sequence", "kind", "id", "priority", "arrival", "start", "end",
        "waiting_min", "travel_min", "travel_km", "late_min", "reason",
    ]

    /// Creates an encoder.
    public init() {}

    /// Encodes a plan.
    /// - Parameters:
    ///   - plan: the plan.
    ///   - problem: its problem (priorities and the time origin).
    /// - Returns: CSV text with a header row and CRLF line ends, as spreadsheets expect.
    /// - Complexity: O(orders + stops).
    public func encode(_ plan: Plan, for problem: Problem) -> String {
        var priorities: [String: Priority] = [:]
        for order in problem.orders { priorities[order.id] = order.priority }
        let time = problem.timeReference
        var lines = [Self.columns.joined(separator: ",")]
        for route in plan.routes where !route.isEmpty {
            for (k, stop) in route.stops.enumerated() {
                let kind: String, id: String
                switch stop.kind {
                case .order(let order): (kind, id) = ("order", order)
                case .rest(let index): (kind, id) = ("break", String(index + 1))
                case .restock(let depot): (kind, id) = ("restock", depot)
                }
                lines.append(Self.line([
                    route.technicianId, route.shiftId, String(k + 1), kind, id, stop.orderId.flatMap { priorities[$0]?.description } ?? "",
                    time.format(stop.arrival), time.format(stop.start), time.format(stop.end),
                    Self.minutes(stop.waiting), Self.minutes(stop.travelDuration), Self.kilometres(stop.travelDistance),
                    Self.minutes(stop.lateness), "",
                ]))
            }
        }
        for entry in plan.unassigned {
            lines.append(Self.line([
                "", "", "", "unassigned", entry.orderId, priorities[entry.orderId]?.description ?? "", "", "", "", "", "", "", "",
                entry.reason.rawValue,
            ]))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    static func minutes(_ seconds: Int) -> String {
        seconds % 60 == 0 ? String(seconds / 60) : String(Double(seconds / 6) / 10)
    }

    static func kilometres(_ metres: Int) -> String {
        let tenths = (metres + 50) / 100
        return "\(tenths / 10).\(tenths % 10)"
    }

    /// Cells joined by commas, quoted where they hold a comma, quote or line break.
    static func line(_ cells: [String]) -> String {
        cells.map { cell in
            guard cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return cell }
            return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }.joined(separator: ",")
    }
}
