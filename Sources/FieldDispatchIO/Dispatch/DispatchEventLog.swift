import Foundation
import FieldDispatch

/// Reads and writes a day of ``DispatchEvent``s as JSON lines: one event object per line, named
/// by its `event` key, with orders in the native scenario format's order shape.
///
/// ```
/// {"event":"clockAdvanced","to":"2026-11-24T09:15:00+08:00"}
/// {"event":"orderAdded","order":{"id":"L-1","location":{"lat":23.1,"lon":113.2},"serviceDuration":"PT45M"}}
/// {"event":"visitOverran","orderId":"A-1004","extra":"PT20M"}
/// {"event":"visitOverran","orderId":"A-1005","end":"2026-11-24T11:40:00+08:00"}
/// ```
///
/// An overrun gives exactly one of `extra` (a duration) or `end` (the visit's new end time).
///
/// Times are written as date-times when the time reference has an origin and as seconds
/// otherwise; either form is read back. Replay a log with ``Dispatcher/replay(_:followsPlan:)``.
public struct DispatchEventLog: Sendable {
    /// How times are written and read.
    public var timeReference: TimeReference
    /// Decides whether locations are written as `lat`/`lon` (haversine) or `x`/`y`.
    public var travel: any TravelTimeProvider

    /// Creates a log codec for the events of a problem.
    /// - Parameter problem: supplies the time reference and travel provider.
    public init(for problem: Problem) {
        timeReference = problem.timeReference
        travel = problem.travel
    }

    /// Creates a log codec.
    public init(timeReference: TimeReference = .bare, travel: any TravelTimeProvider = EuclideanTravel(scale: 1)) {
        self.timeReference = timeReference
        self.travel = travel
    }

    /// The events as JSON lines, each line ending in a newline.
    /// - Complexity: O(size of the output).
    public func encode(_ events: [DispatchEvent]) -> String {
        events.map { line(for: $0) + "\n" }.joined()
    }

    /// One event as a single line of JSON, without the newline.
    public func line(for event: DispatchEvent) -> String {
        let writer = ScenarioEncoder.Writer(reference: timeReference, travel: travel)
        var members: [(String, JSONValue?)] = [("event", .string(event.kindName))]
        switch event {
        case .orderAdded(let order), .orderUpdated(let order):
            members.append(("order", writer.order(order)))
        case .orderCancelled(let id):
            members.append(("orderId", .string(id)))
        case .visitStarted(let id, let at), .visitCompleted(let id, let at):
            members += [("orderId", .string(id)), ("at", writer.time(at))]
        case .visitOverran(let id, .extraSeconds(let extra)):
            members += [("orderId", .string(id)), ("extra", writer.duration(extra))]
        case .visitOverran(let id, .endsAt(let end)):
            members += [("orderId", .string(id)), ("end", writer.time(end))]
        case .technicianUnavailable(let id, let from), .technicianAvailable(let id, let from):
            members += [("technicianId", .string(id)), ("from", writer.time(from))]
        case .emergencyAdded(let order, let interrupts):
            members += [("order", writer.order(order)), ("allowInterruption", .bool(interrupts))]
        case .shiftAdded(let id, let shift):
            // The scenario format writes shifts only inside technicians; borrow that shape.
            members += [("technicianId", .string(id)), ("shift", writer.technician(Technician(id: id, shifts: [shift]))["shifts"]?.firstItem)]
        case .clockAdvanced(let to):
            members.append(("to", writer.time(to)))
        }
        return JSONValue.object(members).compactText
    }

    /// Reads JSON lines back into events; blank lines are skipped.
    /// - Parameter text: the log.
    /// - Returns: the events in file order.
    /// - Throws: ``ScenarioError`` naming every unreadable line and field, e.g. `line 3.order.serviceDuration`.
    /// - Complexity: O(length of the text).
    public func decode(_ text: String) throws(ScenarioError) -> [DispatchEvent] {
        var events: [DispatchEvent] = []
        var issues: [ModelIssue] = []
        let origin = timeReference.originUnixTime.map { ISO8601DateTime(unixTime: $0, utcOffset: timeReference.utcOffset) }
        for (number, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            guard !line.isEmpty else { continue }
            let path = "line \(number + 1)"
            let document: JSONValue
            do {
                document = try JSONParser.parse(Array(line.utf8))
            } catch {
                issues.append(ModelIssue(path: path, message: error.description))
                continue
            }
            var converter = ScenarioConverter(origin: origin)
            if let event = Self.event(document, path: path, converter: &converter) { events.append(event) }
            issues += converter.issues
        }
        if !issues.isEmpty { throw ScenarioError(issues: issues) }
        return events
    }

