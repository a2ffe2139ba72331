import FieldDispatchTestSupport
import Testing

@Suite struct PlanValidatorTests {
    let day = DayScenario()

    @Test("accepts the hand-computed day with waiting, a break taken in place and the drive home")
    func acceptsCleanDay() throws {
        let problem = try day.problem()
        #expect(PlanValidator(problem: problem).validate(day.plan) == [])
        #expect(PlanValidator(problem: problem).isValid(day.plan))
        expectValidPlan(day.plan, for: problem)
    }

    @Test("the test scheduler reproduces the hand-computed day")
    func schedulerMatchesHandSchedule() throws {
        let problem = try day.problem()
        let route = Route.scheduled(for: "T-1", visiting: [.order("A"), .order("B"), .rest(breakIndex: 0), .order("C")], in: problem)
        #expect(route == day.route)
    }

    @Test("names technician, shift, stop, order and clock times in the message")
    func messageNamesEverything() throws {
        let problem = try day.problem { $0.orders[0].timeWindows = [TimeWindow(start: at(8, 0), end: at(8, 30))] }
        let violations = PlanValidator(problem: problem).validate(day.plan)
        try #require(violations.count == 1)
        let violation = violations[0]
        #expect(violation.kind == .windowMissed)
        #expect(violation.message == "technician \"T-1\" shift \"day\" stop 0 order \"A\": started 09:00, after its window 08:00–08:30")
        #expect(violation.orderId == "A")
        #expect(violation.technicianId == "T-1")
        #expect(violation.shiftId == "day")
        #expect(violation.stopIndex == 0)
        #expect(violation.isHard)
        #expect(violation.description == violation.message)
    }

    @Test("shows calendar dates when the timeline has an origin")
    func messageUsesCalendar() throws {
        // 2026-11-24T00:00Z as timeline second 0.
        let problem = try day.problem {
            $0.timeReference = TimeReference(originUnixTime: 1_795_478_400)
            $0.orders[0].timeWindows = [TimeWindow(start: at(8, 0), end: at(8, 30))]
        }
        let message = try #require(PlanValidator(problem: problem).validate(day.plan).first?.message)
        #expect(message.hasSuffix("started 2026-11-24 09:00, after its window 2026-11-24 08:00–2026-11-24 08:30"))
    }

    @Test("isValid ignores soft violations and fails on hard ones")
    func isValidWeighsHardness() throws {
        let late = try day.problem { $0.orders[0].slaDeadline = at(8, 45) }
        #expect(PlanValidator(problem: late).validate(day.plan).map(\.kind) == [.slaMissed])
        #expect(PlanValidator(problem: late).isValid(day.plan))
        let excluded = try day.problem { $0.orders[0].excludedTechnicians = ["T-1"] }
        #expect(!PlanValidator(problem: excluded).isValid(day.plan))
    }

    @Test("every kind but slaMissed is hard")
    func hardnessOfKinds() {
        let soft = Violation.Kind.allCases.filter { !$0.isHard }
        #expect(soft == [.slaMissed])
        #expect(Violation(kind: .slaMissed, message: "m").description == "m (soft)")
    }

    @Test("an empty problem and an empty plan agree")
    func emptyPlan() throws {
        let problem = try ProblemBuilder().build()
        #expect(PlanValidator(problem: problem).validate(Plan(routes: [], unassigned: [])) == [])
    }

    @Test("an unused technician with a parked empty route is valid")
    func emptyRoute() throws {
        let problem = try day.problem()
        let parked = Route(technicianId: "T-2", shiftId: "day", departure: at(8, 0), stops: [],
                           returnTravelDuration: 0, returnTravelDistance: 0, arrivalAtEnd: at(8, 0))
        #expect(PlanValidator(problem: problem).validate(Plan(routes: [day.route, parked], unassigned: [])) == [])
    }

    @Test("Plan.scheduled routes the given sequences and lists every other order as unassigned")
    func scheduledPlan() throws {
        let problem = try day.problem { $0.addOrder("E", at: .plane(1, 1)) }
        let plan = Plan.scheduled([("T-1", ["A", "B"])], in: problem, unassignedReason: .limitsReached)
        #expect(plan.routes.map(\.orderIds) == [["A", "B"]])
        #expect(plan.unassigned.map(\.orderId) == ["C", "E"])
        #expect(plan.unassigned.allSatisfy { $0.reason == .limitsReached })
        // Home at 11:03, before the 12:00–14:00 break must start, the route needs no break stop.
        expectValidPlan(plan, for: problem)
    }
}
