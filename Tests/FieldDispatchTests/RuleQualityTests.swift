import Testing
@testable import FieldDispatch
import FieldDispatchTestSupport

/// For every rule family of the model, a generated day on which the solver's plan must be
/// measurably better than the nearest-certified-technician plan, not only valid.
@Suite struct RuleQualityTests {
    /// Both plans valid; the solver's objective strictly better; at equal service and no more
    /// lateness, its cost at most `costRatio` of the hand plan's.
    private func expectBetter(_ outcome: RuleQualityOutcome, costRatio limit: Double,
                              sourceLocation: SourceLocation = #_sourceLocation) {
        expectValidPlan(outcome.solved, for: outcome.problem, sourceLocation: sourceLocation)
        expectValidPlan(outcome.greedy, for: outcome.problem, sourceLocation: sourceLocation)
        let ours = outcome.solvedObjective, theirs = outcome.greedyObjective
        #expect(ours < theirs, "solver \(ours) vs hand \(theirs)", sourceLocation: sourceLocation)
        let service = { (value: ObjectiveValue) in (value.emergenciesUnassigned, value.priorityWeightedUnassigned) }
        #expect(service(ours) <= service(theirs), sourceLocation: sourceLocation)
        if service(ours) == service(theirs) && ours.lateness <= theirs.lateness {
            #expect(outcome.costRatio <= limit, "cost ratio \(outcome.costRatio)", sourceLocation: sourceLocation)
        }
    }

    @Test("skills and levels: certified, faster senior technicians at less cost than the nearest certified one")
    func skillsAndLevels() throws {
        var day = RuleQualityDay(seed: 11)
        let skills = ["ac.repair", "heater.repair", "compressor.repair"]
        day.technicians(6, skills: { t in
            [SkillLevel(skills[t % 3], level: 1 + t % 3), SkillLevel(skills[(t + 1) % 3], level: 1 + (t / 3) % 3)]
        })
        day.orders(45) { i, order in
            order.requiredSkills = [SkillRequirement(skills[i % 3], minimumLevel: i % 5 == 0 ? 2 : 1)]
            order.serviceDurationByLevel = i % 2 == 0 ? [LevelDuration(minimumLevel: 3, duration: order.serviceDuration / 2)] : []
        }
        day.builder.objective = ObjectiveOptions(costMeasure: .workingTime)
        expectBetter(RuleQualityOutcome(try day.builder.build()), costRatio: 0.9)
    }

    @Test("levels: a case whose optimum is known sends the senior technician, not the nearer junior")
    func levelsKnownOptimum() throws {
        var builder = ProblemBuilder(secondsPerUnit: 60)
        builder.objective = ObjectiveOptions(costMeasure: .workingTime)
        builder.addTechnician("Junior", at: .plane(0, 0), skills: [SkillLevel("ac.repair", level: 1)])
        builder.addTechnician("Senior", at: .plane(2, 0), skills: [SkillLevel("ac.repair", level: 3)])
        builder.addOrder("A", at: .plane(0.5, 0), duration: .hours(1)) { order in
            order.requiredSkills = [SkillRequirement("ac.repair")]
            order.serviceDurationByLevel = [LevelDuration(minimumLevel: 3, duration: .minutes(15))]
        }
        let outcome = RuleQualityOutcome(try builder.build(), iterations: 20)
        expectValidPlan(outcome.solved, for: outcome.problem)
        #expect(outcome.greedy.routes.map(\.technicianId) == ["Junior"])
        #expect(outcome.solved.routes.map(\.technicianId) == ["Senior"])
        // 90 s out, 15 min of service, 90 s back: the least working time any plan can have.
        #expect(outcome.solvedObjective.cost == 90 + 900 + 90)
    }

    @Test("priorities: with too little capacity, every emergency and more priority-weighted work is served")
    func priorities() throws {
        var day = RuleQualityDay(seed: 12)
        day.technicians(3)
        day.orders(70) { i, order in
            order.priority = i % 17 == 0 ? .emergency : i % 6 == 0 ? .urgent : i % 3 == 0 ? .low : .normal
        }
        for i in day.builder.orders.indices where day.builder.orders[i].priority != .emergency {
            day.builder.orders[i].timeWindows = [day.twoHourWindow()]
        }
        let outcome = RuleQualityOutcome(try day.builder.build())
        expectBetter(outcome, costRatio: 1)
        #expect(outcome.solvedObjective.emergenciesUnassigned == 0)
        #expect(outcome.solvedObjective.priorityWeightedUnassigned < outcome.greedyObjective.priorityWeightedUnassigned)
    }

