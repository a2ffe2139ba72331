import Testing
import FieldDispatch
import FieldDispatchTestSupport

/// Overruns reported by extra time or by a new end, on the two-technician line of ``DispatcherTests``.
@Suite struct DispatchOverrunTests {
    @Test("an overrun reported by its new end moves the next order like the same overrun in extra seconds")
    func newEndMatchesExtraSeconds() async throws {
        let (problem, plan) = try DispatcherTests.line()
        var decisions: [DispatchDecision] = []
        var states: [TechnicianState] = []
        for overrun in [VisitOverrun.extraSeconds(.minutes(110)), .endsAt(.hours(11) + .minutes(50))] {
            let dispatcher = Dispatcher(problem: problem, plan: plan)
            _ = await dispatcher.handle(.visitStarted(orderId: "A", at: .hours(9)))
            decisions.append(await dispatcher.handle(.visitOverran(orderId: "A", overrun: overrun)))
            states.append(await dispatcher.technicianStates[0])
            expectValidPlan(await dispatcher.plan, for: await dispatcher.problem)
        }
        #expect(decisions[0].moves == [.init(orderId: "B", fromTechnicianId: "T-1", toTechnicianId: "T-2")])
        #expect(decisions[1].moves == decisions[0].moves)
        #expect(decisions[1].reasons == decisions[0].reasons)
        #expect(states.map(\.busyUntil) == [.hours(11) + .minutes(50), .hours(11) + .minutes(50)])
    }

    @Test("a later report of the new end replaces an earlier estimate, and never moves the visit's planned end")
    func latestEndWins() async throws {
        let (problem, plan) = try DispatcherTests.line()
        let dispatcher = Dispatcher(problem: problem, plan: plan)
        _ = await dispatcher.handle(.visitStarted(orderId: "A", at: .hours(9)))
        _ = await dispatcher.handle(.visitOverran(orderId: "A", overrun: .extraSeconds(.minutes(30))))
        #expect(await dispatcher.technicianStates[0].busyUntil == .hours(10) + .minutes(30))
        _ = await dispatcher.handle(.visitOverran(orderId: "A", overrun: .endsAt(.hours(10) + .minutes(10))))
        #expect(await dispatcher.technicianStates[0].busyUntil == .hours(10) + .minutes(10))
        _ = await dispatcher.handle(.visitOverran(orderId: "A", overrun: .endsAt(.hours(9) + .minutes(30))))
        #expect(await dispatcher.technicianStates[0].busyUntil == .hours(10))
        let route = await dispatcher.plan.routes.first { $0.technicianId == "T-1" }
        #expect(route?.orderIds == ["A", "B"])
        #expect(route?.stops.first { $0.orderId == "B" }?.start == .hours(10) + .minutes(10))
        expectValidPlan(await dispatcher.plan, for: await dispatcher.problem)
    }

    @Test("an overrun of a visit not in progress is ignored with the reason")
    func notInProgress() async throws {
        let (problem, plan) = try DispatcherTests.line()
        let dispatcher = Dispatcher(problem: problem, plan: plan)
        let decision = await dispatcher.handle(.visitOverran(orderId: "B", overrun: .endsAt(.hours(12))))
        #expect(decision.isEmpty)
        #expect(decision.reasons == [.ignored("order B is not in progress")])
        #expect(await dispatcher.plan == plan)
    }
}