    private static let keys = ["event", "order", "orderId", "at", "extra", "technicianId", "from", "allowInterruption", "to", "shift", "end"]

    private static func event(_ document: JSONValue, path: String, converter: inout ScenarioConverter) -> DispatchEvent? {
        guard let record = JSONRecord(document, path: path, allowed: keys, issues: &converter.issues) else { return nil }
        guard let kind = converter.string(record, "event", required: true) else { return nil }
        func order() -> ServiceOrder? {
            guard let value = record["order"] else {
                converter.report(record.field("order"), "is required")
                return nil
            }
            guard let entry = JSONRecord(value, path: record.field("order"), allowed: ScenarioConverter.orderKeys, issues: &converter.issues) else { return nil }
            return converter.order(entry)
        }
        func text(_ key: String) -> String? { converter.string(record, key, required: true) }
        func time(_ key: String) -> Int? { converter.time(record, key, required: true) }
        let before = converter.issues.count
        let event: DispatchEvent?
        switch kind {
        case "orderAdded": event = order().map { .orderAdded($0) }
        case "orderUpdated": event = order().map { .orderUpdated($0) }
        case "orderCancelled": event = text("orderId").map { .orderCancelled(orderId: $0) }
        case "visitStarted": event = zip(text("orderId"), time("at")).map { .visitStarted(orderId: $0, at: $1) }
        case "visitCompleted": event = zip(text("orderId"), time("at")).map { .visitCompleted(orderId: $0, at: $1) }
        case "visitOverran": event = zip(text("orderId"), overrun(record, converter: &converter)).map { .visitOverran(orderId: $0, overrun: $1) }
        case "technicianUnavailable": event = zip(text("technicianId"), time("from")).map { .technicianUnavailable(technicianId: $0, from: $1) }
        case "technicianAvailable": event = zip(text("technicianId"), time("from")).map { .technicianAvailable(technicianId: $0, from: $1) }
        case "emergencyAdded":
            event = order().map { .emergencyAdded($0, allowInterruption: converter.bool(record, "allowInterruption") ?? false) }
        case "clockAdvanced": event = time("to").map { .clockAdvanced(to: $0) }
        case "shiftAdded":
            let id = text("technicianId")
            event = zip(id, shift(record["shift"], path: record.field("shift"), converter: &converter)).map { .shiftAdded(technicianId: $0, shift: $1) }
        default:
            converter.report(record.field("event"), "unknown event \"\(kind)\"")
            event = nil
        }
        return converter.issues.count == before ? event : nil
    }

    /// Reads an overrun from exactly one of `extra` (a duration) and `end` (a time).
    private static func overrun(_ record: JSONRecord, converter: inout ScenarioConverter) -> VisitOverrun? {
        switch (record["extra"] != nil, record["end"] != nil) {
        case (true, true):
            converter.report(record.field("end"), "give either extra (a duration) or end (a time), not both")
            return nil
        case (false, false):
            converter.report(record.field("extra"), "missing: give extra (a duration) or end (the visit's new end time)")
            return nil
        case (true, false):
            return converter.duration(record, "extra", required: true).map { .extraSeconds($0) }
        case (false, true):
            return converter.time(record, "end", required: true).map { .endsAt($0) }
        }
    }

    /// Reads a shift through the technician reader, naming its fields from `path`.
    private static func shift(_ value: JSONValue?, path: String, converter: inout ScenarioConverter) -> Shift? {
        guard let value else {
            converter.report(path, "is required")
            return nil
        }
        var inner = ScenarioConverter(origin: converter.origin)
        let wrapper = JSONValue.object([("id", .string("shift")), ("shifts", .array([value]))])
        guard let record = JSONRecord(wrapper, path: "", allowed: ScenarioConverter.technicianKeys, issues: &inner.issues) else { return nil }
        let technician = inner.technician(record)
        converter.issues += inner.issues.map { issue in
            var moved = issue
            moved.path = path + issue.path.drop { $0 != "]" }.dropFirst()
            return moved
        }
        return inner.issues.isEmpty ? technician.shifts.first : nil
    }

    private static func zip<A, B>(_ a: A?, _ b: B?) -> (A, B)? {
        guard let a, let b else { return nil }
        return (a, b)
    }
}
