import Foundation
import FieldDispatchTestSupport
import Testing

/// The validator on benchmark data: Solomon C101 read at the default scale of 10,000.
@Suite struct SolomonPlanTests {
    static let c101 = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("fixtures/solomon/C101.txt")

    /// The ten routes of the published C101 optimum (828.94), customers in visiting order.
    static let bestKnown: [[Int]] = [
        [5, 3, 7, 8, 10, 11, 9, 6, 4, 2, 1, 75],
        [13, 17, 18, 19, 15, 16, 14, 12],
        [20, 24, 25, 27, 29, 30, 28, 26, 23, 22, 21],
        [32, 33, 31, 35, 37, 38, 39, 36, 34],
        [43, 42, 41, 40, 44, 46, 45, 48, 51, 50, 52, 49, 47],
        [57, 55, 54, 53, 56, 58, 60, 59],
        [67, 65, 63, 62, 74, 72, 61, 64, 68, 66, 69],
        [81, 78, 76, 71, 70, 73, 77, 79, 80],
        [90, 87, 86, 83, 82, 84, 85, 88, 89, 91],
        [98, 96, 95, 94, 92, 93, 97, 100, 99],
    ]

    func problem() throws -> Problem {
        try SolomonReader().read(String(contentsOf: Self.c101, encoding: .utf8))
    }

    @Test("accepts the best-known C101 solution, scheduled at the earliest times, and measures 828.94")
    func acceptsBestKnown() throws {
        let problem = try problem()
        let routes = Self.bestKnown.enumerated().map { index, customers in
            Route.scheduled(for: "v\(index + 1)", shift: "0", visiting: customers.map { .order(String($0)) }, in: problem)
        }
        let plan = Plan(routes: routes, unassigned: [])
        #expect(PlanValidator(problem: problem).validate(plan) == [])
        let distance = Double(routes.reduce(0) { $0 + $1.travelDistance }) / 10_000
        #expect(abs(distance - 828.94) < 0.01)
    }

    @Test("rejects the first best-known route driven backwards for its missed hard windows")
    func rejectsReversedRoute() throws {
        let problem = try problem()
        let reversed = Route.scheduled(for: "v1", shift: "0", visiting: Self.bestKnown[0].reversed().map { .order(String($0)) }, in: problem)
        let others = problem.orders.map(\.id).filter { !Self.bestKnown[0].map(String.init).contains($0) }
        let plan = Plan(routes: [reversed], unassigned: others.map { UnassignedOrder(orderId: $0, reason: .noFeasibleInsertion) })
        let kinds = Set(PlanValidator(problem: problem).validate(plan).map(\.kind))
        #expect(kinds.contains(.windowMissed))
        #expect(kinds.isSubset(of: [.windowMissed, .shiftEndOverrun]))
    }

    @Test("rejects a route over the vehicle capacity of 200")
    func rejectsOverload() throws {
        let problem = try problem()
        let merged = Route.scheduled(for: "v1", shift: "0", visiting: (Self.bestKnown[0] + Self.bestKnown[1]).map { .order(String($0)) }, in: problem)
        let rest = Self.bestKnown.dropFirst(2).enumerated().map { index, customers in
            Route.scheduled(for: "v\(index + 2)", shift: "0", visiting: customers.map { .order(String($0)) }, in: problem)
        }
        let kinds = PlanValidator(problem: problem).validate(Plan(routes: [merged] + rest, unassigned: [])).map(\.kind)
        #expect(kinds.contains(.capacityExceeded))
        #expect(kinds.filter { $0 == .capacityExceeded }.count == 1)
    }
}
