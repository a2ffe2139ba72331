import Foundation
import FieldDispatchModel

/// Reads a scenario kept in spreadsheets: `orders.csv` (one row per order), `technicians.csv`
/// (one row per technician shift; further rows with the same id add shifts) and, optionally,
/// `outlets.csv` (id, name, lat, lon).
///
/// Times are ISO-8601 date-times with an offset, `YYYY-MM-DD HH:MM` in the planning offset, or
/// `HH:MM` on the planning day. The planning day is ``date`` when given, else the day of the
/// first full date-time in the files, else a bare timeline starting at midnight. Durations are
/// minutes (`45`), `1:30`, `1h30m` or ISO-8601 (`PT45M`). Lists (skills, parts, tools,
/// technicians) are separated by `;`, `|` or `,`; skills and parts may carry a level or quantity
/// after a colon (`ac.repair:2;gas.certified`). Columns the reader does not know are ignored,
/// so customer names and phone numbers may stay in the sheet. Travel is great-circle distance
/// at ``speedKmh`` with ``detourFactor``.
///
/// Every issue is reported, each naming file, row and column:
/// `orders.csv row 17, column "window_end": 09:00 is before window_start 12:00`.
public struct CSVScenarioReader: Sendable {
    /// Local midnight of the planning day, with the offset `YYYY-MM-DD HH:MM` times are read in.
    public var date: ISO8601DateTime?
    /// Average travel speed.
    public var speedKmh: Double
    /// Road distance over great-circle distance.
    public var detourFactor: Double

    /// Creates a reader.
    /// - Parameters:
    ///   - date: the planning day's local midnight (see ``planningDay(_:utcOffset:)``), if clock times refer to it.
    ///   - speedKmh: average travel speed.
    ///   - detourFactor: road distance over great-circle distance.
    public init(date: ISO8601DateTime? = nil, speedKmh: Double = 30, detourFactor: Double = 1.3) {
        self.date = date
        self.speedKmh = speedKmh
        self.detourFactor = detourFactor
    }

    /// The local midnight of a day written `YYYY-MM-DD` in an offset written `+08:00` (default UTC).
    /// - Returns: the midnight, or `nil` when the date or offset is malformed.
    public static func planningDay(_ date: String, utcOffset: String? = nil) -> ISO8601DateTime? {
        ISO8601DateTime(parsing: date + "T00:00" + (utcOffset ?? "Z"))
    }

    /// Reads the CSV files of a folder: `orders.csv`, `technicians.csv` and, if present, `outlets.csv`.
    /// - Parameter folder: the folder.
    /// - Returns: a checked problem named after the folder.
    /// - Throws: ``ScenarioError`` listing every issue.
    /// - Complexity: O(size of the files + n log n).
    public func read(folder: URL) throws(ScenarioError) -> Problem {
        let outlets = folder.appendingPathComponent("outlets.csv")
        return try read(orders: folder.appendingPathComponent("orders.csv"),
                        technicians: folder.appendingPathComponent("technicians.csv"),
                        outlets: FileManager.default.fileExists(atPath: outlets.path) ? outlets : nil,
                        name: folder.lastPathComponent)
    }

    /// Reads CSV files.
    /// - Parameters:
    ///   - orders: the orders file.
    ///   - technicians: the technicians file.
    ///   - outlets: the outlets file, if any.
    ///   - name: the scenario's name.
    /// - Returns: a checked problem.
    /// - Throws: ``ScenarioError`` listing every issue.
    /// - Complexity: O(size of the files + n log n).
    public func read(orders: URL, technicians: URL, outlets: URL? = nil, name: String = "scenario") throws(ScenarioError) -> Problem {
        func text(_ url: URL) throws(ScenarioError) -> String {
            do { return try String(contentsOf: url, encoding: .utf8) } catch {
                throw ScenarioError(path: url.lastPathComponent, message: "cannot be read (\(error.localizedDescription))")
            }
        }
        return try read(orders: try text(orders), technicians: try text(technicians), outlets: try outlets.map(text), name: name,
                        fileNames: (orders.lastPathComponent, technicians.lastPathComponent, outlets?.lastPathComponent ?? "outlets.csv"))
    }

