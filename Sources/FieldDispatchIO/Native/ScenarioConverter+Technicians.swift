import FieldDispatchModel

/// Reading `technicians`, `outlets` and `depots`.
extension ScenarioConverter {
    static let technicianKeys = [
        "id", "name", "skills", "shifts", "maxOrdersPerShift", "maxWorkingTimePerShift", "costs", "outlet",
        "travelProfile", "vanStock", "tools", "capacity", "maxRestockVisitsPerShift",
    ]
    static let shiftKeys = ["id", "start", "end", "maxOvertime", "startLocation", "endLocation", "breaks"]
    static let breakKeys = ["earliestStart", "latestEnd", "duration"]
    static let costKeys = ["perHour", "perKilometre", "fixed", "overtimePerHour"]
    static let outletKeys = ["id", "name", "location", "neighbours", "maxLentTechnicians"]
    static let depotKeys = ["id", "location", "parts", "tools", "visitDuration", "openingHours"]

    /// Reads one technician; unreadable fields are reported and replaced by neutral values.
    mutating func technician(_ record: JSONRecord) -> Technician {
        let id = string(record, "id", required: true) ?? ""
        let shifts = mapRecords(record, "shifts", required: true, allowed: Self.shiftKeys) { $0.shift($1) }
        var technician = Technician(id: id, shifts: shifts)
        technician.name = string(record, "name")
        technician.skills = mapRecords(record, "skills", allowed: ["skill", "level"]) { this, item in
            SkillLevel(this.string(item, "skill", required: true) ?? "", level: this.int(item, "level") ?? 1)
        }
        technician.maxOrdersPerShift = int(record, "maxOrdersPerShift")
        technician.maxWorkingTimePerShift = duration(record, "maxWorkingTimePerShift")
        if let value = record["costs"],
           let costs = JSONRecord(value, path: record.field("costs"), allowed: Self.costKeys, issues: &issues) {
            technician.costs = CostRates(
                perHour: int(costs, "perHour") ?? 0, perKilometre: int(costs, "perKilometre") ?? 0,
                fixed: int(costs, "fixed") ?? 0, overtimePerHour: int(costs, "overtimePerHour") ?? 0)
        }
        technician.outlet = string(record, "outlet")
        technician.travelProfile = string(record, "travelProfile").map { TravelProfile($0) } ?? .car
        technician.vanStock = parts(record, "vanStock")
        technician.tools = strings(record, "tools")
        technician.capacity = int(record, "capacity")
        technician.maxRestockVisitsPerShift = int(record, "maxRestockVisitsPerShift") ?? 1
        return technician
    }

    /// Reads one shift; its id defaults to its position, as in the model.
    private mutating func shift(_ record: JSONRecord) -> Shift {
        let id = string(record, "id") ?? String(record.index ?? 0)
        let start = time(record, "start", required: true)
        let end = time(record, "end", required: true)
        let startLocation = location(record, "startLocation") ?? Location(x: 0, y: 0)
        let endLocation = location(record, "endLocation", required: false)
        var breaks = mapRecords(record, "breaks", allowed: Self.breakKeys) { this, item -> Break? in
            let earliest = this.time(item, "earliestStart", required: true)
            let latest = this.time(item, "latestEnd", required: true)
            let length = this.duration(item, "duration", required: true)
            guard let earliest, let latest, let length else { return nil }
            return Break(earliestStart: earliest, latestEnd: latest, duration: length)
        }
        // Unreadable breaks or shift bounds would make the model report invented problems.
        if breaks.contains(nil) || start == nil || end == nil { breaks = [] }
        let begin = start ?? end ?? 0
        return Shift(
            id: id, start: begin, end: end ?? begin, maxOvertime: duration(record, "maxOvertime") ?? 0,
            startLocation: startLocation, endLocation: endLocation, breaks: breaks.compactMap { $0 })
    }

    /// Reads one outlet.
    mutating func outlet(_ record: JSONRecord) -> Outlet {
        Outlet(
            id: string(record, "id", required: true) ?? "",
            name: string(record, "name"),
            location: location(record, "location") ?? Location(x: 0, y: 0),
            neighbours: strings(record, "neighbours"),
            maxLentTechnicians: int(record, "maxLentTechnicians") ?? 0)
    }

    /// Reads one parts depot.
    mutating func depot(_ record: JSONRecord) -> PartsDepot {
        let id = string(record, "id", required: true) ?? ""
        let location = self.location(record, "location") ?? Location(x: 0, y: 0)
        var depot = PartsDepot(id: id, location: location, parts: strings(record, "parts"), tools: strings(record, "tools"))
        depot.visitDuration = duration(record, "visitDuration") ?? depot.visitDuration
        if let value = record["openingHours"] {
            depot.openingHours = window(value, path: record.field("openingHours"), allowsCost: false)
        }
        return depot
    }
}
