import FieldDispatchTestSupport
import Testing

/// Parts, tools, depots and van capacity: each test breaks exactly one rule.
@Suite struct MaterialRuleTests {
    let day = DayScenario()

    /// The day with depot D-1 at (0,4) (parts CAP-35UF, tool vacuum-pump, 15-minute visits, open
    /// 08:30–18:00) and B needing two capacitors and the pump, after `change`.
    func depotProblem(_ change: (inout ProblemBuilder) -> Void = { _ in }) throws -> Problem {
        try day.problem {
            $0.addDepot("D-1", at: .plane(0, 4), parts: ["CAP-35UF"], tools: ["vacuum-pump"], visitDuration: .minutes(15),
                        openingHours: TimeWindow(start: at(8, 30), end: at(18, 0)))
            $0.orders[1].requiredParts = [PartQuantity("CAP-35UF", quantity: 2)]
            $0.orders[1].requiredTools = ["vacuum-pump"]
            change(&$0)
        }
    }

    /// The day with a restock after A: from A (3,4) to D-1 (0,4) takes 3 minutes, arriving 09:33,
    /// restocking until 09:48; B is 5 minutes on, reached 09:53, started when its window opens at 10:00.
    var restockPlan: Plan {
        day.plan {
            $0.stops[1].arrival = at(9, 53)
            $0.stops[1].travelDuration = 300
            $0.stops[1].travelDistance = 300
            $0.stops.insert(Stop(kind: .restock(depotId: "D-1"), arrival: at(9, 33), start: at(9, 33), end: at(9, 48),
                                 travelDuration: 180, travelDistance: 180), at: 1)
        }
    }

    @Test("accepts a hand-computed restock that refills parts and loads a tool before the order")
    func restockServesLaterOrder() throws {
        let problem = try depotProblem()
        #expect(violationKinds(of: restockPlan, for: problem) == [])
        let scheduled = Route.scheduled(for: "T-1", visiting: restockPlan.routes[0].stops.map(\.kind), in: problem)
        #expect(scheduled == restockPlan.routes[0])
    }

    @Test("without the restock the order lacks both its parts and its tool")
    func withoutRestock() throws {
        let violations = PlanValidator(problem: try depotProblem()).validate(day.plan)
        #expect(violations.map(\.kind) == [.partsMissing, .toolMissing])
        #expect(violations.first?.message.hasSuffix("the van is short of 2 × \"CAP-35UF\" (van stock and earlier restocks, less earlier orders)") == true)
    }

    @Test("reports a part already used up by an earlier order")
    func partsMissing() throws {
        // One capacitor in the van: A uses it, B finds none.
        let problem = try day.problem { $0.orders[1].requiredParts = [PartQuantity("CAP-35UF")] }
        let violations = PlanValidator(problem: problem).validate(day.plan)
        #expect(violations.map(\.kind) == [.partsMissing])
        #expect(violations.first?.orderId == "B")
    }

    @Test("reports a tool neither carried nor picked up")
    func toolMissing() throws {
        let problem = try day.problem { $0.orders[2].requiredTools = ["gauge-set", "vacuum-pump"] }
        let violations = PlanValidator(problem: problem).validate(day.plan)
        #expect(violations.map(\.kind) == [.toolMissing])
        #expect(violations.first?.message.hasSuffix("needs \"vacuum-pump\", neither carried nor picked up at an earlier depot") == true)
    }

    @Test("reports a restock over the technician's limit")
    func restockLimitExceeded() throws {
        let problem = try depotProblem { $0.technicians[0].maxRestockVisitsPerShift = 0 }
        let violations = PlanValidator(problem: problem).validate(restockPlan)
        #expect(violations.map(\.kind) == [.restockLimitExceeded])
        #expect(violations.first?.stopIndex == 1)
    }

    @Test("reports a restock outside the depot's opening hours")
    func depotClosed() throws {
        let problem = try depotProblem { $0.depots[0].openingHours = TimeWindow(start: at(9, 40), end: at(18, 0)) }
        let violations = PlanValidator(problem: problem).validate(restockPlan)
        #expect(violations.map(\.kind) == [.depotClosed])
        #expect(violations.first?.message == "technician \"T-1\" shift \"day\" stop 1 depot \"D-1\": restocks 09:33–09:48, outside opening hours 09:40–18:00")
    }

    @Test("reports a restock at a depot the problem does not have")
    func unknownDepot() throws {
        let plan = day.plan {
            $0.stops.insert(Stop(kind: .restock(depotId: "D-9"), arrival: at(12, 30), start: at(12, 30), end: at(12, 30),
                                 travelDuration: 0, travelDistance: 0), at: 3)
        }
        #expect(violationKinds(of: plan, for: try day.problem()) == [.unknownDepot])
    }

    @Test("reports the order that overfills the van")
    func capacityExceeded() throws {
        func problem(capacity: Int) throws -> Problem {
            try day.problem {
                $0.technicians[0].capacity = capacity
                for index in $0.orders.indices { $0.orders[index].demand = 1 }
            }
        }
        let violations = PlanValidator(problem: try problem(capacity: 2)).validate(day.plan)
        #expect(violations.map(\.kind) == [.capacityExceeded])
        #expect(violations.first?.stopIndex == 3)
        #expect(violationKinds(of: day.plan, for: try problem(capacity: 3)) == [])
    }
}
