import Foundation
import FieldDispatchModel

/// Writes a `Problem` in the native JSON scenario format, so that ``ScenarioDecoder`` reads
/// back the same problem.
///
/// Times are written as ISO-8601 date-times in the problem's offset when it has a time origin
/// (integer seconds otherwise), durations as ISO-8601 durations, and fields equal to their
/// defaults are left out so the file stays readable. A display offset without a calendar origin
/// has no place in the format and is not written.
public struct ScenarioEncoder: Sendable {
    /// Creates an encoder.
    public init() {}

    /// Encodes a problem.
    /// - Parameter problem: the problem to write.
    /// - Returns: UTF-8 JSON text, indented, members in the documented order.
    /// - Throws: ``ScenarioError`` when the travel provider has no native form (a custom provider).
    /// - Complexity: O(size of the problem), O(n²) for a travel matrix.
    public func encode(_ problem: Problem) throws(ScenarioError) -> Data {
        let writer = Writer(reference: problem.timeReference, travel: problem.travel)
        let travel = try writer.travelDescription()
        let document = JSONValue.object([
            ("name", .string(problem.name)),
            ("timeReference", writer.timeReference()),
            ("travel", travel),
            ("objective", writer.objective(problem.objective)),
            ("outlets", problem.outlets.isEmpty ? nil : .array(problem.outlets.map { writer.outlet($0) })),
            ("depots", problem.depots.isEmpty ? nil : .array(problem.depots.map { writer.depot($0) })),
            ("technicians", .array(problem.technicians.map { writer.technician($0) })),
            ("orders", .array(problem.orders.map { writer.order($0) })),
        ])
        return Data(document.serialized().utf8)
    }

    /// Turns model values into JSON values; one per encoding, as it knows the time origin.
    struct Writer {
        let reference: TimeReference
        let travel: any TravelTimeProvider

        func time(_ seconds: Int) -> JSONValue {
            guard let origin = reference.originUnixTime else { return .integer(seconds) }
            return .string(ISO8601DateTime(unixTime: origin + seconds, utcOffset: reference.utcOffset).description)
        }

        func duration(_ seconds: Int) -> JSONValue {
            seconds > 0 ? .string(ISO8601Duration.format(seconds)) : .integer(seconds)
        }

        func optionalTime(_ seconds: Int?) -> JSONValue? { seconds.map(time) }

        func strings(_ values: [String]) -> JSONValue? { values.isEmpty ? nil : .array(values.map { .string($0) }) }

        func nonDefault(_ value: Int, _ defaultValue: Int) -> JSONValue? { value == defaultValue ? nil : .integer(value) }

        func timeReference() -> JSONValue? {
            guard let origin = reference.originUnixTime else { return nil }
            return .object([("origin", .string(ISO8601DateTime(unixTime: origin, utcOffset: reference.utcOffset).description))])
        }

        func location(_ location: Location) -> JSONValue {
            let index: JSONValue? = location.matrixIndex.map { .integer($0) }
            if location.matrixIndex != nil, location.x == 0, location.y == 0 { return .object([("index", index)]) }
            if travel is HaversineTravel {
                return .object([("lat", .number(location.latitude)), ("lon", .number(location.longitude)), ("index", index)])
            }
            return .object([("x", .number(location.x)), ("y", .number(location.y)), ("index", index)])
        }

        func travelDescription() throws(ScenarioError) -> JSONValue {
            switch travel {
            case let haversine as HaversineTravel:
                let profiles = haversine.speeds.keys.sorted { $0.name < $1.name }.map {
                    JSONValue.Member($0.name, .number(Self.kmh(haversine.speeds[$0] ?? 0)))
                }
                return .object([
                    ("kind", .string("haversine")),
                    ("speedKmh", .number(Self.kmh(haversine.defaultSpeed))),
                    ("detourFactor", .number(haversine.detourFactor)),
                    ("profiles", profiles.isEmpty ? nil : .object(profiles)),
                ])
            case let euclidean as EuclideanTravel:
                return .object([("kind", .string("euclidean")), ("scale", .number(euclidean.scale))])
            case let matrix as TravelMatrix:
                let profiles = matrix.tables.keys.sorted { $0.name < $1.name }.map { profile in
                    let table = matrix.tables[profile]!
                    return JSONValue.Member(profile.name, .object([
                        ("durations", Self.rows(table.durations, size: table.size)),
                        ("distances", table.distances.isEmpty ? nil : Self.rows(table.distances, size: table.size)),
                    ]))
                }
                return .object([
                    ("kind", .string("matrix")),
                    ("profiles", .object(profiles)),
                    ("fallbackProfile", .string(matrix.fallbackProfile.name)),
                ])
            default:
                throw ScenarioError(path: "travel", message: "the travel provider \(type(of: travel)) has no native JSON form")
            }
        }

        /// Metres per second back to km/h, rounded to nanometre precision so `30` stays `30`.
        private static func kmh(_ metresPerSecond: Double) -> Double { (metresPerSecond * 3.6 * 1e9).rounded() / 1e9 }

        private static func rows(_ cells: [Int], size: Int) -> JSONValue {
            .array((0..<size).map { row in .array(cells[row * size..<(row + 1) * size].map { .integer($0) }) })
        }

        func objective(_ options: ObjectiveOptions) -> JSONValue? {
            let d = ObjectiveOptions()
            let value = JSONValue.object([
                ("costMeasure", options.costMeasure == d.costMeasure ? nil : .string(options.costMeasure.rawValue)),
                ("allowsLateShiftStart", options.allowsLateShiftStart == d.allowsLateShiftStart ? nil : .bool(options.allowsLateShiftStart)),
                ("overtimeWeight", nonDefault(options.overtimeWeight, d.overtimeWeight)),
                ("latenessWeight", nonDefault(options.latenessWeight, d.latenessWeight)),
                ("imbalanceWeight", nonDefault(options.imbalanceWeight, d.imbalanceWeight)),
                ("preferredTechnicianBonus", nonDefault(options.preferredTechnicianBonus, d.preferredTechnicianBonus)),
                ("includesCostRates", options.includesCostRates == d.includesCostRates ? nil : .bool(options.includesCostRates)),
            ])
            return value == JSONValue.object([JSONValue.Member]()) ? nil : value
        }

        func parts(_ parts: [PartQuantity]) -> JSONValue? {
            parts.isEmpty ? nil : .array(parts.map { .object([("partId", .string($0.partId)), ("quantity", .integer($0.quantity))]) })
        }

        func window(_ window: TimeWindow) -> JSONValue {
            .object([
                ("start", time(window.start)), ("end", time(window.end)),
                ("latenessCostPerHour", window.latenessCostPerHour.map { .integer($0) }),
            ])
        }
    }
}
