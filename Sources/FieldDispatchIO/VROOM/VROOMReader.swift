import Foundation
import FieldDispatchModel

/// Reads VROOM's JSON input (`vehicles`, `jobs` and `shipments`) into a checked `Problem`, so
/// instances prepared for VROOM can be planned and compared without conversion.
///
/// Vehicles become technicians with one shift (their `time_window`, unbounded when absent);
/// jobs become repair orders; each shipment becomes a pair of orders, `pickup-<id>` and
/// `delivery-<id>` (see ``ServiceOrder/pickupOrderId``). Job ids keep their numbers as text.
/// What the model cannot express is reported as an issue rather than silently dropped: several capacity dimensions,
/// vehicles without a start, breaks with several windows, `steps`, `max_distance`,
/// `max_travel_time`, `speed_factor` other than 1, and per-type setup or service times.
///
/// Mapping details:
/// - `setup + service` becomes the service duration; skills (numbers) become skills of level 1.
/// - `priority` 0 is normal, 1–99 urgent, 100 emergency.
/// - The first `delivery` plus the first `pickup` amount is the order's demand against the
///   vehicle's first `capacity`; a shipment's `amount` is its pick-up's demand. Capacity is
///   checked against the sum over the route, which never exceeds VROOM's load at any point
///   (a conservative reading: a plan valid here is valid there).
/// - A break may start inside its window, so it must end by the window's end plus its `service`.
/// - With `matrices` (or the older `matrix`) travel comes from the tables through `location_index`;
///   without, from great-circle distances (`HaversineTravel` defaults), as no road network is at hand.
/// - Vehicles' `costs` (`fixed`, `per_hour`, `per_km`) become cost rates and are added to the objective.
public struct VROOMReader: Sendable {
    static let topLevelKeys = ["vehicles", "jobs", "shipments", "matrices", "matrix"]
    static let jobKeys = [
        "id", "description", "location", "location_index", "setup", "service", "delivery", "pickup", "amount",
        "skills", "priority", "time_windows", "setup_per_type", "service_per_type",
    ]
    static let vehicleKeys = [
        "id", "profile", "description", "start", "start_index", "end", "end_index", "capacity", "costs", "skills",
        "time_window", "breaks", "speed_factor", "max_tasks", "max_travel_time", "max_distance", "steps", "type",
    ]
    /// The end of a shift whose vehicle has no time window: far away, yet safe to add durations to.
    static let unboundedEnd = 1 << 40

    /// Creates a reader.
    public init() {}

    /// Reads VROOM input.
    /// - Parameters:
    ///   - data: the file's bytes.
    ///   - name: the scenario name (VROOM input has none).
    /// - Returns: a problem that passed the model's checks.
    /// - Throws: ``ScenarioError`` listing every issue with its path, e.g. `jobs[3] "1004".time_windows[0]`.
    /// - Complexity: O(size of the file + n log n) in the number of jobs and vehicles.
    public func read(_ data: Data, name: String = "vroom") throws(ScenarioError) -> Problem {
        let document = try ScenarioDecoder.parse(data)
        var reader = ScenarioConverter(origin: nil)
        guard let root = JSONRecord(document, path: "", allowed: Self.topLevelKeys, issues: &reader.issues) else {
            throw ScenarioError(path: "", message: "expected a JSON object at the top level, found \(document.shortDescription)")
        }
        let travel = Self.travel(root, &reader)
        let usesMatrix = travel is TravelMatrix
        let technicians = reader.mapRecords(root, "vehicles", required: true, allowed: Self.vehicleKeys) {
            Self.vehicle($1, usesMatrix: usesMatrix, &$0)
        }
        let jobs = reader.mapRecords(root, "jobs", required: root["shipments"] == nil, allowed: Self.jobKeys) { reader, record in
            (Self.job(record, usesMatrix: usesMatrix, &reader), record.path)
        }
        let shipments = reader.mapRecords(root, "shipments", allowed: Self.shipmentKeys) { reader, record in
            (Self.shipment(record, usesMatrix: usesMatrix, &reader), record.path)
        }
        let orders = jobs.map(\.0) + shipments.flatMap { [$0.0.pickup, $0.0.delivery] }
        // Where each order came from, so the model's issues name the file's records.
        let orderPaths = jobs.map(\.1) + shipments.flatMap { [$0.1 + ".pickup", $0.1 + ".delivery"] }
        let hasCosts = document["vehicles"]?.itemsIfList.contains { $0["costs"] != nil } ?? false
        let draft = Problem(
            unchecked: name, orders: orders, technicians: technicians, depots: [], outlets: [],
            travel: travel, objective: ObjectiveOptions(includesCostRates: hasCosts), timeReference: .bare)
        let modelIssues = draft.validationIssues().map {
            ModelIssue(path: Self.vroomPath($0.path, orderPaths: orderPaths), message: $0.message)
        }
        let issues = ScenarioDecoder.merge(format: reader.issues, model: modelIssues)
        if !issues.isEmpty { throw ScenarioError(issues: issues) }
        return draft
    }

