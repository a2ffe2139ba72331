import Testing
@testable import FieldDispatch
import FieldDispatchTestSupport

/// Stops inside the freeze horizon stay on their route in their sequence whatever event comes.
///
/// On a line like that of ``DispatcherTests`` at 09:50 with a 30-minute horizon, T-1 is in A
/// (09:00-10:00, window closing 10:00) and heading next to B (10:10, window closing 10:25), so B is frozen.
@Suite struct DispatchFreezeTests {
    static func atTenToTen() async throws -> Dispatcher {
        var builder = ProblemBuilder(secondsPerUnit: 60)
        builder.addTechnician("T-1", at: .plane(0, 0), skills: [SkillLevel("ac", level: 3)])
        builder.addTechnician("T-2", at: .plane(100, 0), skills: [SkillLevel("ac", level: 1)])
        let ac = [SkillRequirement("ac")]
        builder.addOrder("A", at: .plane(10, 0), duration: .hours(1), windows: [TimeWindow(start: .hours(9), end: .hours(10))]) { $0.requiredSkills = ac }
        builder.addOrder("B", at: .plane(20, 0), duration: .minutes(30), windows: [TimeWindow(start: .hours(10), end: .hours(10) + .minutes(25))]) {
            $0.requiredSkills = ac
        }
        builder.addOrder("C", at: .plane(90, 0), duration: .minutes(30), windows: [TimeWindow(start: .hours(9), end: .hours(12))]) { $0.requiredSkills = ac }
        let problem = try builder.build()
        let plan = Plan.scheduled([("T-1", ["A", "B"]), ("T-2", ["C"])], in: problem)
        let dispatcher = Dispatcher(problem: problem, plan: plan, options: DispatchOptions(freezeHorizon: 1_800))
        _ = await dispatcher.handle(.visitStarted(orderId: "A", at: .hours(9)))
        _ = await dispatcher.advanceClock(to: .hours(9) + .minutes(50), followsPlan: false)
        return dispatcher
    }

    @Test("an emergency without interruption comes after the frozen next visit, which keeps its start")
    func emergencyAfterFrozenStop() async throws {
        let dispatcher = try await Self.atTenToTen()
        let decision = await dispatcher.handle(.emergencyAdded(DispatcherTests.order("E", x: 12, priority: .emergency), allowInterruption: false))
        let route = await dispatcher.plan.routes.first { $0.technicianId == "T-1" }
        #expect(route?.orderIds == ["A", "B", "E"])
        #expect(route?.stops.first { $0.orderId == "B" }?.start == .hours(10) + .minutes(10))
        #expect(decision.moves == [.init(orderId: "E", fromTechnicianId: nil, toTechnicianId: "T-1")])
        #expect(decision.why.first?.contains("already heading to") == true, "\(decision.why)")
        expectValidPlan(await dispatcher.plan, for: await dispatcher.problem)
    }

    @Test("an interrupting emergency never displaces a frozen stop; the route serves it after that stop instead")
    func interruptionKeepsFrozenStop() async throws {
        let dispatcher = try await Self.atTenToTen()
        // Interrupting A makes A miss its window (it may leave) and B its 10:25 close; B is frozen, so A is not interrupted.
        let decision = await dispatcher.handle(.emergencyAdded(DispatcherTests.order("E", x: 12, priority: .emergency), allowInterruption: true))
        guard case .soonestStart(_, let technician, let start, let interrupted)? = decision.reasons.first else {
            Issue.record("expected a soonest-start reason, got \(decision.reasons)")
            return
        }
        #expect(technician == "T-1" && interrupted == nil)
        #expect(start == .hours(10) + .minutes(48))
        #expect(!decision.moves.contains { $0.orderId == "B" })
        #expect(await dispatcher.plan.routes.first { $0.technicianId == "T-1" }?.orderIds == ["A", "B", "E"])
        expectValidPlan(await dispatcher.plan, for: await dispatcher.problem)
    }

