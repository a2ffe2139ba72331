import Testing
@testable import FieldDispatch
import FieldDispatchTestSupport

/// Random days of events against small planned problems: after every event the plan is valid,
/// every order is in exactly one place, and insertions keep every other customer's window.
@Suite struct DispatchPropertyTests {
    /// A small problem, its plan, and a day of events, all drawn from `seed`.
    static func day(seed: UInt64) throws -> (problem: Problem, plan: Plan, events: [DispatchEvent]) {
        let problem = try Fixtures.fieldDay(seed: seed, orders: 14, technicians: 3, breaks: seed % 2 == 0, softWindows: seed % 3 == 0)
        let plan = Solver(problem: problem).nearestCertifiedTechnicianPlan()
        var random = SplitMix64(seed: seed &* 7919)
        let generator = DispatchDayGenerator(arrivingOrders: 6, cancellationRate: 0.05, overrunRate: 0.15, emergencies: 2, illTechnicians: 1)
        return (problem, plan, generator.events(for: problem, plan: plan, using: &random))
    }

    /// Every order of the live problem once in a route or once unassigned with a reason.
    static func expectCovered(_ plan: Plan, _ problem: Problem, after event: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let placed = plan.assignedOrderIds + plan.unassigned.map(\.orderId)
        #expect(placed.count == problem.orders.count, "after \(event)", sourceLocation: sourceLocation)
        #expect(Set(placed) == Set(problem.orders.map(\.id)), "after \(event)", sourceLocation: sourceLocation)
    }

    @Test("after every event of 1,500 random days each order is placed once and the plan is valid")
    func randomDays() async throws {
        for seed in UInt64(1)...1_500 {
            let (problem, plan, events) = try Self.day(seed: seed)
            let dispatcher = Dispatcher(problem: problem, plan: plan)
            for event in events {
                if let time = event.time { _ = await dispatcher.advanceClock(to: time) }
                let before = await dispatcher.plan
                let decision = await dispatcher.handle(event)
                let after = await dispatcher.plan
                let live = await dispatcher.problem
                Self.expectCovered(after, live, after: "\(event.kindName) on day \(seed)")
                let hard = PlanValidator(problem: live).validate(after).filter(\.isHard)
                #expect(hard.isEmpty, "day \(seed) after \(event.kindName): \(hard.map(\.message))")
                if !hard.isEmpty { return }
                #expect(after.unassigned.allSatisfy { $0.orderId.isEmpty == false })
                if case .orderAdded(let order) = event {
                    Self.expectPromisesKept(before: before, after: after, problem: live, except: order.id, day: seed)
                    #expect(decision.moves.allSatisfy { $0.orderId == order.id })
                }
            }
        }
    }

    /// No order other than `added` starts later past a soft window or SLA, or leaves its technician.
    static func expectPromisesKept(before: Plan, after: Plan, problem: Problem, except added: String, day: UInt64) {
        var old: [String: (technician: String, stop: Stop)] = [:]
        for route in before.routes { for stop in route.stops { if let id = stop.orderId { old[id] = (route.technicianId, stop) } } }
        for route in after.routes {
            for stop in route.stops {
                guard let id = stop.orderId, id != added, let previous = old[id] else { continue }
                #expect(previous.technician == route.technicianId, "day \(day): \(id) changed technician on an insertion")
                #expect(stop.lateness <= previous.stop.lateness, "day \(day): \(id) became later past its soft window")
                if let sla = problem.order(withId: id)?.slaDeadline, previous.stop.start <= sla {
                    #expect(stop.start <= sla, "day \(day): \(id) newly misses its SLA")
                }
            }
        }
    }

    @Test("reoptimizing in the middle of random days keeps started visits where they are and the plan valid")
    func reoptimizeMidDay() async throws {
        for seed in UInt64(2_000)..<2_020 {
            let (problem, plan, events) = try Self.day(seed: seed)
            let dispatcher = Dispatcher(problem: problem, plan: plan, options: DispatchOptions(freezeHorizon: 900))
            _ = await dispatcher.replay(Array(events.prefix(events.count / 2)))
            let before = await dispatcher.plan
            let started = await dispatcher.technicianStates.compactMap(\.currentOrderId)
            _ = await dispatcher.reoptimize(until: 0.05)
            let after = await dispatcher.plan
            let live = await dispatcher.problem
            expectValidPlan(after, for: live)
            Self.expectCovered(after, live, after: "reoptimize on day \(seed)")
            for id in started {
                let technician = { (p: Plan) in p.routes.first { $0.orderIds.contains(id) }?.technicianId }
                #expect(technician(before) == technician(after), "day \(seed): started \(id) moved")
            }
        }
    }

    @Test("the same seed gives the same decisions and the same plan")
    func deterministic() async throws {
        for seed in UInt64(40)...44 {
            let (problem, plan, events) = try Self.day(seed: seed)
            let first = Dispatcher(problem: problem, plan: plan)
            let second = Dispatcher(problem: problem, plan: plan)
            let a = await first.replay(events)
            let b = await second.replay(events)
            #expect(a == b)
            #expect(await first.plan == second.plan)
        }
    }
}
