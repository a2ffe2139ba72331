import FieldDispatchModel

/// Reading `travel`.
extension ScenarioConverter {
    static let travelKeys: [String: [String]] = [
        "haversine": ["kind", "speedKmh", "detourFactor", "profiles"],
        "euclidean": ["kind", "scale"],
        "matrix": ["kind", "profiles", "fallbackProfile"],
    ]

    /// Reads the travel provider; `nil` (after reporting) when it cannot be built.
    mutating func travel(_ root: JSONRecord) -> (any TravelTimeProvider)? {
        guard let value = value(root, "travel", required: true) else { return nil }
        let path = root.field("travel")
        guard case .string(let kind) = value["kind"] ?? .null, let keys = Self.travelKeys[kind] else {
            if case .object = value {
                let found = value["kind"].map(\.shortDescription) ?? "nothing"
                report(path + ".kind", "expected \"haversine\", \"euclidean\" or \"matrix\", found \(found)")
            } else {
                expected("an object", value, at: path)
            }
            return nil
        }
        guard let record = JSONRecord(value, path: path, allowed: keys, issues: &issues) else { return nil }
        switch kind {
        case "haversine":
            let speed = positive(record, "speedKmh") ?? 30
            let detour = positive(record, "detourFactor") ?? 1.3
            var speeds: [TravelProfile: Double] = [:]
            if let profiles = record["profiles"],
               let table = JSONRecord(profiles, path: record.field("profiles"), allowed: Self.keys(of: profiles), issues: &issues) {
                for key in Self.keys(of: profiles) {
                    if let kmh = positive(table, key) { speeds[TravelProfile(key)] = kmh }
                }
            }
            return HaversineTravel(defaultSpeedKmh: speed, speedsKmh: speeds, detourFactor: detour)
        case "euclidean":
            return EuclideanTravel(scale: positive(record, "scale") ?? 1)
        default:
            return matrix(record)
        }
    }

    private mutating func matrix(_ record: JSONRecord) -> TravelMatrix? {
        guard let profiles = value(record, "profiles", required: true),
              let table = JSONRecord(profiles, path: record.field("profiles"), allowed: Self.keys(of: profiles), issues: &issues)
        else { return nil }
        var tables: [TravelProfile: TravelMatrix.Table] = [:]
        var failed = false
        var firstProfile: (name: String, size: Int)?
        for name in Self.keys(of: profiles) {
            guard let entry = JSONRecord(profiles[name] ?? .null, path: table.field(name), allowed: ["durations", "distances"], issues: &issues)
            else { failed = true; continue }
            let durations = square(entry, "durations", required: true)
            let distances = square(entry, "distances", required: false)
            guard let durations else { failed = true; continue }
            if let distances, distances.count != durations.count {
                report(entry.field("distances"), "has \(distances.count) rows but durations has \(durations.count)")
                failed = true
                continue
            }
            if let first = firstProfile, first.size != durations.count {
                report(entry.field("durations"), "has \(durations.count) rows but profile \"\(first.name)\" has \(first.size); all profiles need the same locations")
                failed = true
                continue
            }
            firstProfile = firstProfile ?? (name, durations.count)
            tables[TravelProfile(name)] = TravelMatrix.Table(durations: durations, distances: distances ?? [])
        }
        let names = tables.keys.map(\.name).sorted()
        var fallback: TravelProfile = names.contains("car") ? .car : TravelProfile(names.first ?? "car")
        if let name = string(record, "fallbackProfile") {
            fallback = TravelProfile(name)
            if tables[fallback] == nil && !failed {
                report(record.field("fallbackProfile"), "no table for profile \"\(name)\"")
            }
        }
        if tables.isEmpty && !failed { report(record.field("profiles"), "needs at least one profile") }
        return tables.isEmpty || failed ? nil : TravelMatrix(tables: tables, fallbackProfile: fallback)
    }

    /// A square table of non-negative whole numbers, as lists of rows.
    private mutating func square(_ record: JSONRecord, _ key: String, required: Bool) -> [[Int]]? {
        guard let rows = list(record, key, required: required) else { return nil }
        var result: [[Int]] = []
        var ok = true
        for (r, row) in rows.enumerated() {
            let rowPath = record.field(key) + "[\(r)]"
            guard case .array(let cells) = row else { expected("a list", row, at: rowPath); ok = false; continue }
            if cells.count != rows.count {
                report(rowPath, "has \(cells.count) entries; a \(rows.count) x \(rows.count) matrix needs \(rows.count)")
                ok = false
                continue
            }
            var values: [Int] = []
            for (c, cell) in cells.enumerated() {
                if let number = Self.wholeNumber(cell), number >= 0 {
                    values.append(number)
                } else {
                    expected("a non-negative whole number", cell, at: rowPath + "[\(c)]")
                    ok = false
                }
            }
            result.append(values)
        }
        return ok ? result : nil
    }

    private mutating func positive(_ record: JSONRecord, _ key: String) -> Double? {
        guard let number = double(record, key) else { return nil }
        guard number > 0, number.isFinite else { report(record.field(key), "must be positive (got \(JSONValue.format(number)))"); return nil }
        return number
    }

    /// Keys of an object in file order, for maps whose keys are names (profiles).
    static func keys(of value: JSONValue) -> [String] {
        guard case .object(let members) = value else { return [] }
        return members.map(\.key)
    }
}
