import Foundation
import FieldDispatchModel

/// Reading `orders.csv`.
extension CSVScenarioReader {
    /// The columns `orders.csv` may have, in the order a template lists them.
    public static let orderColumns = [
        "id", "lat", "lon", "kind", "product", "model", "fault", "skills", "duration", "priority", "window_start", "window_end",
        "window2_start", "window2_end", "lateness_cost_per_hour", "sla", "outlet", "parts", "tools", "required_technicians",
        "preferred_technicians", "excluded_technicians", "demand", "pickup_order",
    ]

    func readOrders(_ table: CSVTable, _ cells: inout CSVCellReader) -> ([ServiceOrder], [Int]) {
        var orders: [ServiceOrder] = [], rows: [Int] = []
        var firstRow: [String: Int] = [:]
        for row in table.rows {
            let id = cells.string(table, row, "id", required: true) ?? ""
            if !id.isEmpty, let earlier = firstRow[id] {
                cells.report(table, row, "id", "\(id) is already used by row \(earlier)")
            } else if !id.isEmpty {
                firstRow[id] = row.number
            }
            let lat = cells.double(table, row, "lat", required: true) ?? 0, lon = cells.double(table, row, "lon", required: true) ?? 0
            var order = ServiceOrder(id: id, location: Location(latitude: lat, longitude: lon),
                                     serviceDuration: cells.duration(table, row, "duration", required: true) ?? 0)
            if let kind = cells.string(table, row, "kind") {
                let key = kind.lowercased().replacingOccurrences(of: "-", with: "").replacingOccurrences(of: "_", with: "").replacingOccurrences(of: " ", with: "")
                if let known = OrderKind.allCases.first(where: { $0.rawValue.lowercased() == key }) {
                    order.kind = known
                } else {
                    cells.report(table, row, "kind", "\(kind) is not repair, install, maintenance or return-pickup")
                }
            }
            order.productCategory = cells.string(table, row, "product")
            order.productModel = cells.string(table, row, "model")
            order.fault = cells.string(table, row, "fault")
            order.requiredSkills = cells.skills(table, row, "skills").map { SkillRequirement($0.0, minimumLevel: $0.1) }
            if let name = cells.string(table, row, "priority") {
                if let priority = Priority(name: name.lowercased()) {
                    order.priority = priority
                } else {
                    cells.report(table, row, "priority", "\(name) is not emergency, urgent, normal or low")
                }
            }
            let softCost = cells.int(table, row, "lateness_cost_per_hour")
            for (startColumn, endColumn) in [("window_start", "window_end"), ("window2_start", "window2_end")] {
                if let window = readWindow(table, row, startColumn, endColumn, &cells) {
                    order.timeWindows.append(TimeWindow(start: window.0, end: window.1, latenessCostPerHour: softCost))
                }
            }
            order.slaDeadline = cells.time(table, row, "sla")
            order.outlet = cells.string(table, row, "outlet")
            order.requiredParts = cells.parts(table, row, "parts")
            order.requiredTools = cells.list(table, row, "tools")
            order.requiredTechnicians = cells.list(table, row, "required_technicians")
            order.preferredTechnicians = cells.list(table, row, "preferred_technicians")
            order.excludedTechnicians = cells.list(table, row, "excluded_technicians")
            order.demand = cells.int(table, row, "demand") ?? 0
            order.pickupOrderId = cells.string(table, row, "pickup_order")
            orders.append(order)
            rows.append(row.number)
        }
        return (orders, rows)
    }

    /// A window from two columns; both or neither must be given, and the end may not precede the start.
    private func readWindow(_ table: CSVTable, _ row: CSVTable.Row, _ startColumn: String, _ endColumn: String,
                            _ cells: inout CSVCellReader) -> (Int, Int)? {
        let startText = table.value(row, startColumn), endText = table.value(row, endColumn)
        let start = cells.time(table, row, startColumn), end = cells.time(table, row, endColumn)
        switch (startText, endText) {
        case (nil, nil): return nil
        case (_?, nil): cells.report(table, row, endColumn, "is empty but \(startColumn) is \(startText!)"); return nil
        case (nil, _?): cells.report(table, row, startColumn, "is empty but \(endColumn) is \(endText!)"); return nil
        default: break
        }
        guard let start, let end else { return nil }
        guard end >= start else {
            cells.report(table, row, endColumn, "\(endText!) is before \(startColumn) \(startText!)")
            return nil
        }
        return (start, end)
    }
}
