import FieldDispatchTestSupport
import Testing

/// Who may serve an order and when: each test breaks exactly one rule of the clean day.
@Suite struct OrderRuleTests {
    let day = DayScenario()

    @Test("reports a skill the technician lacks")
    func missingSkill() throws {
        let problem = try day.problem { $0.orders[0].requiredSkills.append(SkillRequirement("gas.certified")) }
        let violations = PlanValidator(problem: problem).validate(day.plan)
        #expect(violations.map(\.kind) == [.missingSkill])
        #expect(violations.first?.message.contains("\"gas.certified\"") == true)
    }

    @Test("reports a skill held below the required level")
    func skillLevelTooLow() throws {
        let problem = try day.problem { $0.orders[0].requiredSkills = [SkillRequirement("ac.repair", minimumLevel: 3)] }
        let violations = PlanValidator(problem: problem).validate(day.plan)
        #expect(violations.map(\.kind) == [.skillLevelTooLow])
        #expect(violations.first?.message.hasSuffix("needs skill \"ac.repair\" at level 3, the technician holds level 2") == true)
    }

    @Test("reports an order served by someone outside its required technicians")
    func requiredTechnicianIgnored() throws {
        let problem = try day.problem { $0.orders[1].requiredTechnicians = ["T-2"] }
        let violations = PlanValidator(problem: problem).validate(day.plan)
        #expect(violations.map(\.kind) == [.requiredTechnicianIgnored])
        #expect(violations.first?.stopIndex == 1)
    }

    @Test("accepts an order served by one of its required technicians")
    func requiredTechnicianHonoured() throws {
        let problem = try day.problem { $0.orders[1].requiredTechnicians = ["T-2", "T-1"] }
        #expect(violationKinds(of: day.plan, for: problem) == [])
    }

    @Test("reports an order served by an excluded technician")
    func excludedTechnician() throws {
        let problem = try day.problem { $0.orders[2].excludedTechnicians = ["T-1"] }
        let violations = PlanValidator(problem: problem).validate(day.plan)
        #expect(violations.map(\.kind) == [.excludedTechnician])
        #expect(violations.first?.stopIndex == 3)
        #expect(violations.first?.orderId == "C")
    }

    @Test("reports service started after a hard window closed")
    func windowMissed() throws {
        let problem = try day.problem { $0.orders[1].timeWindows = [TimeWindow(start: at(9, 0), end: at(9, 45))] }
        let violations = PlanValidator(problem: problem).validate(day.plan)
        #expect(violations.map(\.kind) == [.windowMissed])
        #expect(violations.first?.message == "technician \"T-1\" shift \"day\" stop 1 order \"B\": started 10:00, after its window 09:00–09:45")
    }

    @Test("accepts service in the second of two windows")
    func secondWindow() throws {
        let problem = try day.problem {
            $0.orders[1].timeWindows = [TimeWindow(start: at(8, 0), end: at(9, 0)), TimeWindow(start: at(10, 0), end: at(10, 0))]
        }
        #expect(violationKinds(of: day.plan, for: problem) == [])
    }

    @Test("reports an SLA miss as soft, with how late it was")
    func slaMissed() throws {
        let problem = try day.problem { $0.orders[2].slaDeadline = at(12, 0) }
        let violations = PlanValidator(problem: problem).validate(day.plan)
        #expect(violations.map(\.kind) == [.slaMissed])
        #expect(violations.first?.isHard == false)
        #expect(violations.first?.message.hasSuffix("started 12:35, 35m after its SLA deadline 12:00") == true)
    }

    @Test("accepts a start exactly at the SLA deadline and at a window's end")
    func boundariesAreInclusive() throws {
        let problem = try day.problem {
            $0.orders[2].slaDeadline = at(12, 35)
            $0.orders[0].timeWindows = [TimeWindow(start: at(8, 0), end: at(9, 0))]
        }
        #expect(violationKinds(of: day.plan, for: problem) == [])
    }

    @Test("accepts lateness past a soft window when the stop states it")
    func softLatenessStated() throws {
        let problem = try day.problem {
            $0.orders[1].timeWindows = [TimeWindow(start: at(9, 0), end: at(9, 40), latenessCostPerHour: 500)]
        }
        let plan = day.plan { $0.stops[1].lateness = .minutes(20) }
        #expect(violationKinds(of: plan, for: problem) == [])
    }

    @Test("reports lateness past a soft window that the stop leaves out")
    func softLatenessUnstated() throws {
        let problem = try day.problem {
            $0.orders[1].timeWindows = [TimeWindow(start: at(9, 0), end: at(9, 40), latenessCostPerHour: 500)]
        }
        let violations = PlanValidator(problem: problem).validate(day.plan)
        #expect(violations.map(\.kind) == [.scheduleInconsistent])
        #expect(violations.first?.message.hasSuffix("lateness is 0s, but starting at 10:00 makes it 20m") == true)
    }

    @Test("reports lateness stated for a visit inside its window")
    func spuriousLateness() throws {
        let plan = day.plan { $0.stops[0].lateness = 60 }
        #expect(violationKinds(of: plan, for: try day.problem()) == [.scheduleInconsistent])
    }

    @Test("counts lateness from the latest soft window already open, after a closed hard one")
    func latenessAfterMixedWindows() throws {
        let problem = try day.problem {
            $0.orders[1].timeWindows = [
                TimeWindow(start: at(8, 0), end: at(8, 30), latenessCostPerHour: 100),
                TimeWindow(start: at(9, 0), end: at(9, 30)),
            ]
        }
        // Late against the soft 08:00–08:30 by 1h30m; the hard window does not forbid a soft miss.
        let plan = day.plan { $0.stops[1].lateness = .minutes(90) }
        #expect(violationKinds(of: plan, for: problem) == [])
    }
}
