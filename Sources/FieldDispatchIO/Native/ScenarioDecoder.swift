import Foundation
import FieldDispatchModel

/// Reads a scenario in the native JSON format into a checked `Problem`.
///
/// Every problem in the file is reported at once: syntax, unknown keys (typos), wrong types and
/// missing fields from the format, then the model's own checks (duplicate ids, unknown
/// technicians, windows ending before they start, locations the travel provider cannot place).
///
/// Times are integer seconds or ISO-8601 date-times with an offset. Date-times are converted to
/// seconds since the time origin: `timeReference.origin` when given; otherwise midnight, in its
/// own offset, of the day of the earliest shift start written as a date-time; otherwise midnight
/// of the earliest date-time anywhere in the file. Integer times are always seconds since that origin.
public struct ScenarioDecoder: Sendable {
    /// Creates a decoder.
    public init() {}

    /// Decodes and checks a scenario.
    /// - Parameter data: the file's bytes (UTF-8 JSON).
    /// - Returns: a problem that passed the model's checks.
    /// - Throws: ``ScenarioError`` listing every issue with its field path.
    /// - Complexity: O(size of the file + n log n) in the number of records.
    public func decode(_ data: Data) throws(ScenarioError) -> Problem {
        let document = try Self.parse(data)
        var converter = ScenarioConverter(origin: Self.origin(of: document))
        guard let draft = converter.convert(document) else { throw ScenarioError(issues: converter.issues) }
        let issues = Self.merge(format: converter.issues, model: draft.validationIssues())
        if !issues.isEmpty { throw ScenarioError(issues: issues) }
        return draft
    }

    /// Parses JSON text, turning syntax errors into issues.
    static func parse(_ data: Data) throws(ScenarioError) -> JSONValue {
        let bytes = [UInt8](data)
        if bytes.allSatisfy({ [0x20, 0x0A, 0x0D, 0x09].contains($0) }) {
            throw ScenarioError(path: "", message: "the file is empty")
        }
        do {
            return try JSONParser.parse(bytes)
        } catch {
            throw ScenarioError(path: "", message: "not valid JSON: \(error)")
        }
    }

    /// Model issues about a field the format already reported (or its parent or child) are
    /// consequences of the placeholder values used for unreadable fields, so they are dropped.
    static func merge(format: [ModelIssue], model: [ModelIssue]) -> [ModelIssue] {
        let kept = model.filter { issue in
            !format.contains { related($0.path, issue.path) }
        }
        return format + kept
    }

    private static func related(_ a: String, _ b: String) -> Bool {
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        guard !short.isEmpty, long.hasPrefix(short) else { return false }
        guard long.count > short.count else { return true }
        let next = long[long.index(long.startIndex, offsetBy: short.count)]
        return next == "." || next == "[" || next == " "
    }

    /// The time origin, by the rule documented on the type.
    static func origin(of document: JSONValue) -> ISO8601DateTime? {
        if case .string(let text) = document["timeReference"]?["origin"] ?? .null, let origin = ISO8601DateTime(parsing: text) {
            return origin
        }
        var shiftStarts: [ISO8601DateTime] = []
        if case .array(let technicians) = document["technicians"] ?? .null {
            for technician in technicians {
                guard case .array(let shifts) = technician["shifts"] ?? .null else { continue }
                for shift in shifts {
                    if case .string(let text) = shift["start"] ?? .null, let start = ISO8601DateTime(parsing: text) {
                        shiftStarts.append(start)
                    }
                }
            }
        }
        if let first = shiftStarts.min(by: { $0.unixTime < $1.unixTime }) { return first.startOfDay }
        var all: [ISO8601DateTime] = []
        collectDateTimes(document, into: &all)
        return all.min(by: { $0.unixTime < $1.unixTime })?.startOfDay
    }

    private static func collectDateTimes(_ value: JSONValue, into found: inout [ISO8601DateTime]) {
        switch value {
        case .string(let text): if let moment = ISO8601DateTime(parsing: text) { found.append(moment) }
        case .array(let items): for item in items { collectDateTimes(item, into: &found) }
        case .object(let members): for member in members { collectDateTimes(member.value, into: &found) }
        default: break
        }
    }
}
