import Foundation
import Testing
@testable import FieldDispatchIO

@Suite struct PlanEncoderTests {
    /// A plan for the small-city fixture: T-LI serves the emergency, rests, then A-1002; T-CHEN
    /// restocks and serves A-1008; two orders stay unassigned. Times follow the fixture's travel.
    static func smallCityPlan(_ problem: Problem) throws -> Plan {
        let li = try #require(problem.technician(withId: "T-LI"))
        let chen = try #require(problem.technician(withId: "T-CHEN"))
        func schedule(_ technician: Technician, _ visits: [(Stop.Kind, Location?, Int, Int)]) -> Route {
            let shift = technician.shifts[0]
            var here = shift.startLocation, clock = shift.start
            var stops: [Stop] = []
            for (kind, place, earliest, length) in visits {
                let leg = place.map { problem.travel.leg(from: here, to: $0, profile: technician.travelProfile) } ?? .zero
                let arrival = clock + leg.duration
                let start = max(arrival, earliest)
                stops.append(Stop(kind: kind, arrival: arrival, start: start, end: start + length,
                                  travelDuration: leg.duration, travelDistance: leg.distance))
                clock = start + length
                here = place ?? here
            }
            let back = problem.travel.leg(from: here, to: shift.endLocation ?? here, profile: technician.travelProfile)
            return Route(technicianId: technician.id, shiftId: shift.id, departure: shift.start, stops: stops,
                         returnTravelDuration: back.duration, returnTravelDistance: back.distance,
                         arrivalAtEnd: clock + back.duration)
        }
        let a1001 = try #require(problem.order(withId: "A-1001"))
        let a1002 = try #require(problem.order(withId: "A-1002"))
        let a1008 = try #require(problem.order(withId: "A-1008"))
        let depot = problem.depots[0]
        let first = schedule(li, [
            (.order(a1001.id), a1001.location, 8 * 3600, 3600),
            (.order(a1002.id), a1002.location, 9 * 3600, a1002.serviceDuration(by: li.skills)),
            (.rest(breakIndex: 0), nil, 41_400, 2700),
        ])
        let second = schedule(chen, [
            (.restock(depotId: depot.id), depot.location, 0, depot.visitDuration),
            (.order(a1008.id), a1008.location, 9 * 3600, 3600),
        ])
        let unassigned = [
            UnassignedOrder(orderId: "A-1006", reason: .partsUnavailable, detail: "CMP-R32-2HP is only at DEP-BY"),
            UnassignedOrder(orderId: "A-1015", reason: .noQualifiedTechnician),
        ]
        return Plan(routes: [first, second], unassigned: unassigned)
    }

    @Test("round-trips a plan through JSON, with and without the problem at hand")
    func roundTrips() throws {
        let problem = try ScenarioDecoderTests.smallCity()
        let plan = try Self.smallCityPlan(problem)
        let data = PlanEncoder().encode(plan, for: problem, solver: SolverSummary(seed: 7))
        #expect(try PlanDecoder().decode(data, for: problem) == plan)
        #expect(try PlanDecoder().decode(data) == plan)
    }

    @Test("writes seconds and date-times, stop kinds, KPIs, unassigned and the solver summary")
    func writesEverything() throws {
        let problem = try ScenarioDecoderTests.smallCity()
        let plan = try Self.smallCityPlan(problem)
        let solver = SolverSummary(
            objective: [.init("emergenciesUnassigned", 0), .init("travelTime", 5400)],
            seed: UInt64.max, elapsedSeconds: 1.23456, iterations: 4000, details: ["stop": "time limit", "a": "b"])
        let document = try JSONParser.parse(Array(PlanEncoder().encode(plan, for: problem, solver: solver)))
        let route = try #require(document["routes"]?.items.first)
        #expect(route["technicianId"] == .string("T-LI"))
        #expect(route["departure"] == .integer(28_800))
        #expect(route["departureAt"] == .string("2026-11-24T08:00:00+08:00"))
        guard case .array(let stops) = route["stops"] else { Issue.record("no stops"); return }
        #expect(stops[0]["kind"] == .string("order") && stops[0]["id"] == .string("A-1001"))
        #expect(stops[2]["kind"] == .string("rest") && stops[2]["breakIndex"] == .integer(0))
        #expect(stops[0]["waiting"] == .integer(plan.routes[0].stops[0].waiting))
        #expect(route["kpis"]?["orders"] == .integer(2))
        let kpis = try #require(document["kpis"])
        #expect(kpis["totalOrders"] == .integer(15))
        #expect(kpis["assignedOrders"] == .integer(3))
        #expect(kpis["ordersPerTechnician"]?["min"] == .integer(0))
        #expect(kpis["ordersPerTechnician"]?["max"] == .integer(2))
        #expect(kpis["emergencyServiceRate"] == .integer(1))
        #expect(kpis["unassignedByPriority"]?["urgent"] == .integer(1))
        #expect(kpis["unassignedByPriority"]?["normal"] == .integer(1))
        #expect(kpis["unassignedByReason"]?["partsUnavailable"] == .integer(1))
        #expect(document["unassigned"]?.items.first?["priority"] == .string("urgent"))
        let summary = try #require(document["solver"])
        #expect(summary["seed"] == .string("18446744073709551615"))
        #expect(summary["elapsedSeconds"] == .number(1.235))
        #expect(summary["objective"]?["travelTime"] == .integer(5400))
        #expect(summary["details"] == .object([JSONValue.Member("a", .string("b")), JSONValue.Member("stop", .string("time limit"))]))
    }

    @Test("writes only seconds on a bare timeline")
    func bareTimeline() throws {
        let problem = try SolomonReader().read(SolomonReaderTests.tiny)
        let plan = Plan(routes: [Route(technicianId: "v1", shiftId: "0", departure: 0,
                                       stops: [Stop(kind: .order("1"), arrival: 50_000, start: 100_000, end: 200_000,
                                                    travelDuration: 50_000, travelDistance: 50_000)],
                                       returnTravelDuration: 50_000, returnTravelDistance: 50_000, arrivalAtEnd: 250_000)],
                        unassigned: [UnassignedOrder(orderId: "2", reason: .noFeasibleInsertion), UnassignedOrder(orderId: "3", reason: .limitsReached)])
        let data = PlanEncoder().encode(plan, for: problem)
        let text = String(decoding: data, as: UTF8.self)
        #expect(!text.contains("At\""))
        #expect(try PlanDecoder().decode(data, for: problem) == plan)
    }
}

extension JSONValue {
    /// The items of a list; empty for anything else.
    var items: [JSONValue] {
        if case .array(let items) = self { return items }
        return []
    }
}