    /// Reads CSV text.
    /// - Parameters:
    ///   - orders: the orders table.
    ///   - technicians: the technicians table.
    ///   - outlets: the outlets table, if any.
    ///   - name: the scenario's name.
    ///   - fileNames: the names messages use for the three tables.
    /// - Returns: a checked problem.
    /// - Throws: ``ScenarioError`` listing every issue, format issues first, each with file, row and column.
    /// - Complexity: O(size of the text + n log n).
    public func read(orders: String, technicians: String, outlets: String? = nil, name: String = "scenario",
                     fileNames: (String, String, String) = ("orders.csv", "technicians.csv", "outlets.csv")) throws(ScenarioError) -> Problem {
        var tableIssues: [ModelIssue] = []
        func table(_ text: String, _ name: String) -> CSVTable? {
            do { return try CSVTable(parsing: text, name: name) } catch {
                tableIssues += error.issues
                return nil
            }
        }
        let orderTable = table(orders, fileNames.0), technicianTable = table(technicians, fileNames.1)
        let outletTable = outlets.flatMap { table($0, fileNames.2) }
        guard let orderTable, let technicianTable, tableIssues.isEmpty else { throw ScenarioError(issues: tableIssues) }
        for (table, needed) in [(orderTable, ["id", "lat", "lon", "duration"]), (technicianTable, ["id", "shift_start", "shift_end"])] {
            for column in needed where !table.hasColumn(column) {
                tableIssues.append(ModelIssue(path: "\(table.name) row 1", message: "column \"\(column)\" is missing"))
            }
        }
        if !tableIssues.isEmpty { throw ScenarioError(issues: tableIssues) }
        var cells = CSVCellReader(origin: date ?? firstDay([orderTable, technicianTable]))
        let outletList = outletTable.map { readOutlets($0, &cells) }
        let (work, orderRows) = readOrders(orderTable, &cells)
        let (staff, shiftRows) = readTechnicians(technicianTable, outlets: outletList, &cells)
        let allOutlets = outletList ?? derivedOutlets(staff, work, technicianTable.name, &cells)
        let reference = cells.origin.map { TimeReference(originUnixTime: $0.unixTime, utcOffset: $0.utcOffset) } ?? .bare
        let problem = Problem(
            unchecked: name, orders: work, technicians: staff, depots: [], outlets: allOutlets,
            travel: HaversineTravel(defaultSpeedKmh: speedKmh, detourFactor: detourFactor), objective: ObjectiveOptions(),
            timeReference: reference)
        if !cells.issues.isEmpty { throw ScenarioError(issues: cells.issues) }
        let renamed = problem.validationIssues().map { issue in
            ModelIssue(path: Self.csvPath(issue.path, problem: problem, orderTable: orderTable, orderRows: orderRows,
                                          technicianTable: technicianTable, shiftRows: shiftRows), message: issue.message)
        }
        if !renamed.isEmpty { throw ScenarioError(issues: renamed) }
        return problem
    }

    /// The local midnight of the first full date-time in the tables' time columns.
    private func firstDay(_ tables: [CSVTable]) -> ISO8601DateTime? {
        let columns = ["window_start", "window_end", "window2_start", "window2_end", "sla", "shift_start", "shift_end", "break_start", "break_end"]
        for table in tables {
            for row in table.rows {
                for column in columns {
                    if let text = table.value(row, column), let moment = ISO8601DateTime(parsing: text) { return moment.startOfDay }
                }
            }
        }
        return nil
    }

    private func readOutlets(_ table: CSVTable, _ cells: inout CSVCellReader) -> [Outlet] {
        table.rows.compactMap { row in
            let id = cells.string(table, row, "id", required: true)
            let lat = cells.double(table, row, "lat", required: true), lon = cells.double(table, row, "lon", required: true)
            guard let id, let lat, let lon else { return nil }
            return Outlet(id: id, name: table.value(row, "name"), location: Location(latitude: lat, longitude: lon))
        }
    }

    /// Outlets named by technicians or orders, placed at the home of their first technician.
    private func derivedOutlets(_ technicians: [Technician], _ orders: [ServiceOrder], _ tableName: String,
                                _ cells: inout CSVCellReader) -> [Outlet] {
        var outlets: [Outlet] = []
        for technician in technicians {
            guard let id = technician.outlet, !outlets.contains(where: { $0.id == id }), let shift = technician.shifts.first else { continue }
            outlets.append(Outlet(id: id, location: shift.startLocation))
        }
        for order in orders {
            if let id = order.outlet, !outlets.contains(where: { $0.id == id }) {
                outlets.append(Outlet(id: id, location: order.location))
            }
        }
        return outlets
    }

    /// A model path such as `orders[3] "A-4".timeWindows[0]` in the files' words: `orders.csv row 5 "A-4".timeWindows[0]`.
    static func csvPath(_ path: String, problem: Problem, orderTable: CSVTable, orderRows: [Int],
                        technicianTable: CSVTable, shiftRows: [[Int]]) -> String {
        for (i, order) in problem.orders.enumerated() {
            let prefix = ModelIssue.recordPath("orders", i, id: order.id)
            if path.hasPrefix(prefix) { return "\(orderTable.name) row \(orderRows[i]) \"\(order.id)\"" + path.dropFirst(prefix.count) }
        }
        for (t, technician) in problem.technicians.enumerated() {
            let prefix = ModelIssue.recordPath("technicians", t, id: technician.id)
            guard path.hasPrefix(prefix) else { continue }
            for (s, row) in shiftRows[t].enumerated() {
                let shiftPrefix = prefix + ".shifts[\(s)]"
                if path.hasPrefix(shiftPrefix) { return "\(technicianTable.name) row \(row) \"\(technician.id)\"" + path.dropFirst(shiftPrefix.count) }
            }
            return "\(technicianTable.name) row \(shiftRows[t].first ?? 0) \"\(technician.id)\"" + path.dropFirst(prefix.count)
        }
        return path
    }
}
