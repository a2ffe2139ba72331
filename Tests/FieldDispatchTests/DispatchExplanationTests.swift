import Testing
import FieldDispatch
import FieldDispatchTestSupport

/// Explanations name the rule that really rules a technician out, with its figure.
///
/// T-1 lives at 0 (one unit is a minute of driving) and works 08:00-17:00 without overtime. In
/// the long day it serves X at 100 for five hours (09:40-14:40, home 16:20), leaving 40 minutes;
/// N at 50 must start by 12:00 and takes an hour, so before X it pushes X 20 minutes past the shift
/// end and after X its window has closed.
@Suite struct DispatchExplanationTests {
    static func longDay(_ configure: (inout Technician) -> Void = { _ in }) throws -> Dispatcher {
        var builder = ProblemBuilder(secondsPerUnit: 60)
        builder.addTechnician("T-1", at: .plane(0, 0), configure)
        builder.addOrder("X", at: .plane(100, 0), duration: .hours(5))
        let problem = try builder.build()
        let plan = Plan.scheduled([("T-1", ["X"])], in: problem)
        expectValidPlan(plan, for: problem)
        return Dispatcher(problem: problem, plan: plan)
    }

    static let newOrder = ServiceOrder(id: "N", location: .plane(50, 0), serviceDuration: .hours(1),
                                       timeWindows: [TimeWindow(start: .hours(8), end: .hours(12))])

    /// The conflict of the one attempt, after the order was handed in and left unassigned.
    static func attempt(_ dispatcher: Dispatcher, _ order: ServiceOrder = newOrder) async -> (conflict: InsertionConflict?, words: String) {
        let decision = await dispatcher.handle(.orderAdded(order))
        let explanation = await dispatcher.explanation(forUnassigned: order.id)
        #expect(decision.unassigned.map(\.orderId) == [order.id])
        #expect(!decision.why.joined().contains("0s after"), "\(decision.why)")
        return (explanation?.attempts.first?.conflict, explanation?.words ?? "")
    }

    @Test("the shift end is named when every place before the other visit would run past it")
    func shiftEnd() async throws {
        let (conflict, words) = await Self.attempt(try Self.longDay())
        #expect(conflict == .shiftEndExceeded(bySeconds: .minutes(20)))
        #expect(words.contains("T-1 would finish 20m after the shift"), "\(words)")
    }

    @Test("the working-time limit is named when it binds before the shift end")
    func workingTime() async throws {
        let (conflict, words) = await Self.attempt(try Self.longDay { $0.maxWorkingTimePerShift = .hours(8) + .minutes(40) })
        #expect(conflict == .workingTimeExceeded(bySeconds: .minutes(40)))
        #expect(words.contains("over the limit"), "\(words)")
    }

    @Test("the order limit is named when the technician has no room for another order")
    func orderLimit() async throws {
        let (conflict, words) = await Self.attempt(try Self.longDay { $0.maxOrdersPerShift = 1 })
        #expect(conflict == .orderLimitReached(limit: 1))
        #expect(words.contains("limits are used up") && words.contains("has reached 1 orders"), "\(words)")
    }

    @Test("missing parts are named when the van lacks them and no depot stocks them")
    func parts() async throws {
        var order = Self.newOrder
        order.requiredParts = [PartQuantity("compressor-valve")]
        let (conflict, words) = await Self.attempt(try Self.longDay(), order)
        #expect(conflict == .materialsUnavailable(orderId: "N"))
        #expect(words.contains("cannot get the parts or tools for N"), "\(words)")
    }

    @Test("a window that has closed at every place is named with the real delay")
    func window() async throws {
        var order = Self.newOrder
        order.timeWindows = [TimeWindow(start: .hours(8), end: .hours(8) + .minutes(5))]
        let (conflict, words) = await Self.attempt(try Self.longDay(), order)
        #expect(conflict == .windowMissed(orderId: "N", bySeconds: .minutes(45)))
        #expect(words.contains("N would start 45m after its window"), "\(words)")
    }

    @Test("a break that must come before the visit is named instead of the window it pushes the visit past")
    func breakInTheWay() async throws {
        var builder = ProblemBuilder(secondsPerUnit: 60)
        builder.addTechnician("T-1", at: .plane(0, 0)) {
            $0.shifts[0].breaks = [Break(earliestStart: .hours(12), latestEnd: .hours(12) + .minutes(40), duration: .minutes(30))]
        }
        let problem = try builder.build()
        let dispatcher = Dispatcher(problem: problem, plan: Plan(routes: [], unassigned: []))
        // An hour from 11:50 would run over the break's latest start, 12:10; after it the window has closed.
        let order = ServiceOrder(id: "N", location: .plane(10, 0), serviceDuration: .hours(1),
                                 timeWindows: [TimeWindow(start: .hours(11) + .minutes(50), end: .hours(12) + .minutes(10))])
        let (conflict, words) = await Self.attempt(dispatcher, order)
        #expect(conflict == .breakInTheWay(breakIndex: 0, orderId: "N", bySeconds: .minutes(30)))
        #expect(words.contains("must take break 0 before N"), "\(words)")
    }

    @Test("missing skills are named without listing technicians")
    func skills() async throws {
        var order = Self.newOrder
        order.requiredSkills = [SkillRequirement("gas", minimumLevel: 2)]
        let (conflict, words) = await Self.attempt(try Self.longDay(), order)
        #expect(conflict == nil)
        #expect(words == "N: no technician holds the required skills and level.")
    }
}
