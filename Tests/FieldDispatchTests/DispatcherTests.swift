import Testing
import FieldDispatch
import FieldDispatchTestSupport

/// Two technicians on a line: T-1 at 0, T-2 at 100 (one unit is a minute of driving).
@Suite struct DispatcherTests {
    static func line() throws -> (problem: Problem, plan: Plan) {
        var builder = ProblemBuilder(secondsPerUnit: 60)
        builder.addTechnician("T-1", at: .plane(0, 0), skills: [SkillLevel("ac", level: 3)])
        builder.addTechnician("T-2", at: .plane(100, 0), skills: [SkillLevel("ac", level: 1)])
        builder.addOrder("A", at: .plane(10, 0), duration: .hours(1), windows: [TimeWindow(start: .hours(9), end: .hours(10))])
        builder.addOrder("B", at: .plane(20, 0), duration: .minutes(30), windows: [TimeWindow(start: .hours(10), end: .hours(11))])
        builder.addOrder("C", at: .plane(90, 0), duration: .minutes(30), windows: [TimeWindow(start: .hours(9), end: .hours(12))])
        let problem = try builder.build()
        return (problem, Plan.scheduled([("T-1", ["A", "B"]), ("T-2", ["C"])], in: problem))
    }

    static func order(_ id: String, x: Double, window: TimeWindow? = nil, priority: Priority = .normal, skill: String = "ac") -> ServiceOrder {
        ServiceOrder(id: id, location: .plane(x, 0), requiredSkills: [SkillRequirement(skill)], serviceDuration: .minutes(30),
                     priority: priority, timeWindows: window.map { [$0] } ?? [])
    }

    @Test("a new order goes to the nearer technician without moving anyone's window")
    func insertion() async throws {
        let (problem, plan) = try Self.line()
        let dispatcher = Dispatcher(problem: problem, plan: plan)
        let decision = await dispatcher.handle(.orderAdded(Self.order("N", x: 95, window: TimeWindow(start: .hours(13), end: .hours(15)))))
        #expect(decision.moves == [.init(orderId: "N", fromTechnicianId: nil, toTechnicianId: "T-2")])
        #expect(decision.unassigned.isEmpty)
        guard case .cheapestInsertion(let id, let technician, _, _)? = decision.reasons.first else {
            Issue.record("expected a cheapest-insertion reason, got \(decision.reasons)")
            return
        }
        #expect(id == "N" && technician == "T-2")
        #expect(decision.why.first?.contains("T-2") == true)
        expectValidPlan(await dispatcher.plan, for: await dispatcher.problem)
    }

    @Test("an order nobody is certified for is unassigned with the reason in words and data")
    func noQualifiedTechnician() async throws {
        let (problem, plan) = try Self.line()
        let dispatcher = Dispatcher(problem: problem, plan: plan)
        let decision = await dispatcher.handle(.orderAdded(Self.order("G", x: 50, skill: "gas")))
        #expect(decision.unassigned.map(\.reason) == [.noQualifiedTechnician])
        let explanation = await dispatcher.explanation(forUnassigned: "G")
        #expect(explanation?.reason == .noQualifiedTechnician)
        #expect(explanation?.words.contains("skills") == true)
        expectValidPlan(await dispatcher.plan, for: await dispatcher.problem)
    }

    @Test("an overrun that would break the next customer's window hands that order to another technician")
    func overrun() async throws {
        let (problem, plan) = try Self.line()
        let dispatcher = Dispatcher(problem: problem, plan: plan)
        _ = await dispatcher.handle(.visitStarted(orderId: "A", at: .hours(9)))
        let decision = await dispatcher.handle(.visitOverran(orderId: "A", overrun: .extraSeconds(.minutes(110))))
        #expect(decision.moves == [.init(orderId: "B", fromTechnicianId: "T-1", toTechnicianId: "T-2")])
        #expect(decision.reasons.contains(.windowWouldBreak(orderId: "B", technicianId: "T-1")))
        let states = await dispatcher.technicianStates
        #expect(states[0].busyUntil == .hours(11) + .minutes(50))
        #expect(states[0].phase == .onSite)
        expectValidPlan(await dispatcher.plan, for: await dispatcher.problem)
    }

    @Test("a technician falling ill hands every visit not started to others, emergencies first")
    func illness() async throws {
        let (problem, plan) = try Self.line()
        let dispatcher = Dispatcher(problem: problem, plan: plan)
        _ = await dispatcher.handle(.emergencyAdded(Self.order("E", x: 15, priority: .emergency), allowInterruption: false))
        let decision = await dispatcher.handle(.technicianUnavailable(technicianId: "T-1", from: .hours(8) + 60))
        let moved = decision.moves.filter { $0.fromTechnicianId == "T-1" }
        #expect(Set(moved.map(\.orderId)) == ["A", "B", "E"])
        #expect(moved.first?.orderId == "E")
        #expect(await dispatcher.plan.routes.first { $0.technicianId == "T-1" } == nil)
        expectValidPlan(await dispatcher.plan, for: await dispatcher.problem)
    }

    @Test("an emergency interrupts the visit in progress of the technician who can be there first")
    func emergencyInterrupts() async throws {
        let (problem, plan) = try Self.line()
        let dispatcher = Dispatcher(problem: problem, plan: plan)
        _ = await dispatcher.handle(.visitStarted(orderId: "A", at: .hours(9)))
        _ = await dispatcher.advanceClock(to: .hours(9) + .minutes(10), followsPlan: false)
        let decision = await dispatcher.handle(.emergencyAdded(Self.order("E", x: 12, priority: .emergency), allowInterruption: true))
        guard case .soonestStart(_, let technician, let start, let interrupted)? = decision.reasons.first else {
            Issue.record("expected a soonest-start reason, got \(decision.reasons)")
            return
        }
        #expect(technician == "T-1")
        #expect(interrupted == "A")
        #expect(start == .hours(9) + .minutes(12))
        let plan2 = await dispatcher.plan
        #expect(plan2.routes.first { $0.technicianId == "T-1" }?.orderIds.first == "E")
        expectValidPlan(plan2, for: await dispatcher.problem)
    }