    /// Model field paths in VROOM's own words, so every issue names a key of the file:
    /// `orders[i] "id"` becomes the record order `i` was read from.
    static func vroomPath(_ path: String, orderPaths: [String]) -> String {
        var path = path
        if path.hasPrefix("orders["), let close = path.firstIndex(of: "]"),
           let index = Int(path[path.index(path.startIndex, offsetBy: 7)..<close]), orderPaths.indices.contains(index) {
            var rest = path[path.index(after: close)...]
            if rest.hasPrefix(" \""), let end = rest.dropFirst(2).firstIndex(of: "\"") { rest = rest[rest.index(after: end)...] }
            path = orderPaths[index] + rest
        }
        let renames = [
            ("technicians[", "vehicles["), (".timeWindows", ".time_windows"),
            (".serviceDuration", ".service"), (".requiredSkills", ".skills"), (".demand", ".delivery"),
            (".maxOrdersPerShift", ".max_tasks"), (".shifts[0].breaks", ".breaks"), (".shifts[0].startLocation", ".start"),
            (".shifts[0].endLocation", ".end"), (".shifts[0]", ".time_window"),
        ]
        var result = path
        for (model, vroom) in renames { result = result.replacingOccurrences(of: model, with: vroom) }
        return result
    }

    private static func travel(_ root: JSONRecord, _ reader: inout ScenarioConverter) -> any TravelTimeProvider {
        var tables: [TravelProfile: TravelMatrix.Table] = [:]
        if let legacy = root["matrix"] {
            if let rows = square(legacy, path: root.field("matrix"), &reader) { tables[.car] = .init(durations: rows) }
        }
        if let value = root["matrices"],
           let matrices = JSONRecord(value, path: root.field("matrices"), allowed: ScenarioConverter.keys(of: value), issues: &reader.issues) {
            for profile in ScenarioConverter.keys(of: value) {
                guard let entry = JSONRecord(value[profile] ?? .null, path: matrices.field(profile),
                                             allowed: ["durations", "distances", "costs"], issues: &reader.issues)
                else { continue }
                if entry["costs"] != nil { reader.report(entry.field("costs"), "custom cost matrices are not supported") }
                guard let durations = entry["durations"].flatMap({ square($0, path: entry.field("durations"), &reader) }) else {
                    if entry["durations"] == nil { reader.report(entry.field("durations"), "missing") }
                    continue
                }
                let distances = entry["distances"].flatMap { square($0, path: entry.field("distances"), &reader) } ?? []
                if !distances.isEmpty && distances.count != durations.count {
                    reader.report(entry.field("distances"), "has \(distances.count) rows but durations has \(durations.count)")
                    continue
                }
                tables[TravelProfile(profile)] = .init(durations: durations, distances: distances)
            }
        }
        guard !tables.isEmpty else { return HaversineTravel() }
        let fallback: TravelProfile = tables[.car] != nil ? .car : TravelProfile(tables.keys.map(\.name).min() ?? "car")
        return TravelMatrix(tables: tables, fallbackProfile: fallback)
    }

    private static func square(_ value: JSONValue, path: String, _ reader: inout ScenarioConverter) -> [[Int]]? {
        guard case .array(let rows) = value else { reader.expected("a list of rows", value, at: path); return nil }
        var result: [[Int]] = []
        for (r, row) in rows.enumerated() {
            let cells = row.itemsIfList.compactMap(ScenarioConverter.wholeNumber).filter { $0 >= 0 }
            guard case .array(let raw) = row, cells.count == raw.count, raw.count == rows.count else {
                reader.report(path + "[\(r)]", "expected \(rows.count) non-negative whole numbers")
                return nil
            }
            result.append(cells)
        }
        return result
    }
}

extension JSONValue {
    /// The items of a list, or none for any other value.
    var itemsIfList: [JSONValue] {
        if case .array(let items) = self { return items }
        return []
    }
}