    @Test("several windows: orders open in the morning and the afternoon are served with less travel")
    func severalWindows() throws {
        var day = RuleQualityDay(seed: 13)
        day.technicians(5)
        day.orders(45)
        for i in day.builder.orders.indices {
            let morning = Int.hours(8) + .minutes(30) * day.random.nextInt(below: 5)
            let afternoon = Int.hours(13) + .minutes(30) * day.random.nextInt(below: 5)
            day.builder.orders[i].timeWindows = [TimeWindow(start: morning, end: morning + .hours(1)),
                                                 TimeWindow(start: afternoon, end: afternoon + .hours(1))]
        }
        expectBetter(RuleQualityOutcome(try day.builder.build()), costRatio: 0.85)
    }

    @Test("soft windows: priced lateness is at most half the hand plan's")
    func softWindows() throws {
        var day = RuleQualityDay(seed: 14)
        day.technicians(4)
        day.orders(45)
        for i in day.builder.orders.indices {
            let start = Int.hours(8) + .minutes(30) * day.random.nextInt(below: 15)
            day.builder.orders[i].timeWindows = [TimeWindow(start: start, end: start + .minutes(45), latenessCostPerHour: 600)]
        }
        let outcome = RuleQualityOutcome(try day.builder.build())
        expectBetter(outcome, costRatio: 1)
        #expect(outcome.greedyObjective.lateness > 0)
        #expect(outcome.solvedObjective.lateness * 2 <= outcome.greedyObjective.lateness)
    }

    @Test("breaks: every technician rests at midday and the plan still needs less travel")
    func breaks() throws {
        var day = RuleQualityDay(seed: 15)
        day.technicians(5, configure: { _, technician in
            technician.shifts[0].breaks = [Break(earliestStart: .hours(12), latestEnd: .hours(14), duration: .minutes(30))]
        })
        day.orders(45)
        for i in day.builder.orders.indices { day.builder.orders[i].timeWindows = [day.twoHourWindow()] }
        expectBetter(RuleQualityOutcome(try day.builder.build()), costRatio: 0.85)
    }

    @Test("shifts: early, late and second-day shifts take the orders of their hours with less travel")
    func shifts() throws {
        var day = RuleQualityDay(seed: 16)
        day.technicians(6, configure: { t, technician in
            let home = technician.shifts[0].startLocation
            let early = t % 2 == 0
            technician.shifts = [
                Shift(id: "day1", start: early ? .hours(7) : .hours(11), end: early ? .hours(15) : .hours(19),
                      startLocation: home, endLocation: home),
                Shift(id: "day2", start: .hours(24 + 8), end: .hours(24 + 17), startLocation: home, endLocation: home),
            ]
        })
        day.orders(60)
        for i in day.builder.orders.indices {
            let offset = i % 2 == 0 ? 0 : Int.hours(24)
            let start = offset + .hours(7) + .hours(1) * day.random.nextInt(below: 10)
            day.builder.orders[i].timeWindows = [TimeWindow(start: start, end: start + .hours(2))]
        }
        expectBetter(RuleQualityOutcome(try day.builder.build()), costRatio: 0.85)
    }

    @Test("parts and depot restocks: orders needing parts the vans lack are served with less travel")
    func partsAndRestocks() throws {
        var day = RuleQualityDay(seed: 17)
        day.technicians(5, configure: { t, technician in
            technician.vanStock = [PartQuantity("CAP-35UF", quantity: 2)]
            technician.maxRestockVisitsPerShift = 1 + t % 2
        })
        day.builder.addDepot("D1", at: .plane(15, 15), parts: ["CAP-35UF", "FAN-MOTOR"], visitDuration: .minutes(10))
        day.orders(40) { i, order in
            if i % 3 == 0 { order.requiredParts = [PartQuantity(i % 2 == 0 ? "FAN-MOTOR" : "CAP-35UF")] }
        }
        for i in day.builder.orders.indices { day.builder.orders[i].timeWindows = [day.twoHourWindow()] }
        let outcome = RuleQualityOutcome(try day.builder.build())
        expectBetter(outcome, costRatio: 0.9)
        let restocks = outcome.solved.routes.flatMap(\.stops).count { stop in
            if case .restock = stop.kind { return true }
            return false
        }
        #expect(restocks > 0)
    }

    @Test("working-time objective: paid hours, waiting included, are at least 5 % below the hand plan's")
    func workingTime() throws {
        var day = RuleQualityDay(seed: 18)
        day.technicians(5)
        day.orders(45)
        for i in day.builder.orders.indices { day.builder.orders[i].timeWindows = [day.twoHourWindow()] }
        day.builder.objective = ObjectiveOptions(costMeasure: .workingTime)
        let outcome = RuleQualityOutcome(try day.builder.build())
        expectBetter(outcome, costRatio: 0.95)
        // Service time is the same in both plans, so 5 % of all paid hours is much more of the avoidable part.
        #expect(Double(outcome.solvedKPIs.workingTime) <= 0.95 * Double(outcome.greedyKPIs.workingTime))
    }
}
