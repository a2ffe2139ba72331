import FieldDispatchModel

/// Reading VROOM `vehicles` and `jobs`.
extension VROOMReader {
    static func vehicle(_ record: JSONRecord, usesMatrix: Bool, _ reader: inout ScenarioConverter) -> Technician {
        let id = identifier(record, &reader)
        for key in ["steps", "max_distance", "max_travel_time", "type"] where record[key] != nil {
            reader.report(record.field(key), "is not supported")
        }
        if let factor = reader.double(record, "speed_factor"), factor != 1 {
            reader.report(record.field("speed_factor"), "is not supported (only 1)")
        }
        let start = location(record, "start", usesMatrix: usesMatrix, &reader)
        let end = location(record, "end", usesMatrix: usesMatrix, &reader)
        if start == nil && record["start"] == nil && record["start_index"] == nil && !record.isPlaceholder {
            reader.report(record.field("start"), "a vehicle without a start is not supported")
        }
        var window = (0, unboundedEnd)
        if let value = record["time_window"] {
            if let pair = pair(value, path: record.field("time_window"), &reader) { window = pair }
        }
        let breaks = reader.mapRecords(record, "breaks", allowed: ["id", "time_windows", "service", "description", "max_load"]) {
            reader, item -> Break? in
            if item["max_load"] != nil { reader.report(item.field("max_load"), "is not supported") }
            let service = reader.int(item, "service") ?? 0
            guard let windows = reader.list(item, "time_windows", required: true) else { return nil }
            guard windows.count == 1 else {
                reader.report(item.field("time_windows"), "breaks with \(windows.count) windows are not supported (give exactly one)")
                return nil
            }
            guard let (from, to) = pair(windows[0], path: item.field("time_windows") + "[0]", &reader) else { return nil }
            return Break(earliestStart: from, latestEnd: to + service, duration: service)
        }
        let shift = Shift(id: "0", start: window.0, end: window.1, startLocation: start ?? end ?? Location(x: 0, y: 0),
                          endLocation: end, breaks: breaks.contains(nil) ? [] : breaks.compactMap { $0 })
        var technician = Technician(id: id, shifts: [shift])
        technician.skills = skillNumbers(record, &reader).map { SkillLevel($0) }
        technician.travelProfile = reader.string(record, "profile").map { TravelProfile($0) } ?? .car
        technician.maxOrdersPerShift = reader.int(record, "max_tasks")
        if let capacity = amounts(record, "capacity", &reader) { technician.capacity = capacity }
        if let value = record["costs"],
           let costs = JSONRecord(value, path: record.field("costs"), allowed: ["fixed", "per_hour", "per_km"], issues: &reader.issues) {
            technician.costs = CostRates(perHour: reader.int(costs, "per_hour") ?? 3600,
                                         perKilometre: reader.int(costs, "per_km") ?? 0,
                                         fixed: reader.int(costs, "fixed") ?? 0)
        }
        return technician
    }

    static func job(_ record: JSONRecord, usesMatrix: Bool, _ reader: inout ScenarioConverter) -> ServiceOrder {
        if record["amount"] != nil { reader.report(record.field("amount"), "is not supported") }
        var order = visit(record, id: identifier(record, &reader), usesMatrix: usesMatrix, &reader)
        order.requiredSkills = skillNumbers(record, &reader).map { SkillRequirement($0) }
        order.priority = priority(record, &reader)
        order.demand = (amounts(record, "delivery", &reader) ?? 0) + (amounts(record, "pickup", &reader) ?? 0)
        return order
    }

