import Testing
import FieldDispatch
import FieldDispatchTestSupport

/// The nearest-technician policy against cheapest insertion on the line of ``DispatcherTests``.
@Suite struct DispatchPolicyTests {
    static let between = DispatcherTests.order("N", x: 15, window: TimeWindow(start: .hours(9), end: .hours(17)))

    @Test("cheapest insertion puts an order between two visits when that costs no detour")
    func cheapest() async throws {
        let (problem, plan) = try DispatcherTests.line()
        let dispatcher = Dispatcher(problem: problem, plan: plan)
        _ = await dispatcher.handle(.orderAdded(Self.between))
        #expect(await dispatcher.plan.routes.first { $0.technicianId == "T-1" }?.orderIds == ["A", "N", "B"])
    }

    @Test("the nearest-technician policy appends to the nearest route and leaves its sequence alone")
    func nearest() async throws {
        let (problem, plan) = try DispatcherTests.line()
        let dispatcher = Dispatcher(problem: problem, plan: plan, options: DispatchOptions(policy: .nearestTechnician))
        let decision = await dispatcher.handle(.orderAdded(Self.between))
        let route = await dispatcher.plan.routes.first { $0.technicianId == "T-1" }
        #expect(route?.orderIds == ["A", "B", "N"])
        #expect(decision.etaChanges.map(\.orderId) == ["N"])
        #expect(decision.why.first?.contains("nearest certified technician") == true, "\(decision.why)")
        expectValidPlan(await dispatcher.plan, for: await dispatcher.problem)
    }

    @Test("the nearest-technician policy moves on to the next route when the nearest cannot fit the order")
    func nextNearest() async throws {
        let (problem, plan) = try DispatcherTests.line()
        let dispatcher = Dispatcher(problem: problem, plan: plan, options: DispatchOptions(policy: .nearestTechnician))
        // After B (ends 10:40 at 20) T-1 cannot reach 50 by 10:45; T-2, free from 09:30 at 90, can.
        let decision = await dispatcher.handle(.orderAdded(DispatcherTests.order("M", x: 50, window: TimeWindow(start: .hours(10), end: .hours(10) + .minutes(45)))))
        #expect(decision.moves == [.init(orderId: "M", fromTechnicianId: nil, toTechnicianId: "T-2")])
        expectValidPlan(await dispatcher.plan, for: await dispatcher.problem)
    }
}
