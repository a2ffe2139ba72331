import FieldDispatchModel

/// Reading `technicians.csv`.
extension CSVScenarioReader {
    /// The columns `technicians.csv` may have, in the order a template lists them.
    public static let technicianColumns = [
        "id", "name", "outlet", "home_lat", "home_lon", "skills", "shift_id", "shift_start", "shift_end", "overtime",
        "break_start", "break_end", "break_minutes", "max_orders", "max_hours", "van_stock", "tools", "profile",
        "cost_per_hour", "cost_per_km", "fixed_cost", "overtime_cost_per_hour", "capacity",
    ]

    /// Technicians in first-appearance order, and for each the rows of its shifts.
    func readTechnicians(_ table: CSVTable, outlets: [Outlet]?, _ cells: inout CSVCellReader) -> ([Technician], [[Int]]) {
        var technicians: [Technician] = [], rows: [[Int]] = []
        var index: [String: Int] = [:]
        for row in table.rows {
            guard let id = cells.string(table, row, "id", required: true) else { continue }
            let t: Int
            if let known = index[id] {
                t = known
            } else {
                t = technicians.count
                index[id] = t
                technicians.append(profile(id, table, row, &cells))
                rows.append([])
            }
            if var shift = readShift(table, row, outlets: outlets, outletId: technicians[t].outlet, &cells) {
                if let given = table.value(row, "shift_id") {
                    shift.id = given
                } else {
                    var serial = 2
                    let base = shift.id
                    while technicians[t].shifts.contains(where: { $0.id == shift.id }) {
                        shift.id = "\(base)-\(serial)"
                        serial += 1
                    }
                }
                technicians[t].shifts.append(shift)
                rows[t].append(row.number)
            }
        }
        return (technicians, rows)
    }

    private func profile(_ id: String, _ table: CSVTable, _ row: CSVTable.Row, _ cells: inout CSVCellReader) -> Technician {
        var technician = Technician(id: id, name: cells.string(table, row, "name"), shifts: [])
        technician.outlet = cells.string(table, row, "outlet")
        technician.skills = cells.skills(table, row, "skills").map { SkillLevel($0.0, level: $0.1) }
        technician.maxOrdersPerShift = cells.int(table, row, "max_orders")
        if let hours = cells.double(table, row, "max_hours") {
            if hours < 0 { cells.report(table, row, "max_hours", "must not be negative") }
            technician.maxWorkingTimePerShift = Int((hours * 3600).rounded())
        }
        technician.vanStock = cells.parts(table, row, "van_stock")
        technician.tools = cells.list(table, row, "tools")
        if let profile = cells.string(table, row, "profile") { technician.travelProfile = TravelProfile(profile) }
        technician.capacity = cells.int(table, row, "capacity")
        technician.costs = CostRates(
            perHour: cells.int(table, row, "cost_per_hour") ?? 0, perKilometre: cells.int(table, row, "cost_per_km") ?? 0,
            fixed: cells.int(table, row, "fixed_cost") ?? 0, overtimePerHour: cells.int(table, row, "overtime_cost_per_hour") ?? 0)
        return technician
    }

    private func readShift(_ table: CSVTable, _ row: CSVTable.Row, outlets: [Outlet]?, outletId: String?,
                           _ cells: inout CSVCellReader) -> Shift? {
        let start = cells.time(table, row, "shift_start", required: true)
        let end = cells.time(table, row, "shift_end", required: true)
        var home: Location?
        let lat = cells.double(table, row, "home_lat"), lon = cells.double(table, row, "home_lon")
        if let lat, let lon {
            home = Location(latitude: lat, longitude: lon)
        } else if (lat == nil) != (lon == nil) {
            cells.report(table, row, lat == nil ? "home_lat" : "home_lon", "is empty but its partner column is given")
        } else if let outletId, let outlet = outlets?.first(where: { $0.id == outletId }) {
            home = outlet.location
        } else {
            cells.report(table, row, "home_lat", "is empty; give home_lat and home_lon, or an outlet listed in outlets.csv")
        }
        if let start, let end, end <= start {
            cells.report(table, row, "shift_end", "\(table.value(row, "shift_end")!) is not after shift_start \(table.value(row, "shift_start")!)")
            return nil
        }
        guard let start, let end, let home else { return nil }
        var shift = Shift(id: shiftName(start, cells), start: start, end: end, maxOvertime: cells.duration(table, row, "overtime") ?? 0,
                          startLocation: home, endLocation: home)
        let breakStart = cells.time(table, row, "break_start"), breakEnd = cells.time(table, row, "break_end")
        let breakLength = cells.duration(table, row, "break_minutes")
        switch (breakStart, breakEnd, breakLength) {
        case (nil, nil, nil): break
        case let (from?, to?, length?):
            if to - from < length {
                cells.report(table, row, "break_end", "the window \(table.value(row, "break_start")!)–\(table.value(row, "break_end")!) is shorter than break_minutes")
            } else {
                shift.breaks = [Break(earliestStart: from, latestEnd: to, duration: length)]
            }
        case let (from, to, _):
            let missing = from == nil ? "break_start" : to == nil ? "break_end" : "break_minutes"
            if table.value(row, missing) == nil { cells.report(table, row, missing, "is empty; a break needs break_start, break_end and break_minutes") }
        }
        return shift
    }

    /// The local date of the shift's start (`2026-11-24`), or `day-N` on a bare timeline.
    private func shiftName(_ start: Int, _ cells: CSVCellReader) -> String {
        guard let origin = cells.origin else { return "day-\(start >= 0 ? start / 86_400 : (start - 86_399) / 86_400)" }
        return String(ISO8601DateTime(unixTime: origin.unixTime + start, utcOffset: origin.utcOffset).description.prefix(10))
    }
}
