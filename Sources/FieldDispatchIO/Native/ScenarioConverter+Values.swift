import FieldDispatchModel

/// Readers for single fields: each returns `nil` after reporting when the value cannot be used.
extension ScenarioConverter {
    static let timeExpectation = "a time (seconds or an ISO-8601 date-time with offset like 2026-11-24T09:00:00+08:00)"
    static let durationExpectation = "a duration (seconds or ISO-8601 like PT45M)"
    static let locationExpectation =
        "a location ({\"lat\":..,\"lon\":..}, {\"x\":..,\"y\":..}, {\"index\":n} or {\"outlet\":\"id\"})"

    /// The raw value of `key`, reporting `missing` when it is required and absent.
    mutating func value(_ record: JSONRecord, _ key: String, required: Bool) -> JSONValue? {
        if let value = record[key] { return value }
        if required && !record.isPlaceholder { report(record.field(key), "missing") }
        return nil
    }

    mutating func expected(_ what: String, _ value: JSONValue, at path: String) {
        report(path, "expected \(what), found \(value.shortDescription)")
    }

    mutating func string(_ record: JSONRecord, _ key: String, required: Bool = false) -> String? {
        guard let value = value(record, key, required: required) else { return nil }
        guard case .string(let text) = value else { expected("a string", value, at: record.field(key)); return nil }
        return text
    }

    mutating func int(_ record: JSONRecord, _ key: String, required: Bool = false) -> Int? {
        guard let value = value(record, key, required: required) else { return nil }
        guard let number = Self.wholeNumber(value) else { expected("a whole number", value, at: record.field(key)); return nil }
        return number
    }

    mutating func double(_ record: JSONRecord, _ key: String, required: Bool = false) -> Double? {
        guard let value = value(record, key, required: required) else { return nil }
        switch value {
        case .integer(let number): return Double(number)
        case .number(let number): return number
        default: expected("a number", value, at: record.field(key)); return nil
        }
    }

    mutating func bool(_ record: JSONRecord, _ key: String) -> Bool? {
        guard let value = value(record, key, required: false) else { return nil }
        guard case .bool(let flag) = value else { expected("true or false", value, at: record.field(key)); return nil }
        return flag
    }

    mutating func list(_ record: JSONRecord, _ key: String, required: Bool = false) -> [JSONValue]? {
        guard let value = value(record, key, required: required) else { return nil }
        guard case .array(let items) = value else { expected("a list", value, at: record.field(key)); return nil }
        return items
    }

    /// A list of strings (ids, tools, part numbers); items of another type are reported one by one.
    mutating func strings(_ record: JSONRecord, _ key: String) -> [String] {
        guard let items = list(record, key) else { return [] }
        var result: [String] = []
        for (i, item) in items.enumerated() {
            if case .string(let text) = item { result.append(text) } else { expected("a string", item, at: record.field(key) + "[\(i)]") }
        }
        return result
    }

    /// A time: integer seconds on the timeline, or an ISO-8601 date-time converted with the origin.
    mutating func time(_ record: JSONRecord, _ key: String, required: Bool = false) -> Int? {
        guard let value = value(record, key, required: required) else { return nil }
        if let seconds = Self.wholeNumber(value) { return seconds }
        if case .string(let text) = value, let moment = ISO8601DateTime(parsing: text), let origin {
            return moment.unixTime - origin.unixTime
        }
        expected(Self.timeExpectation, value, at: record.field(key))
        return nil
    }

    /// A duration: integer seconds or an ISO-8601 duration.
    mutating func duration(_ record: JSONRecord, _ key: String, required: Bool = false) -> Int? {
        guard let value = value(record, key, required: required) else { return nil }
        if let seconds = Self.wholeNumber(value) { return seconds }
        if case .string(let text) = value, let seconds = ISO8601Duration.seconds(parsing: text) { return seconds }
        expected(Self.durationExpectation, value, at: record.field(key))
        return nil
    }

    /// A location in one of the accepted shapes.
    mutating func location(_ record: JSONRecord, _ key: String, required: Bool = true) -> Location? {
        guard let value = value(record, key, required: required) else { return nil }
        let path = record.field(key)
        guard case .object = value,
              let place = JSONRecord(value, path: path, allowed: ["lat", "lon", "x", "y", "index", "outlet"], issues: &issues)
        else { expected(Self.locationExpectation, value, at: path); return nil }
        if let outlet = string(place, "outlet") {
            guard ["lat", "lon", "x", "y", "index"].allSatisfy({ place[$0] == nil }) else {
                report(path, "an outlet reference cannot be combined with coordinates or an index")
                return nil
            }
            guard let location = outletLocations[outlet] else { report(place.field("outlet"), "unknown outlet \"\(outlet)\""); return nil }
            return location
        }
        let index = int(place, "index")
        let geographic = place["lat"] != nil || place["lon"] != nil
        let planar = place["x"] != nil || place["y"] != nil
        if geographic && planar {
            report(path, "give either lat/lon or x/y, not both")
            return nil
        }
        if geographic {
            guard let lat = double(place, "lat", required: true), let lon = double(place, "lon", required: true) else { return nil }
            return Location(latitude: lat, longitude: lon, matrixIndex: index)
        }
        if planar {
            guard let x = double(place, "x", required: true), let y = double(place, "y", required: true) else { return nil }
            return Location(x: x, y: y, matrixIndex: index)
        }
        if place["index"] == nil { expected(Self.locationExpectation, value, at: path); return nil }
        return index.map { Location(x: 0, y: 0, matrixIndex: $0) }
    }

    /// An `{"start": .., "end": ..}` interval of times; soft windows also carry a lateness cost.
    mutating func window(_ value: JSONValue, path: String, allowsCost: Bool) -> TimeWindow? {
        let keys = allowsCost ? ["start", "end", "latenessCostPerHour"] : ["start", "end"]
        guard let record = JSONRecord(value, path: path, allowed: keys, issues: &issues) else { return nil }
        let start = time(record, "start", required: true)
        let end = time(record, "end", required: true)
        let cost = allowsCost ? int(record, "latenessCostPerHour") : nil
        guard let start, let end else { return nil }
        return TimeWindow(start: start, end: end, latenessCostPerHour: cost)
    }

    /// Part quantities such as `{"partId": "CAP-35UF", "quantity": 2}`.
    mutating func parts(_ record: JSONRecord, _ key: String) -> [PartQuantity] {
        // An unreadable part id becomes "", which the model reports at the same path and the
        // decoder then drops as a repeat; the other parts keep their positions.
        mapRecords(record, key, allowed: ["partId", "quantity"]) { this, item in
            PartQuantity(this.string(item, "partId", required: true) ?? "", quantity: this.int(item, "quantity") ?? 1)
        }
    }

    /// An integer, also when written as a whole floating-point number (`3600.0`).
    static func wholeNumber(_ value: JSONValue) -> Int? {
        switch value {
        case .integer(let number): number
        case .number(let number) where number == number.rounded() && abs(number) < 9e15: Int(number)
        default: nil
        }
    }
}
