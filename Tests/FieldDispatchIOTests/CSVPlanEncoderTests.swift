import FieldDispatchIO
import FieldDispatchTestSupport
import Foundation
import Testing

@Suite struct CSVPlanEncoderTests {
    static func problem() throws -> Problem {
        var builder = ProblemBuilder(secondsPerUnit: 60)
        builder.addOrder("A-1", at: Location(x: 10, y: 0), duration: 1800) { $0.priority = .urgent }
        builder.addOrder("A,2", at: Location(x: 20, y: 0), duration: 600)
        builder.addOrder("A-3", at: Location(x: 90, y: 0), duration: 600)
        builder.addTechnician("T-1", at: Location(x: 0, y: 0))
        return try builder.build()
    }

    @Test("writes one row per stop in route order, then unassigned orders with their reason")
    func rows() throws {
        let problem = try Self.problem()
        let route = Route.scheduled(for: "T-1", visiting: [.order("A-1"), .order("A,2")], in: problem)
        let plan = Plan(routes: [route], unassigned: [UnassignedOrder(orderId: "A-3", reason: .limitsReached)])
        let text = PlanCSVEncoder().encode(plan, for: problem)
        let table = try CSVTable(parsing: text, name: "plan.csv")
        #expect(table.columns == PlanCSVEncoder.columns)
        #expect(table.rows.count == 3)
        let first = table.rows[0]
        #expect(table.value(first, "technician") == "T-1")
        #expect(table.value(first, "sequence") == "1")
        #expect(table.value(first, "kind") == "order")
        #expect(table.value(first, "priority") == "urgent")
        #expect(table.value(first, "arrival") == "08:10")
        #expect(table.value(first, "end") == "08:40")
        #expect(table.value(first, "travel_min") == "10")
        #expect(table.value(table.rows[1], "id") == "A,2")
        #expect(table.value(table.rows[1], "travel_min") == "10")
        let last = table.rows[2]
        #expect(table.value(last, "kind") == "unassigned")
        #expect(table.value(last, "id") == "A-3")
        #expect(table.value(last, "reason") == "limitsReached")
        #expect(text.hasSuffix("\r\n"))
    }
}
