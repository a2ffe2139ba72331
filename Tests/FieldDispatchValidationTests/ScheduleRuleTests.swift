import FieldDispatchTestSupport
import Testing

/// Stop times, durations and travel fields against a recomputation from the problem.
@Suite struct ScheduleRuleTests {
    let day = DayScenario()

    @Test("reports an arrival that does not follow from the previous end and the leg")
    func arrivalOff() throws {
        let plan = day.plan { $0.stops[1].arrival = at(9, 35) }
        let violations = PlanValidator(problem: try day.problem()).validate(plan)
        #expect(violations.map(\.kind) == [.scheduleInconsistent])
        #expect(violations.first?.message == "technician \"T-1\" shift \"day\" stop 1 order \"B\": arrives 09:35, but leaving at 09:30 with 4m of travel arrives 09:34")
    }

    @Test("reports service started before arrival")
    func startBeforeArrival() throws {
        // B's window is widened so that only the start-before-arrival rule is broken.
        let problem = try day.problem { $0.orders[1].timeWindows = [] }
        let plan = day.plan {
            $0.stops[1].start = at(9, 30)
            $0.stops[1].end = at(10, 30)
            $0.stops[2].arrival = at(10, 30)
        }
        #expect(violationKinds(of: plan, for: problem) == [.scheduleInconsistent])
    }

    @Test("reports service started before its window opens")
    func startBeforeWindow() throws {
        let plan = day.plan {
            $0.stops[0].start = at(8, 5)
            $0.stops[0].end = at(8, 35)
            $0.stops[1].arrival = at(8, 39)
        }
        let violations = PlanValidator(problem: try day.problem()).validate(plan)
        #expect(violations.map(\.kind) == [.scheduleInconsistent])
        #expect(violations.first?.message.hasSuffix("started 08:05, before its window 09:00–11:00 opens") == true)
    }

    @Test("reports an arrival at the end that does not follow from the last stop")
    func arrivalAtEndOff() throws {
        let plan = day.plan { $0.arrivalAtEnd = at(13, 30) }
        let violations = PlanValidator(problem: try day.problem()).validate(plan)
        #expect(violations.map(\.kind) == [.scheduleInconsistent])
        #expect(violations.first?.stopIndex == nil)
    }

    @Test("reports lateness on a break")
    func latenessOnBreak() throws {
        let plan = day.plan { $0.stops[2].lateness = 60 }
        #expect(violationKinds(of: plan, for: try day.problem()) == [.scheduleInconsistent])
    }

    @Test("reports a service shorter than the order takes")
    func serviceTooShort() throws {
        let plan = day.plan {
            $0.stops[3].end = at(13, 0)
            $0.arrivalAtEnd = at(13, 4)
        }
        let violations = PlanValidator(problem: try day.problem()).validate(plan)
        #expect(violations.map(\.kind) == [.durationMismatch])
        #expect(violations.first?.message == "technician \"T-1\" shift \"day\" stop 3 order \"C\": service 12:35–13:00 lasts 25m, but takes 30m")
    }

    @Test("reports a break shorter than the shift's break")
    func breakTooShort() throws {
        let plan = day.plan {
            $0.stops[2].end = at(12, 20)
            $0.stops[3].arrival = at(12, 25); $0.stops[3].start = at(12, 25); $0.stops[3].end = at(12, 55)
            $0.arrivalAtEnd = at(12, 59)
        }
        #expect(violationKinds(of: plan, for: try day.problem()) == [.durationMismatch])
    }

    @Test("times service by the technician's level when the order has level durations")
    func levelDuration() throws {
        // Level 2 in ac.repair takes A 20 minutes rather than 30.
        let problem = try day.problem {
            $0.orders[0].serviceDurationByLevel = [LevelDuration(minimumLevel: 2, duration: .minutes(20)), LevelDuration(minimumLevel: 3, duration: .minutes(10))]
        }
        let faster = day.plan {
            $0.stops[0].end = at(9, 20)
            $0.stops[1].arrival = at(9, 24)
        }
        #expect(violationKinds(of: faster, for: problem) == [])
        #expect(violationKinds(of: day.plan, for: problem) == [.durationMismatch])
    }

    @Test("reports travel fields that differ from the provider's leg")
    func travelMismatch() throws {
        let plan = day.plan { $0.stops[1].travelDistance = 250 }
        let violations = PlanValidator(problem: try day.problem()).validate(plan)
        #expect(violations.map(\.kind) == [.travelMismatch])
        #expect(violations.first?.message == "technician \"T-1\" shift \"day\" stop 1 order \"B\": travel is 4m over distance 250, but the leg from the previous location takes 4m over distance 240")
        let home = day.plan { $0.returnTravelDistance = 0 }
        #expect(violationKinds(of: home, for: try day.problem()) == [.travelMismatch])
    }

    @Test("reports travel into a break, which is taken where the technician is")
    func travelIntoBreak() throws {
        let plan = day.plan { $0.stops[2].travelDistance = 10 }
        #expect(violationKinds(of: plan, for: try day.problem()) == [.travelMismatch])
    }

    @Test("reports a leg after a break measured from the break rather than the stop before it")
    func legAfterBreakStartsBeforeIt() throws {
        // Had the break moved T-1 home, C would be 4 minutes away; it is 5 from B.
        let plan = day.plan {
            $0.stops[3].travelDuration = 240; $0.stops[3].travelDistance = 240
            $0.stops[3].arrival = at(12, 34)
        }
        #expect(violationKinds(of: plan, for: try day.problem()) == [.travelMismatch, .scheduleInconsistent])
    }
}
