import Foundation
import Testing
@testable import FieldDispatchIO

@Suite struct ScenarioDecoderTests {
    static var fixturesURL: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("fixtures")
    }

    static func smallCity() throws -> Problem {
        try ScenarioDecoder().decode(Data(contentsOf: fixturesURL.appendingPathComponent("small-city.json")))
    }

    @Test("decodes the small-city fixture without issues")
    func decodesSmallCity() throws {
        let problem = try Self.smallCity()
        #expect(problem.name == "Guangzhou, two outlets, 24-25 November 2026")
        #expect(problem.orders.count == 15)
        #expect(problem.technicians.map(\.id) == ["T-LI", "T-CHEN", "T-ZHAO"])
        #expect(problem.outlets.count == 2)
        #expect(problem.depots.count == 1)
        #expect(problem.travel is HaversineTravel)
        #expect(problem.timeReference == TimeReference(originUnixTime: 1_795_449_600, utcOffset: 8 * 3600))
    }

    @Test("the small-city fixture uses every feature the format offers")
    func smallCityCoversFeatures() throws {
        let problem = try Self.smallCity()
        #expect(Set(problem.orders.map(\.kind)) == Set(OrderKind.allCases))
        #expect(Set(problem.orders.map(\.priority)) == Set(Priority.allCases))
        #expect(problem.orders.contains { $0.timeWindows.count > 1 })
        #expect(problem.orders.contains { $0.timeWindows.contains(where: \.isSoft) })
        #expect(problem.orders.contains { $0.slaDeadline != nil })
        #expect(problem.orders.contains { !$0.serviceDurationByLevel.isEmpty })
        #expect(problem.orders.contains { !$0.preferredTechnicians.isEmpty })
        #expect(problem.orders.contains { !$0.requiredTechnicians.isEmpty })
        #expect(problem.orders.contains { !$0.excludedTechnicians.isEmpty })
        #expect(problem.orders.contains { !$0.requiredTools.isEmpty })
        let vanParts = Set(problem.technicians.flatMap { $0.vanStock.map(\.partId) })
        let depotOnly = problem.orders.flatMap(\.requiredParts).map(\.partId).filter { !vanParts.contains($0) }
        #expect(!depotOnly.isEmpty && depotOnly.allSatisfy { problem.depots[0].parts.contains($0) })
        #expect(problem.technicians.contains { $0.shifts.count == 2 })
        #expect(problem.technicians.contains { $0.shifts.contains { !$0.breaks.isEmpty } })
        #expect(problem.technicians.contains { $0.shifts.contains { $0.maxOvertime > 0 } })
        #expect(problem.technicians.allSatisfy { $0.costs != .zero })
        #expect(problem.technicians.contains { $0.skills.contains { $0.level > 1 } })
    }

    @Test("converts date-times and ISO durations to seconds since the origin")
    func convertsTimes() throws {
        let problem = try Self.smallCity()
        let emergency = try #require(problem.order(withId: "A-1001"))
        #expect(emergency.priority == .emergency)
        #expect(emergency.serviceDuration == 3600)
        #expect(emergency.timeWindows == [TimeWindow(start: 8 * 3600, end: 12 * 3600)])
        #expect(emergency.slaDeadline == 11 * 3600)
        #expect(emergency.receivedAt == -(2 * 3600 + 20 * 60))
        #expect(emergency.requiredSkills == [SkillRequirement("gas.certified"), SkillRequirement("ac.repair", minimumLevel: 2)])
        let li = try #require(problem.technician(withId: "T-LI"))
        #expect(li.shifts[1].start == 86_400 + 8 * 3600)
        #expect(li.shifts[0].breaks == [Break(earliestStart: 41_400, latestEnd: 48_600, duration: 2700)])
        #expect(li.shifts[0].startLocation == problem.outlets[0].location)
        #expect(li.maxWorkingTimePerShift == 36_000)
        let soft = try #require(problem.order(withId: "A-1004"))
        #expect(soft.timeWindows[0].latenessCostPerHour == 1500)
        #expect(problem.order(withId: "A-1009")?.serviceDuration(by: [SkillLevel("ac.repair", level: 3)]) == 2400)
    }

    @Test("without an origin, midnight of the earliest shift start's day becomes the origin")
    func originFromShiftStart() throws {
        let json = #"""
        {"travel": {"kind": "euclidean"},
         "technicians": [{"id": "T", "shifts": [
            {"start": "2026-11-25T08:00:00-05:00", "end": "2026-11-25T16:00:00-05:00", "startLocation": {"x": 0, "y": 0}},
            {"start": "2026-11-24T09:30:00-05:00", "end": 63000, "startLocation": {"x": 0, "y": 0}}]}],
         "orders": [{"id": "A", "location": {"x": 1, "y": 1}, "serviceDuration": 60, "receivedAt": "2026-11-20T12:00:00Z"}]}
        """#
        let problem = try ScenarioDecoder().decode(Data(json.utf8))
        let shifts = problem.technicians[0].shifts
        #expect(shifts.map(\.start) == [86_400 + 8 * 3600, 9 * 3600 + 1800])
        #expect(shifts[1].end == 63000)
        #expect(problem.timeReference.utcOffset == -5 * 3600)
        #expect(problem.timeReference.format(shifts[0].start) == "2026-11-25 08:00")
        // 2026-11-20T12:00Z is 3 days 17 hours before 2026-11-24T00:00-05:00.
        #expect(problem.orders[0].receivedAt == -(3 * 86_400 + 17 * 3600))
    }

    @Test("a file with only integer times keeps a bare timeline")
    func bareTimeline() throws {
        let problem = try ScenarioDecoder().decode(Data(MalformedCase.scenario().utf8))
        #expect(problem.timeReference == .bare)
        #expect(problem.orders[0].serviceDuration == 2700)
        #expect(problem.technicians[1].shifts[0].id == "0")
    }

    @Test("reads a travel matrix with several profiles and a fallback")
    func readsMatrix() throws {
        let json = #"""
        {"travel": {"kind": "matrix", "fallbackProfile": "car", "profiles": {
            "car": {"durations": [[0, 600], [660, 0]], "distances": [[0, 5000], [5200, 0]]},
            "ebike": {"durations": [[0, 900], [900, 0]]}}},
         "technicians": [{"id": "T", "travelProfile": "ebike", "shifts": [{"start": 0, "end": 3600, "startLocation": {"index": 0}}]}],
         "orders": [{"id": "A", "location": {"index": 1}, "serviceDuration": "PT10M"}]}
        """#
        let problem = try ScenarioDecoder().decode(Data(json.utf8))
        let matrix = try #require(problem.travel as? TravelMatrix)
        let from = Location(x: 0, y: 0, matrixIndex: 0), to = Location(x: 0, y: 0, matrixIndex: 1)
        #expect(matrix.leg(from: to, to: from, profile: .car) == TravelLeg(duration: 660, distance: 5200))
        #expect(matrix.leg(from: from, to: to, profile: "ebike") == TravelLeg(duration: 900, distance: 900))
        #expect(matrix.leg(from: from, to: to, profile: "truck") == TravelLeg(duration: 600, distance: 5000))
    }

    @Test("reads haversine speeds per profile in km/h")
    func readsHaversine() throws {
        let json = MalformedCase.scenario(travel: #"{"kind": "haversine", "speedKmh": 36, "detourFactor": 1, "profiles": {"ebike": 18}}"#)
        let travel = try #require(try ScenarioDecoder().decode(Data(json.utf8)).travel as? HaversineTravel)
        #expect(abs(travel.defaultSpeed - 10) < 1e-9)
        #expect(abs((travel.speeds["ebike"] ?? 0) - 5) < 1e-9)
        #expect(travel.detourFactor == 1)
    }
}