    @Test("a cancellation frees room that an unassigned order then takes")
    func cancellationRetries() async throws {
        var builder = ProblemBuilder(secondsPerUnit: 60)
        builder.addTechnician("T-1", at: .plane(0, 0), skills: [SkillLevel("ac")]) { $0.maxOrdersPerShift = 1 }
        builder.addOrder("A", at: .plane(10, 0)) { $0.requiredSkills = [SkillRequirement("ac")] }
        builder.addOrder("B", at: .plane(20, 0)) { $0.requiredSkills = [SkillRequirement("ac")] }
        let problem = try builder.build()
        let plan = Plan.scheduled([("T-1", ["A"])], in: problem, unassignedReason: .limitsReached)
        let dispatcher = Dispatcher(problem: problem, plan: plan)
        #expect(await dispatcher.explanation(forUnassigned: "B")?.attempts.map(\.conflict) == [.orderLimitReached(limit: 1)])
        let decision = await dispatcher.handle(.orderCancelled(orderId: "A"))
        #expect(decision.moves == [.init(orderId: "A", fromTechnicianId: "T-1", toTechnicianId: nil),
                                   .init(orderId: "B", fromTechnicianId: nil, toTechnicianId: "T-1")])
        let after = await dispatcher.plan
        #expect(after.assignedOrderIds == ["B"])
        #expect(after.unassigned.isEmpty)
        #expect(await dispatcher.problem.orders.map(\.id) == ["B"])
        expectValidPlan(after, for: await dispatcher.problem)
    }

    @Test("an extra shift takes an order nobody could serve in time")
    func extraShift() async throws {
        let (problem, plan) = try Self.line()
        let dispatcher = Dispatcher(problem: problem, plan: plan)
        let late = Self.order("L", x: 5, window: TimeWindow(start: .hours(19), end: .hours(20)))
        #expect(await dispatcher.handle(.orderAdded(late)).unassigned.map(\.reason) == [.noShiftReachesWindow])
        let shift = Shift(id: "evening", start: .hours(18), end: .hours(22), startLocation: .plane(0, 0), endLocation: .plane(0, 0))
        let decision = await dispatcher.handle(.shiftAdded(technicianId: "T-1", shift: shift))
        #expect(decision.moves == [.init(orderId: "L", fromTechnicianId: nil, toTechnicianId: "T-1")])
        let after = await dispatcher.plan
        #expect(after.routes.first { $0.shiftId == "evening" }?.orderIds == ["L"])
        expectValidPlan(after, for: await dispatcher.problem)
    }

    @Test("candidates rank technicians with the score breakdown")
    func candidates() async throws {
        let (problem, plan) = try Self.line()
        let dispatcher = Dispatcher(problem: problem, plan: plan)
        let ranked = await dispatcher.candidates(for: Self.order("N", x: 30, window: TimeWindow(start: .hours(13), end: .hours(16))), limit: 5)
        #expect(ranked.map(\.technicianId) == ["T-1", "T-2"])
        #expect(ranked[0].extraTravel < ranked[1].extraTravel)
        #expect(ranked[0].skillLevelExcess == 2 && ranked[1].skillLevelExcess == 0)
        #expect(ranked[0].ordersAfter == 3)
        #expect(ranked.allSatisfy { $0.slack > 0 })
        #expect(await dispatcher.plan == plan)
    }

    @Test("slot offers list promisable windows by cost and the rest with a reason")
    func slotOffers() async throws {
        let (problem, plan) = try Self.line()
        let dispatcher = Dispatcher(problem: problem, plan: plan)
        let windows = [TimeWindow(start: .hours(20), end: .hours(21)), TimeWindow(start: .hours(14), end: .hours(15)),
                       TimeWindow(start: .hours(8), end: .hours(8) + 600)]
        let offers = await dispatcher.slotOffers(for: Self.order("N", x: 30), windows: windows)
        #expect(offers.map(\.window) == [windows[1], windows[0], windows[2]])
        #expect(offers[0].isAvailable && offers[0].technicianId == "T-1")
        #expect(offers[0].plannedStart == .hours(14))
        #expect(offers.dropFirst().allSatisfy { !$0.isAvailable && $0.reason == .noShiftReachesWindow })
    }

    @Test("reoptimizing keeps started visits and swaps badly assigned orders")
    func reoptimize() async throws {
        let (problem, _) = try Self.line()
        let bad = Plan.scheduled([("T-1", ["A", "C"]), ("T-2", ["B"])], in: problem)
        expectValidPlan(bad, for: problem)
        let dispatcher = Dispatcher(problem: problem, plan: bad, options: DispatchOptions(freezeHorizon: 0))
        _ = await dispatcher.handle(.visitStarted(orderId: "A", at: .hours(9)))
        let decision = await dispatcher.reoptimize(until: 0.5)
        let plan = await dispatcher.plan
        #expect(plan.routes.first { $0.technicianId == "T-1" }?.orderIds == ["A", "B"])
        #expect(plan.routes.first { $0.technicianId == "T-2" }?.orderIds == ["C"])
        #expect(Set(decision.moves.map(\.orderId)) == ["B", "C"])
        expectValidPlan(plan, for: await dispatcher.problem)
    }
}
