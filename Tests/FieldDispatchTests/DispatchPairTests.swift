import Testing
import FieldDispatch
import FieldDispatchTestSupport

/// Pairs in live dispatch: never split by event-time insertion, placed together by re-optimisation.
@Suite struct DispatchPairTests {
    /// T-1 at 0 and T-2 at 100 on a line; T-1 serves the pair P → D and order A.
    static func day(deliveryAt x: Double = 30) throws -> (problem: Problem, plan: Plan) {
        var builder = ProblemBuilder(secondsPerUnit: 60)
        builder.addTechnician("T-1", at: .plane(0, 0))
        builder.addTechnician("T-2", at: .plane(100, 0))
        builder.addOrder("A", at: .plane(5, 0), duration: .minutes(30))
        builder.addOrder("P", at: .plane(10, 0), duration: .minutes(20)) { $0.demand = 1 }
        builder.addOrder("D", at: .plane(x, 0), duration: .minutes(20)) { $0.pickupOrderId = "P" }
        let problem = try builder.build()
        return (problem, Plan.scheduled([("T-1", ["A", "P", "D"])], in: problem))
    }

    @Test("a technician who falls ill leaves the pair whole and unassigned, and re-optimisation gives it to one colleague")
    func technicianLeaves() async throws {
        let (problem, plan) = try Self.day()
        let dispatcher = Dispatcher(problem: problem, plan: plan)
        let decision = await dispatcher.handle(.technicianUnavailable(technicianId: "T-1", from: .hours(8)))
        #expect(Set(decision.unassigned.map(\.orderId)).isSuperset(of: ["P", "D"]))
        #expect(decision.moves.contains { $0.orderId == "A" && $0.toTechnicianId == "T-2" })
        expectValidPlan(await dispatcher.plan, for: await dispatcher.problem)
        let reoptimized = await dispatcher.reoptimize(until: 0.5)
        let after = await dispatcher.plan
        expectValidPlan(after, for: await dispatcher.problem)
        let route = try #require(after.routes.first { $0.technicianId == "T-2" }, "\(reoptimized.why)")
        #expect(route.orderIds.filter { $0 == "P" || $0 == "D" } == ["P", "D"])
    }

    @Test("a delivery added for a routed pick-up takes the pick-up out; both are placed together by re-optimisation")
    func deliveryAdded() async throws {
        var builder = ProblemBuilder(secondsPerUnit: 60)
        builder.addTechnician("T-1", at: .plane(0, 0))
        builder.addOrder("P", at: .plane(10, 0), duration: .minutes(20))
        let problem = try builder.build()
        let dispatcher = Dispatcher(problem: problem, plan: Plan.scheduled([("T-1", ["P"])], in: problem))
        var delivery = ServiceOrder(id: "D", location: .plane(20, 0), serviceDuration: .minutes(20))
        delivery.pickupOrderId = "P"
        let decision = await dispatcher.handle(.orderAdded(delivery))
        #expect(Set(decision.unassigned.map(\.orderId)) == ["P", "D"])
        #expect(decision.why.contains { $0.contains("re-optimisation") })
        expectValidPlan(await dispatcher.plan, for: await dispatcher.problem)
        _ = await dispatcher.reoptimize(until: 0.5)
        let after = await dispatcher.plan
        #expect(after.routes.first?.orderIds == ["P", "D"])
        #expect(after.unassigned.isEmpty)
        expectValidPlan(after, for: await dispatcher.problem)
    }

    @Test("once the pick-up has started, re-optimisation keeps the delivery with the same technician")
    func pickupStarted() async throws {
        // The delivery lies next to T-2's home: were it a visit of its own, T-2 would take it.
        let (problem, plan) = try Self.day(deliveryAt: 95)
        let dispatcher = Dispatcher(problem: problem, plan: plan)
        _ = await dispatcher.handle(.visitStarted(orderId: "A", at: .hours(8) + 300))
        _ = await dispatcher.handle(.visitCompleted(orderId: "A", at: .hours(8) + 2_100))
        _ = await dispatcher.handle(.visitStarted(orderId: "P", at: .hours(8) + 2_400))
        _ = await dispatcher.reoptimize(until: 0.3)
        let after = await dispatcher.plan
        #expect(after.routes.first { $0.technicianId == "T-1" }?.orderIds == ["A", "P", "D"])
        expectValidPlan(after, for: await dispatcher.problem)
    }

    @Test("cancelling a pick-up leaves its delivery as a visit of its own")
    func pickupCancelled() async throws {
        let (problem, plan) = try Self.day()
        let dispatcher = Dispatcher(problem: problem, plan: plan)
        _ = await dispatcher.handle(.orderCancelled(orderId: "P"))
        #expect(await dispatcher.problem.orders.first { $0.id == "D" }?.pickupOrderId == nil)
        let after = await dispatcher.plan
        #expect(after.routes.first?.orderIds == ["A", "D"])
        expectValidPlan(after, for: await dispatcher.problem)
    }
}
