import FieldDispatchTestSupport
import Testing

/// Plan-wide rules: every order placed once, every route naming a real technician shift.
@Suite struct CoverageRuleTests {
    let day = DayScenario()

    @Test("reports an order both routed and listed as unassigned")
    func routedAndUnassigned() throws {
        var plan = day.plan
        plan.unassigned = [UnassignedOrder(orderId: "A", reason: .noFeasibleInsertion)]
        let violations = PlanValidator(problem: try day.problem()).validate(plan)
        #expect(violations.map(\.kind) == [.orderServedTwice])
        #expect(violations.first?.message == "unassigned entry 0 order \"A\": already placed at technician \"T-1\" shift \"day\" stop 0")
    }

    @Test("reports an order visited twice")
    func visitedTwice() throws {
        let problem = try day.problem()
        // T-2's leg from (10,10) is no whole number of minutes; the scheduler asks the provider.
        let second = Route.scheduled(for: "T-2", visiting: [.order("C")], in: problem)
        let violations = PlanValidator(problem: problem).validate(Plan(routes: [day.route, second], unassigned: []))
        #expect(violations.map(\.kind) == [.orderServedTwice])
        #expect(violations.first?.technicianId == "T-2")
        #expect(violations.first?.stopIndex == 0)
    }

    @Test("reports an order listed as unassigned twice")
    func unassignedTwice() throws {
        let problem = try day.problem { $0.addOrder("E", at: .plane(1, 1)) }
        var plan = day.plan
        plan.unassigned = [UnassignedOrder(orderId: "E", reason: .limitsReached), UnassignedOrder(orderId: "E", reason: .limitsReached)]
        #expect(violationKinds(of: plan, for: problem) == [.orderServedTwice])
        plan.unassigned.removeLast()
        #expect(violationKinds(of: plan, for: problem) == [])
    }

    @Test("reports an order neither routed nor unassigned")
    func orderLost() throws {
        let problem = try day.problem { $0.addOrder("E", at: .plane(1, 1)) }
        let violations = PlanValidator(problem: problem).validate(day.plan)
        #expect(violations.map(\.kind) == [.orderLost])
        #expect(violations.first?.message == "order \"E\": neither routed nor listed as unassigned")
    }

    @Test("reports unassigned entries and stops naming orders the problem does not have")
    func unknownOrder() throws {
        var plan = day.plan
        plan.unassigned = [UnassignedOrder(orderId: "Z", reason: .noQualifiedTechnician)]
        #expect(violationKinds(of: plan, for: try day.problem()) == [.unknownOrder])
        let stop = day.plan {
            $0.stops.insert(Stop(kind: .order("Y"), arrival: at(12, 30), start: at(12, 30), end: at(12, 30),
                                 travelDuration: 0, travelDistance: 0), at: 3)
        }
        let violations = PlanValidator(problem: try day.problem()).validate(stop)
        #expect(violations.map(\.kind) == [.unknownOrder])
        #expect(violations.first?.stopIndex == 3)
    }

    @Test("reports a route of a technician the problem does not have")
    func unknownTechnician() throws {
        let ghost = Route(technicianId: "T-9", shiftId: "day", departure: 0, stops: [],
                          returnTravelDuration: 0, returnTravelDistance: 0, arrivalAtEnd: 0)
        let violations = PlanValidator(problem: try day.problem()).validate(Plan(routes: [day.route, ghost], unassigned: []))
        #expect(violations.map(\.kind) == [.unknownTechnician])
        #expect(violations.first?.technicianId == "T-9")
    }

    @Test("reports a route of a shift its technician does not have")
    func unknownShift() throws {
        let night = Route(technicianId: "T-2", shiftId: "night", departure: 0, stops: [],
                          returnTravelDuration: 0, returnTravelDistance: 0, arrivalAtEnd: 0)
        let violations = PlanValidator(problem: try day.problem()).validate(Plan(routes: [day.route, night], unassigned: []))
        #expect(violations.map(\.kind) == [.unknownShift])
        #expect(violations.first?.message == "technician \"T-2\" shift \"night\": technician \"T-2\" has no shift \"night\"")
    }

    @Test("reports two routes filling the same shift")
    func shiftUsedTwice() throws {
        let parked = Route(technicianId: "T-2", shiftId: "day", departure: at(8, 0), stops: [],
                           returnTravelDuration: 0, returnTravelDistance: 0, arrivalAtEnd: at(8, 0))
        let plan = Plan(routes: [parked, day.route, parked], unassigned: [])
        let violations = PlanValidator(problem: try day.problem()).validate(plan)
        #expect(violations.map(\.kind) == [.shiftUsedTwice])
        #expect(violations.first?.message == "technician \"T-2\" shift \"day\": routes 0 and 2 both fill this shift")
    }

    @Test("accepts one route per shift over several days")
    func severalShifts() throws {
        let problem = try day.problem {
            var tomorrow = $0.technicians[1].shifts[0]
            tomorrow.id = "tomorrow"
            tomorrow.start += 86_400
            tomorrow.end += 86_400
            $0.technicians[1].shifts.append(tomorrow)
        }
        let c = Route.scheduled(for: "T-2", shift: "tomorrow", visiting: [.order("C")], in: problem)
        var plan = day.plan
        plan.routes[0].stops.removeLast()
        plan.routes[0].returnTravelDuration = 180   // B (3,0) home: 3 units
        plan.routes[0].returnTravelDistance = 180
        plan.routes[0].arrivalAtEnd = at(12, 33)
        plan.routes.append(c)
        #expect(violationKinds(of: plan, for: problem) == [])
        #expect(c.departure == 86_400 + at(8, 0))
    }
}
