import FieldDispatchTestSupport
import Testing

/// Shift bounds, overtime, breaks and per-shift limits: each test breaks exactly one rule of the clean day.
@Suite struct ShiftRuleTests {
    let day = DayScenario()

    @Test("reports a departure before the shift starts")
    func shiftStartViolated() throws {
        let problem = try day.problem { $0.technicians[0].shifts[0].start = at(8, 30) }
        let violations = PlanValidator(problem: problem).validate(day.plan)
        #expect(violations.map(\.kind) == [.shiftStartViolated])
        #expect(violations.first?.message == "technician \"T-1\" shift \"day\": departs 08:00, before the shift starts 08:30")
    }

    @Test("accepts a departure later than the shift start")
    func lateDeparture() throws {
        // Leaving 08:50 still reaches A at 08:55, before its window opens.
        let plan = day.plan {
            $0.departure = at(8, 50)
            $0.stops[0].arrival = at(8, 55)
        }
        #expect(violationKinds(of: plan, for: try day.problem()) == [])
    }

    @Test("accepts work into allowed overtime, return drive included")
    func overtimeAllowed() throws {
        // Regular end 13:00, 9 minutes of overtime: home at 13:09 exactly.
        let problem = try day.problem {
            $0.technicians[0].shifts[0].end = at(13, 0)
            $0.technicians[0].shifts[0].maxOvertime = .minutes(9)
            $0.technicians[0].shifts[0].breaks[0] = Break(earliestStart: at(12, 0), latestEnd: at(13, 0), duration: .minutes(30))
        }
        #expect(violationKinds(of: day.plan, for: problem) == [])
    }

    @Test("reports a route whose drive home ends past the shift end plus overtime")
    func shiftEndOverrun() throws {
        // C ends 13:05, inside 13:07; the drive home reaches the end location at 13:09.
        let problem = try day.problem {
            $0.technicians[0].shifts[0].end = at(13, 0)
            $0.technicians[0].shifts[0].maxOvertime = .minutes(7)
            $0.technicians[0].shifts[0].breaks[0] = Break(earliestStart: at(12, 0), latestEnd: at(13, 0), duration: .minutes(30))
        }
        let violations = PlanValidator(problem: problem).validate(day.plan)
        #expect(violations.map(\.kind) == [.shiftEndOverrun])
        #expect(violations.first?.message == "technician \"T-1\" shift \"day\": finishes 13:09, after the shift end 13:00 plus 7m of overtime")
    }

    @Test("judges an open-ended shift by its last stop")
    func openEndedShift() throws {
        let problem = try day.problem {
            $0.technicians[0].shifts[0].endLocation = nil
            $0.technicians[0].shifts[0].end = at(13, 5)
            $0.technicians[0].shifts[0].breaks[0] = Break(earliestStart: at(12, 0), latestEnd: at(13, 0), duration: .minutes(30))
        }
        let open = day.plan {
            $0.returnTravelDuration = 0
            $0.returnTravelDistance = 0
            $0.arrivalAtEnd = at(13, 5)
        }
        #expect(violationKinds(of: open, for: problem) == [])
        #expect(violationKinds(of: day.plan, for: problem) == [.travelMismatch, .scheduleInconsistent, .shiftEndOverrun])
    }

    @Test("reports a break left out of a route that works through its whole window")
    func breakMissing() throws {
        // Break due 11:00–11:40; without it C follows B directly and the route works until 11:39.
        let problem = try day.problem {
            $0.technicians[0].shifts[0].breaks[0] = Break(earliestStart: at(11, 0), latestEnd: at(11, 40), duration: .minutes(30))
        }
        let plan = day.planWithoutBreak
        let violations = PlanValidator(problem: problem).validate(plan)
        #expect(violations.map(\.kind) == [.breakMissing])
        #expect(violations.first?.message.hasPrefix("technician \"T-1\" shift \"day\" break 0: not taken") == true)
    }

    @Test("lets a route that ends before its break's latest start leave the break out")
    func breakAfterRoute() throws {
        // Back home 11:39, before the 12:00–14:00 break must start.
        #expect(violationKinds(of: day.planWithoutBreak, for: try day.problem()) == [])
    }

    @Test("reports a break taken outside its window")
    func breakOutsideWindow() throws {
        let problem = try day.problem {
            $0.technicians[0].shifts[0].breaks[0] = Break(earliestStart: at(12, 10), latestEnd: at(14, 0), duration: .minutes(30))
        }
        let violations = PlanValidator(problem: problem).validate(day.plan)
        #expect(violations.map(\.kind) == [.breakOutsideWindow])
        #expect(violations.first?.message == "technician \"T-1\" shift \"day\" stop 2 break 0: taken 12:00–12:30, outside its window 12:10–14:00")
    }

    @Test("reports a break taken twice and a break the shift does not have")
    func breakIndexes() throws {
        let problem = try day.problem()
        let twice = day.plan {
            $0.stops.insert(Stop(kind: .rest(breakIndex: 0), arrival: at(12, 30), start: at(13, 0), end: at(13, 30),
                                 travelDuration: 0, travelDistance: 0), at: 3)
            $0.stops[4].arrival = at(13, 35); $0.stops[4].start = at(13, 35); $0.stops[4].end = at(14, 5)
            $0.arrivalAtEnd = at(14, 9)
        }
        #expect(violationKinds(of: twice, for: problem) == [.scheduleInconsistent])
        let unknown = day.plan { $0.stops[2].kind = .rest(breakIndex: 1) }
        // Break 1 does not exist; break 0 is not missing, home at 13:09 leaves room for it before 13:30.
        #expect(violationKinds(of: unknown, for: problem) == [.scheduleInconsistent])
    }

    @Test("reports the order that goes over the shift's order limit")
    func maxOrdersExceeded() throws {
        let problem = try day.problem { $0.technicians[0].maxOrdersPerShift = 2 }
        let violations = PlanValidator(problem: problem).validate(day.plan)
        #expect(violations.map(\.kind) == [.maxOrdersExceeded])
        #expect(violations.first?.stopIndex == 3)
        #expect(try violationKinds(of: day.plan, for: day.problem { $0.technicians[0].maxOrdersPerShift = 3 }) == [])
    }

    @Test("reports working time over the limit, waiting and the break included")
    func workingTimeExceeded() throws {
        // 08:00 to 13:09 is 5h09m.
        let over = try day.problem { $0.technicians[0].maxWorkingTimePerShift = .hours(5) }
        let violations = PlanValidator(problem: over).validate(day.plan)
        #expect(violations.map(\.kind) == [.workingTimeExceeded])
        #expect(violations.first?.message == "technician \"T-1\" shift \"day\": works 5h9m from 08:00 to 13:09, over the limit of 5h")
        let exact = try day.problem { $0.technicians[0].maxWorkingTimePerShift = .hours(5) + .minutes(9) }
        #expect(violationKinds(of: day.plan, for: exact) == [])
    }
}