    /// What a job and a shipment's step share: the id, the place, `setup + service` and the time windows.
    static func visit(_ record: JSONRecord, id: String, usesMatrix: Bool, _ reader: inout ScenarioConverter) -> ServiceOrder {
        for key in ["setup_per_type", "service_per_type"] where record[key] != nil {
            reader.report(record.field(key), "is not supported")
        }
        if record["location"] == nil && record["location_index"] == nil && !record.isPlaceholder {
            reader.report(record.field(usesMatrix ? "location_index" : "location"), "missing")
        }
        let place = location(record, "location", usesMatrix: usesMatrix, &reader) ?? Location(x: 0, y: 0)
        let duration = (reader.int(record, "setup") ?? 0) + (reader.int(record, "service") ?? 0)
        var order = ServiceOrder(id: id, location: place, serviceDuration: duration)
        if let windows = reader.list(record, "time_windows") {
            let read = windows.enumerated().map { i, value in pair(value, path: record.field("time_windows") + "[\(i)]", &reader) }
            if !read.contains(where: { $0 == nil }) {
                order.timeWindows = read.compactMap { $0 }.map { TimeWindow(start: $0.0, end: $0.1) }
            }
        }
        return order
    }

    /// VROOM's `priority`: 0 is normal, 1–99 urgent, 100 emergency.
    static func priority(_ record: JSONRecord, _ reader: inout ScenarioConverter) -> Priority {
        guard let priority = reader.int(record, "priority") else { return .normal }
        switch priority {
        case 0: return .normal
        case 1...99: return .urgent
        case 100: return .emergency
        default:
            reader.report(record.field("priority"), "must be between 0 and 100 (got \(priority))")
            return .normal
        }
    }

    /// VROOM ids are non-negative integers; they are kept as their decimal text.
    static func identifier(_ record: JSONRecord, _ reader: inout ScenarioConverter) -> String {
        guard let id = reader.int(record, "id", required: true) else { return "" }
        return String(id)
    }

    /// `[lon, lat]` coordinates and/or a `<key>_index` into the matrix.
    static func location(_ record: JSONRecord, _ key: String, usesMatrix: Bool, _ reader: inout ScenarioConverter) -> Location? {
        let index = reader.int(record, key + "_index")
        var coordinates: (Double, Double)?
        if let value = record[key] {
            let numbers = value.itemsIfList.compactMap { item -> Double? in
                switch item {
                case .integer(let n): Double(n)
                case .number(let n): n
                default: nil
                }
            }
            if numbers.count == 2, value.itemsIfList.count == 2 {
                coordinates = (numbers[0], numbers[1])
            } else {
                reader.expected("[longitude, latitude]", value, at: record.field(key))
                return nil
            }
        }
        if usesMatrix && index == nil && coordinates != nil {
            reader.report(record.field(key + "_index"), "missing (travel is given as a matrix)")
            return nil
        }
        guard coordinates != nil || index != nil else { return nil }
        return Location(x: coordinates?.0 ?? 0, y: coordinates?.1 ?? 0, matrixIndex: index)
    }

    /// A `[start, end]` pair of integer times.
    static func pair(_ value: JSONValue, path: String, _ reader: inout ScenarioConverter) -> (Int, Int)? {
        let numbers = value.itemsIfList.compactMap(ScenarioConverter.wholeNumber)
        guard numbers.count == 2, value.itemsIfList.count == 2 else {
            reader.expected("[start, end] in whole seconds", value, at: path)
            return nil
        }
        return (numbers[0], numbers[1])
    }

    static func skillNumbers(_ record: JSONRecord, _ reader: inout ScenarioConverter) -> [String] {
        guard let items = reader.list(record, "skills") else { return [] }
        return items.enumerated().compactMap { i, item in
            guard let number = ScenarioConverter.wholeNumber(item) else {
                reader.expected("a whole number", item, at: record.field("skills") + "[\(i)]")
                return nil
            }
            return String(number)
        }
    }

    /// The single amount of a one-dimensional amount list; more dimensions are reported.
    static func amounts(_ record: JSONRecord, _ key: String, _ reader: inout ScenarioConverter) -> Int? {
        guard let items = reader.list(record, key) else { return nil }
        let numbers = items.compactMap(ScenarioConverter.wholeNumber)
        guard numbers.count == items.count else { reader.expected("a list of whole numbers", .array(items), at: record.field(key)); return nil }
        if numbers.count > 1 { reader.report(record.field(key), "only one capacity dimension is supported (found \(numbers.count))") }
        return numbers.first
    }
}
