import Foundation
import Testing
@testable import FieldDispatchIO

@Suite struct PlanDecoderTests {
    static func decode(_ json: String, for problem: Problem? = nil) -> String {
        do {
            _ = try PlanDecoder().decode(Data(json.utf8), for: problem)
            return "no issues"
        } catch {
            return error.description
        }
    }

    @Test("reads a hand-written plan given in date-times only")
    func readsDateTimes() throws {
        let problem = try ScenarioDecoderTests.smallCity()
        let json = #"""
        {"routes": [{"technicianId": "T-LI", "shiftId": "2026-11-24",
                     "departureAt": "2026-11-24T08:00:00+08:00", "arrivalAtEndAt": "2026-11-24T10:00:00+08:00",
                     "stops": [{"kind": "order", "id": "A-1001", "arrivalAt": "2026-11-24T08:05:00+08:00",
                                "startAt": "2026-11-24T08:05:00+08:00", "endAt": "2026-11-24T09:05:00+08:00"}]}]}
        """#
        let plan = try PlanDecoder().decode(Data(json.utf8), for: problem)
        #expect(plan.routes[0].departure == 28_800)
        #expect(plan.routes[0].arrivalAtEnd == 36_000)
        #expect(plan.routes[0].stops == [Stop(kind: .order("A-1001"), arrival: 29_100, start: 29_100, end: 32_700, travelDuration: 0, travelDistance: 0)])
        #expect(plan.unassigned.isEmpty)
    }

    @Test("reports every issue in a plan with its path")
    func reportsIssues() {
        let json = #"""
        {"routes": [{"technicianId": "T-1", "shiftId": "0", "departure": 0, "arrivalAtEnd": 900, "colour": "red",
                     "stops": [{"kind": "lunch", "arrival": 10, "start": 10, "end": 20},
                               {"kind": "order", "id": "A-1", "arrival": 100, "waiting": 5, "start": 200, "end": 300},
                               {"kind": "rest", "arrival": 300, "start": 300}]},
                    {"shiftId": "0", "departure": "soon", "arrivalAtEnd": 10, "stops": []}],
         "unassigned": [{"orderId": "A-2", "reason": "tooFar"}]}
        """#
        #expect(Self.decode(json) == """
            routes[0] "T-1".colour: unknown key
            routes[0] "T-1".stops[0].kind: unknown stop kind "lunch" (expected order, rest or restock)
            routes[0] "T-1".stops[1] "A-1".waiting: is 5 s but start - arrival is 100 s
            routes[0] "T-1".stops[2].breakIndex: missing
            routes[0] "T-1".stops[2].end: missing
            routes[1].technicianId: missing
            routes[1].departure: expected a whole number, found "soon"
            unassigned[0] "A-2".reason: unknown reason "tooFar" (expected one of noQualifiedTechnician, noShiftReachesWindow, partsUnavailable, limitsReached, displacedByHigherPriority, deferredToLaterDay, noFeasibleInsertion)
            """)
    }

    @Test("reports a date-time that disagrees with the seconds beside it")
    func reportsDisagreement() throws {
        let problem = try ScenarioDecoderTests.smallCity()
        let json = #"""
        {"routes": [{"technicianId": "T-LI", "shiftId": "2026-11-24", "departure": 28800,
                     "departureAt": "2026-11-24T08:30:00+08:00", "arrivalAtEnd": 30000, "stops": []}]}
        """#
        #expect(Self.decode(json, for: problem) == #"routes[0] "T-LI".departureAt: is 1800 s away from departure (28800)"#)
    }

    @Test("needs a routes list and an object at the top level")
    func needsRoutes() {
        #expect(Self.decode("{}") == "routes: missing")
        #expect(Self.decode("[]") == "expected a JSON object at the top level, found a list")
        #expect(Self.decode("") == "the file is empty")
    }
}