    @Test("an overrun that pushes past the shift end takes out a later order, not the frozen one of lower priority")
    func overrunSparesFrozenStop() async throws {
        var builder = ProblemBuilder(secondsPerUnit: 60)
        builder.addTechnician("T-1", at: .plane(0, 0), to: .hours(12), skills: [SkillLevel("ac")])
        builder.addTechnician("T-2", at: .plane(40, 0), skills: [SkillLevel("ac")])
        builder.addOrder("A", at: .plane(10, 0), duration: .hours(1), windows: [TimeWindow(start: .hours(9), end: .hours(10))]) {
            $0.requiredSkills = [SkillRequirement("ac")]
        }
        builder.addOrder("F", at: .plane(20, 0), duration: .minutes(30)) { $0.requiredSkills = [SkillRequirement("ac")]; $0.priority = .low }
        builder.addOrder("G", at: .plane(30, 0), duration: .minutes(30)) { $0.requiredSkills = [SkillRequirement("ac")] }
        let problem = try builder.build()
        let plan = Plan.scheduled([("T-1", ["A", "F", "G"])], in: problem)
        expectValidPlan(plan, for: problem)
        let dispatcher = Dispatcher(problem: problem, plan: plan, options: DispatchOptions(freezeHorizon: 1_800))
        _ = await dispatcher.handle(.visitStarted(orderId: "A", at: .hours(9)))
        _ = await dispatcher.advanceClock(to: .hours(9) + .minutes(55), followsPlan: false)
        // A now ends 10:20: F 10:30-11:00, G 11:10-11:40, home 12:10, past the 12:00 end.
        let decision = await dispatcher.handle(.visitOverran(orderId: "A", overrun: .extraSeconds(.minutes(20))))
        #expect(decision.moves == [.init(orderId: "G", fromTechnicianId: "T-1", toTechnicianId: "T-2")])
        #expect(await dispatcher.plan.routes.first { $0.technicianId == "T-1" }?.orderIds == ["A", "F"])
        expectValidPlan(await dispatcher.plan, for: await dispatcher.problem)
    }

    @Test("over random days no event but its own takes a frozen stop off its route or puts work before it")
    func randomDays() async throws {
        for seed in UInt64(1)...300 {
            let (problem, plan, events) = try DispatchPropertyTests.day(seed: seed)
            let dispatcher = Dispatcher(problem: problem, plan: plan, options: DispatchOptions(freezeHorizon: 2_700))
            for event in events {
                if let time = event.time { _ = await dispatcher.advanceClock(to: time) }
                let cutoff = await dispatcher.now + 2_700
                let before = await dispatcher.plan
                let decision = await dispatcher.handle(event)
                let after = await dispatcher.plan
                Self.expectFrozenKept(before: before, after: after, cutoff: cutoff, event: event, decision: decision, day: seed)
            }
        }
    }

    /// The frozen orders of each route before an event lead that route after it, in the same order.
    static func expectFrozenKept(before: Plan, after: Plan, cutoff: Int, event: DispatchEvent, decision: DispatchDecision, day: UInt64) {
        var exempt: Set<String> = []
        var exemptTechnicians: Set<String> = []
        var emergency: String?
        switch event {
        case .orderCancelled(let id): exempt.insert(id)
        case .orderUpdated(let order): exempt.insert(order.id)
        case .technicianUnavailable(let id, _): exemptTechnicians.insert(id)
        case .visitStarted(let id, _), .visitCompleted(let id, _), .visitOverran(let id, _):
            // The technician's own day ran differently: a frozen stop that now misses its window must go.
            if let route = before.routes.first(where: { $0.orderIds.contains(id) }) { exemptTechnicians.insert(route.technicianId) }
        case .emergencyAdded(let order, _):
            emergency = order.id
            for case .soonestStart(_, _, _, let interrupted?) in decision.reasons { exempt.insert(interrupted) }
        default: break
        }
        for route in before.routes where !exemptTechnicians.contains(route.technicianId) {
            let frozen = route.stops.filter { $0.start < cutoff }.compactMap(\.orderId).filter { !exempt.contains($0) }
            let now = after.routes.first { $0.technicianId == route.technicianId && $0.shiftId == route.shiftId }?.orderIds ?? []
            let lead = Array(now.filter { $0 != emergency && !exempt.contains($0) }.prefix(frozen.count))
            #expect(lead == frozen, "day \(day), \(event.kindName): \(route.technicianId) had frozen \(frozen), now \(now)")
        }
    }
}
