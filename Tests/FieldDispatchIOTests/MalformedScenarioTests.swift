import Foundation
import Testing
@testable import FieldDispatchIO

/// One malformed file and the exact issues it must produce, one per line.
struct MalformedCase: CustomTestStringConvertible, Sendable {
    let name: String
    let json: String
    let expected: [String]

    var testDescription: String { name }

    /// A small valid scenario on a bare timeline (integer seconds), with parts replaced.
    static func scenario(
        travel: String = #"{"kind": "haversine"}"#,
        technicians: String? = nil,
        orders: String? = nil,
        extra: String = ""
    ) -> String {
        let shift = #"{"start": 28800, "end": 61200, "startLocation": {"lat": 23.13, "lon": 113.32}}"#
        let defaultTechnicians = #"[{"id": "T-1", "shifts": [\#(shift)]}, {"id": "T-2", "shifts": [\#(shift)]}]"#
        let defaultOrders = #"[{"id": "A-1", "location": {"lat": 23.12, "lon": 113.30}, "serviceDuration": "PT45M"}]"#
        return """
        {"name": "test", \(extra) "travel": \(travel),
         "technicians": \(technicians ?? defaultTechnicians),
         "orders": \(orders ?? defaultOrders)}
        """
    }

    /// A scenario whose only order has the given extra fields.
    static func order(_ fields: String, id: String = #""id": "A-1","#) -> String {
        scenario(orders: #"[{\#(id) "location": {"lat": 23.12, "lon": 113.30}, \#(fields)}]"#)
    }

    /// A scenario whose first technician has the given shift.
    static func shift(_ fields: String) -> String {
        scenario(technicians: #"[{"id": "T-1", "shifts": [{"startLocation": {"lat": 23.13, "lon": 113.32}, \#(fields)}]}]"#)
    }
}

@Suite struct MalformedScenarioTests {
    static let cases: [MalformedCase] = [
        MalformedCase(
            name: "a window that ends before it starts",
            json: MalformedCase.order(#""serviceDuration": 600, "timeWindows": [{"start": 43200, "end": 32400}]"#),
            expected: [#"orders[0] "A-1".timeWindows[0]: end 09:00 is before start 12:00"#]),
        MalformedCase(
            name: "the same order id twice",
            json: MalformedCase.scenario(orders: """
                [{"id": "A-1", "location": {"lat": 23.1, "lon": 113.3}, "serviceDuration": 600},
                 {"id": "A-1", "location": {"lat": 23.2, "lon": 113.3}, "serviceDuration": 600}]
                """),
            expected: [#"orders[1] "A-1".id: duplicate id, already used by orders[0]"#]),
        MalformedCase(
            name: "an unknown technician in excludedTechnicians",
            json: MalformedCase.order(#""serviceDuration": 600, "excludedTechnicians": ["T-9"]"#),
            expected: [#"orders[0] "A-1".excludedTechnicians[0]: unknown technician "T-9""#]),
        MalformedCase(
            name: "a technician both required and excluded",
            json: MalformedCase.order(#""serviceDuration": 600, "requiredTechnicians": ["T-1"], "excludedTechnicians": ["T-1"]"#),
            expected: [#"orders[0] "A-1".excludedTechnicians: technician "T-1" is both required and excluded"#]),
        MalformedCase(
            name: "a negative service duration",
            json: MalformedCase.order(#""serviceDuration": -60"#),
            expected: [#"orders[0] "A-1".serviceDuration: must not be negative (got -60)"#]),
        MalformedCase(
            name: "an ISO duration with a number but no unit at the end",
            json: MalformedCase.order(#""serviceDuration": "PT1H30""#),
            expected: [#"orders[0] "A-1".serviceDuration: expected a duration (seconds or ISO-8601 like PT45M), found "PT1H30""#]),
        MalformedCase(
            name: "a duration that is plain text",
            json: MalformedCase.order(#""serviceDuration": "abc""#),
            expected: [#"orders[0] "A-1".serviceDuration: expected a duration (seconds or ISO-8601 like PT45M), found "abc""#]),
        MalformedCase(
            name: "a date that does not exist",
            json: MalformedCase.order(#""serviceDuration": 600, "slaDeadline": "2026-11-31T09:00:00+08:00""#),
            expected: [#"orders[0] "A-1".slaDeadline: expected a time (seconds or an ISO-8601 date-time with offset like 2026-11-24T09:00:00+08:00), found "2026-11-31T09:00:00+08:00""#]),
        MalformedCase(
            name: "a date-time without an offset",
            json: MalformedCase.order(#""serviceDuration": 600, "receivedAt": "2026-11-24T09:00:00""#),
            expected: [#"orders[0] "A-1".receivedAt: expected a time (seconds or an ISO-8601 date-time with offset like 2026-11-24T09:00:00+08:00), found "2026-11-24T09:00:00""#]),
        MalformedCase(
            name: "an unknown priority name",
            json: MalformedCase.order(#""serviceDuration": 600, "priority": "critical""#),
            expected: [#"orders[0] "A-1".priority: unknown priority "critical" (expected emergency, urgent, normal or low)"#]),
        MalformedCase(
            name: "an unknown order kind",
            json: MalformedCase.order(#""serviceDuration": 600, "kind": "fix""#),
            expected: [#"orders[0] "A-1".kind: unknown order kind "fix" (expected repair, install, maintenance or returnPickup)"#]),
        MalformedCase(
            name: "an order without an id",
            json: MalformedCase.order(#""serviceDuration": 600"#, id: ""),
            expected: ["orders[0].id: missing"]),
        MalformedCase(
            name: "a misspelt key, with a suggestion and the missing field",
            json: MalformedCase.order(#""serviceDurtion": 600"#),
            expected: [
                #"orders[0] "A-1".serviceDurtion: unknown key (did you mean "serviceDuration"?)"#,
                #"orders[0] "A-1".serviceDuration: missing"#,
            ]),
        MalformedCase(
            name: "a matrix index outside the matrix",
            json: MalformedCase.scenario(
                travel: #"{"kind": "matrix", "profiles": {"car": {"durations": [[0, 60], [60, 0]]}}}"#,
                technicians: #"[{"id": "T-1", "shifts": [{"start": 0, "end": 3600, "startLocation": {"index": 0}}]}]"#,
                orders: #"[{"id": "A-1", "location": {"index": 5}, "serviceDuration": 60}]"#),
            expected: [#"orders[0] "A-1".location: matrix index 5 is outside the 2 x 2 matrix"#]),
        MalformedCase(
            name: "a matrix row of the wrong length",
            json: MalformedCase.scenario(travel: #"{"kind": "matrix", "profiles": {"car": {"durations": [[0, 60], [60]]}}}"#),
            expected: ["travel.profiles.car.durations[1]: has 1 entries; a 2 x 2 matrix needs 2"]),
        MalformedCase(
            name: "matrix profiles of different sizes",
            json: MalformedCase.scenario(travel: #"{"kind": "matrix", "profiles": {"car": {"durations": [[0, 1], [1, 0]]}, "ebike": {"durations": [[0]]}}}"#),
            expected: [#"travel.profiles.ebike.durations: has 1 rows but profile "car" has 2; all profiles need the same locations"#]),
        MalformedCase(
            name: "a latitude outside -90...90",
            json: MalformedCase.scenario(orders: #"[{"id": "A-1", "location": {"lat": 123, "lon": 113.3}, "serviceDuration": 60}]"#),
            expected: [#"orders[0] "A-1".location: latitude 123.0 is outside -90...90"#]),
        MalformedCase(
            name: "a latitude without a longitude",
            json: MalformedCase.scenario(orders: #"[{"id": "A-1", "location": {"lat": 23.1}, "serviceDuration": 60}]"#),
            expected: [#"orders[0] "A-1".location.lon: missing"#]),
        MalformedCase(
            name: "a location given as text",
            json: MalformedCase.scenario(orders: #"[{"id": "A-1", "location": "Tianhe", "serviceDuration": 60}]"#),
            expected: [#"orders[0] "A-1".location: expected a location ({"lat":..,"lon":..}, {"x":..,"y":..}, {"index":n} or {"outlet":"id"}), found "Tianhe""#]),
        MalformedCase(
            name: "a break longer than its window",
            json: MalformedCase.shift(#""start": 28800, "end": 61200, "breaks": [{"earliestStart": 43200, "latestEnd": 45000, "duration": "PT1H"}]"#),
            expected: [#"technicians[0] "T-1".shifts[0].breaks[0]: window 12:00–12:30 is shorter than the break's 1h"#]),
        MalformedCase(
            name: "a shift that ends before it starts",
            json: MalformedCase.shift(#""start": 61200, "end": 28800"#),
            expected: [#"technicians[0] "T-1".shifts[0]: end 08:00 is before start 17:00"#]),
        MalformedCase(
            name: "a shift without a start",
            json: MalformedCase.scenario(technicians: """
                [{"id": "T-1", "shifts": [{"start": 0, "end": 3600, "startLocation": {"lat": 23.1, "lon": 113.3}}]},
                 {"id": "T-2", "shifts": [{"end": 3600, "startLocation": {"lat": 23.1, "lon": 113.3}}]}]
                """),
            expected: [#"technicians[1] "T-2".shifts[0].start: missing"#]),
        MalformedCase(
            name: "an order of an unknown outlet",
            json: MalformedCase.scenario(
                orders: #"[{"id": "A-1", "location": {"lat": 23.1, "lon": 113.3}, "serviceDuration": 60, "outlet": "GZ-X"}]"#,
                extra: #""outlets": [{"id": "GZ-TH", "location": {"lat": 23.13, "lon": 113.33}}],"#),
            expected: [#"orders[0] "A-1".outlet: unknown outlet "GZ-X""#]),
        MalformedCase(
            name: "a shift starting at an unknown outlet",
            json: MalformedCase.shift(#""start": 0, "end": 3600, "endLocation": {"outlet": "GZ-X"}"#),
            expected: [#"technicians[0] "T-1".shifts[0].endLocation.outlet: unknown outlet "GZ-X""#]),
        MalformedCase(
            name: "text where a whole number belongs",
            json: MalformedCase.order(#""serviceDuration": 60, "demand": "3""#),
            expected: [#"orders[0] "A-1".demand: expected a whole number, found "3""#]),
        MalformedCase(
            name: "true where a whole number belongs",
            json: MalformedCase.scenario(technicians: #"[{"id": "T-1", "capacity": true, "shifts": []}]"#),
            expected: [#"technicians[0] "T-1".capacity: expected a whole number, found true"#]),
        MalformedCase(
            name: "a skill level of zero",
            json: MalformedCase.scenario(technicians: #"[{"id": "T-1", "skills": [{"skill": "ac.repair", "level": 0}], "shifts": []}]"#),
            expected: [#"technicians[0] "T-1".skills[0]: needs a skill name and a level of at least 1"#]),
        MalformedCase(
            name: "an unknown travel kind",
            json: MalformedCase.scenario(travel: #"{"kind": "osrm"}"#),
            expected: [#"travel.kind: expected "haversine", "euclidean" or "matrix", found "osrm""#]),
        MalformedCase(
            name: "no travel at all",
            json: #"{"technicians": [], "orders": []}"#,
            expected: ["travel: missing"]),
        MalformedCase(
            name: "an order that is not an object",
            json: MalformedCase.scenario(orders: #"["A-1", {"id": "A-2", "location": {"lat": 23.1, "lon": 113.3}, "serviceDuration": -5}]"#),
            expected: [#"orders[0]: expected an object, found "A-1""#, #"orders[1] "A-2".serviceDuration: must not be negative (got -5)"#]),
        MalformedCase(
            name: "overlapping windows",
            json: MalformedCase.order(#""serviceDuration": 60, "timeWindows": [{"start": 32400, "end": 43200}, {"start": 36000, "end": 50400}]"#),
            expected: [#"orders[0] "A-1".timeWindows[1]: starts at 10:00, before the previous window ends at 12:00; windows must be sorted and disjoint"#]),
        MalformedCase(
            name: "several problems in one file, all reported",
            json: MalformedCase.scenario(
                technicians: #"[{"id": "T-1", "shifts": [{"start": "08:00", "end": 61200, "startLocation": {"lat": 23.1, "lon": 113.3}}]}]"#,
                orders: """
                [{"id": "A-1", "location": {"lat": 23.1, "lon": 113.3}, "serviceDuration": "abc", "priority": "high"},
                 {"id": "A-1", "location": {"lat": 95, "lon": 113.3}, "serviceDuration": 60, "preferredTechnicians": ["T-7"]},
                 {"location": {"lat": 23.1, "lon": 113.3}, "serviceDuration": 60, "colour": "red"}]
                """),
            expected: [
                #"technicians[0] "T-1".shifts[0].start: expected a time (seconds or an ISO-8601 date-time with offset like 2026-11-24T09:00:00+08:00), found "08:00""#,
                #"orders[0] "A-1".serviceDuration: expected a duration (seconds or ISO-8601 like PT45M), found "abc""#,
                #"orders[0] "A-1".priority: unknown priority "high" (expected emergency, urgent, normal or low)"#,
                "orders[2].colour: unknown key",
                "orders[2].id: missing",
                #"orders[1] "A-1".id: duplicate id, already used by orders[0]"#,
                #"orders[1] "A-1".location: latitude 95.0 is outside -90...90"#,
                #"orders[1] "A-1".preferredTechnicians[0]: unknown technician "T-7""#,
            ]),
        MalformedCase(name: "an empty file", json: "  \n", expected: ["the file is empty"]),
        MalformedCase(
            name: "text that is not JSON",
            json: "hello",
            expected: ["not valid JSON: line 1, column 1: unexpected character 'h', expected a value"]),
        MalformedCase(
            name: "a trailing comma, with its line and column",
            json: "{\n  \"orders\": [],\n}",
            expected: ["not valid JSON: line 3, column 1: expected a quoted key"]),
        MalformedCase(
            name: "a list at the top level",
            json: "[1, 2]",
            expected: ["expected a JSON object at the top level, found a list"]),
        MalformedCase(
            name: "a time origin that is not a date-time",
            json: MalformedCase.scenario(extra: #""timeReference": {"origin": "tomorrow"},"#),
            expected: [#"timeReference.origin: expected an ISO-8601 date-time with offset like 2026-11-24T00:00:00+08:00, found "tomorrow""#]),
        MalformedCase(
            name: "an unknown top-level key",
            json: MalformedCase.scenario(extra: #""technician": [],"#),
            expected: [#"technician: unknown key (did you mean "technicians"?)"#]),
    ]

    @Test("reports exactly the expected issues", arguments: cases)
    func reportsExpectedIssues(_ malformed: MalformedCase) {
        do {
            let problem = try ScenarioDecoder().decode(Data(malformed.json.utf8))
            Issue.record("decoded without issues: \(problem.orders.count) orders")
        } catch {
            #expect(error.description == malformed.expected.joined(separator: "\n"))
        }
    }
}
