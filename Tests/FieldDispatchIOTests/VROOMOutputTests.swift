import FieldDispatchIO
import FieldDispatchTestSupport
import Foundation
import Testing

@Suite struct VROOMOutputTests {
    static func problem() throws -> Problem {
        var builder = ProblemBuilder(matrix: [[0, 100, 200], [100, 0, 150], [200, 150, 0]])
        builder.addOrder("1414", at: Location(x: 0, y: 0, matrixIndex: 1), duration: 300, windows: [TimeWindow(start: 500, end: 900)])
        builder.addOrder("1515", at: Location(x: 0, y: 0, matrixIndex: 2), duration: 60)
        builder.addOrder("job-x", at: Location(x: 0, y: 0, matrixIndex: 2), duration: 60)
        builder.addTechnician("7", at: Location(x: 0, y: 0, matrixIndex: 0), from: 0, to: 10_000)
        return try builder.build()
    }

    static func encoded() throws -> [String: Any] {
        let problem = try problem()
        let route = Route.scheduled(for: "7", visiting: [.order("1414"), .order("1515")], in: problem)
        let plan = Plan(routes: [route], unassigned: [UnassignedOrder(orderId: "job-x", reason: .limitsReached)])
        let data = VROOMPlanEncoder().encode(plan, for: problem)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test("writes code, summary, unassigned and routes as VROOM documents them")
    func shape() throws {
        let json = try Self.encoded()
        #expect(json["code"] as? Int == 0)
        let summary = try #require(json["summary"] as? [String: Any])
        #expect(summary["routes"] as? Int == 1)
        #expect(summary["unassigned"] as? Int == 1)
        #expect(summary["service"] as? Int == 360)
        #expect(summary["duration"] as? Int == 100 + 150 + 200)
        #expect(summary["cost"] as? Int == 450)
        #expect(summary["waiting_time"] as? Int == 400)
        #expect(summary["distance"] as? Int == 450)
        let unassigned = try #require(json["unassigned"] as? [[String: Any]])
        #expect(unassigned.first?["id"] as? String == "job-x")
        #expect(unassigned.first?["location_index"] as? Int == 2)
    }

    @Test("numbers steps start, job, end with integer ids, cumulative travel and waiting")
    func steps() throws {
        let routes = try #require(try Self.encoded()["routes"] as? [[String: Any]])
        #expect(routes.count == 1)
        #expect(routes[0]["vehicle"] as? Int == 7)
        let steps = try #require(routes[0]["steps"] as? [[String: Any]])
        #expect(steps.map { $0["type"] as? String } == ["start", "job", "job", "end"])
        #expect(steps[1]["id"] as? Int == 1414)
        #expect(steps[1]["arrival"] as? Int == 100)
        #expect(steps[1]["waiting_time"] as? Int == 400)
        #expect(steps[1]["service"] as? Int == 300)
        #expect(steps[2]["duration"] as? Int == 250)
        #expect(steps[2]["arrival"] as? Int == 950)
        #expect(steps[3]["duration"] as? Int == 450)
        #expect(steps[3]["arrival"] as? Int == 1210)
        #expect(steps[0]["location_index"] as? Int == 0)
        #expect(steps[0]["id"] == nil)
    }

    @Test("writes [lon, lat] locations when travel is not a matrix")
    func coordinates() throws {
        var builder = ProblemBuilder(travel: HaversineTravel())
        builder.addOrder("1", at: Location(latitude: 48.7, longitude: 2.35), duration: 300)
        builder.addTechnician("1", at: Location(latitude: 48.71, longitude: 2.36))
        let problem = try builder.build()
        let route = Route.scheduled(for: "1", visiting: [.order("1")], in: problem)
        let data = VROOMPlanEncoder().encode(Plan(routes: [route], unassigned: []), for: problem)
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let steps = try #require((json["routes"] as? [[String: Any]])?.first?["steps"] as? [[String: Any]])
        #expect(steps[1]["location"] as? [Double] == [2.35, 48.7])
    }

    @Test("writes a pair's members as pickup and delivery steps with their VROOM ids")
    func pairSteps() throws {
        var builder = ProblemBuilder(matrix: [[0, 100, 200], [100, 0, 150], [200, 150, 0]])
        builder.addOrder("pickup-4", at: Location(x: 0, y: 0, matrixIndex: 1), duration: 60)
        builder.addOrder("delivery-3", at: Location(x: 0, y: 0, matrixIndex: 2), duration: 60) { $0.pickupOrderId = "pickup-4" }
        builder.addOrder("P-9", at: Location(x: 0, y: 0, matrixIndex: 1), duration: 60)
        builder.addOrder("D-9", at: Location(x: 0, y: 0, matrixIndex: 2), duration: 60) { $0.pickupOrderId = "P-9" }
        builder.addTechnician("7", at: Location(x: 0, y: 0, matrixIndex: 0), from: 0, to: 10_000)
        let problem = try builder.build()
        let route = Route.scheduled(for: "7", visiting: [.order("pickup-4"), .order("delivery-3")], in: problem)
        let unassigned = ["P-9", "D-9"].map { UnassignedOrder(orderId: $0, reason: .limitsReached) }
        let data = VROOMPlanEncoder().encode(Plan(routes: [route], unassigned: unassigned), for: problem)
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let steps = try #require((json["routes"] as? [[String: Any]])?.first?["steps"] as? [[String: Any]])
        #expect(steps.map { $0["type"] as? String } == ["start", "pickup", "delivery", "end"])
        #expect(steps.map { $0["id"] as? Int } == [nil, 4, 3, nil])
        let left = try #require(json["unassigned"] as? [[String: Any]])
        #expect(left.map { $0["type"] as? String } == ["pickup", "delivery"])
        #expect(left.map { $0["id"] as? String } == ["P-9", "D-9"])
    }
}
