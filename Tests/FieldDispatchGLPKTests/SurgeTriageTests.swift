import FieldDispatchGLPK
import FieldDispatchTestSupport
import Testing

@Suite struct SurgeTriageTests {
    @Test("reachable emergencies go to day 0 ahead of older ordinary work")
    func emergenciesOnDayZero() throws {
        var network = SurgeNetwork(days: 3)
        network.addTechnicians(1, outlet: "A")
        network.addOrders(12, outlet: "A", age: 4)
        network.addOrders(3, outlet: "A", priority: .emergency, age: 0)
        let decision = SurgeTriage(horizon: 3, timeLimit: 10).triage(try network.problem())
        #expect(decision.path == .exactMIP)
        #expect(decision.mipGap.map { $0 <= 0.01 } == true)
        let emergencies = network.orders.filter { $0.priority == .emergency }.map(\.id)
        #expect(emergencies.allSatisfy { decision.dayByOrder[$0] == 0 })
        let dayZero = decision.dayByOrder.values.count { $0 == 0 }
        #expect(dayZero >= 7 && dayZero <= 9)
        #expect(decision.dayByOrder.count == 15)
    }

    @Test("emergencies beyond day-0 capacity relax the forcing instead of failing")
    func tooManyEmergencies() throws {
        var network = SurgeNetwork(days: 2)
        network.addTechnicians(1, outlet: "C")
        network.addOrders(14, outlet: "C", priority: .emergency)
        let decision = SurgeTriage(horizon: 2, timeLimit: 10).triage(try network.problem())
        #expect(decision.path == .exactMIP)
        #expect(decision.warnings.contains { $0.contains("do not fit on day 0") })
        let days = decision.dayByOrder.values
        #expect(days.count { $0 == 0 } == 8)
        #expect(days.count { $0 == 1 } == 6)
    }

    @Test("a tiny GLPK time limit falls back to the greedy with a warning")
    func timeOutFallsBack() throws {
        var network = SurgeNetwork(days: 3)
        network.addTechnicians(3, outlet: "A")
        network.addTechnicians(3, outlet: "B", skills: [SkillLevel("ac.repair", level: 2)])
        network.addOrders(80, outlet: "A", duration: .minutes(50))
        network.addOrders(60, outlet: "B", duration: .minutes(40), age: 3)
        network.addOrders(6, outlet: "A", priority: .emergency)
        let decision = SurgeTriage(horizon: 3, timeLimit: 0).triage(try network.problem())
        #expect(decision.path == .heuristicFallback)
        #expect(decision.mipGap == nil)
        #expect(!decision.warnings.isEmpty)
        let emergencies = network.orders.filter { $0.priority == .emergency }.map(\.id)
        #expect(emergencies.allSatisfy { decision.dayByOrder[$0] == 0 })
        #expect(decision.dayByOrder.count > 100)
    }

    @Test("an emergency no certified technician can reach is left out, not forced")
    func unreachableEmergency() throws {
        var network = SurgeNetwork(days: 2)
        network.addTechnicians(2, outlet: "A")
        network.addOrders(1, outlet: "A", priority: .emergency, skills: [SkillRequirement("gas.certified")])
        network.addOrders(1, outlet: "C", priority: .emergency)
        network.addOrders(2, outlet: "A")
        let decision = SurgeTriage(horizon: 2).triage(try network.problem())
        #expect(decision.path == .exactMIP)
        #expect(decision.dayByOrder.count == 2)
        #expect(network.orders.filter { $0.priority == .emergency }.allSatisfy { decision.dayByOrder[$0.id] == nil })
    }

    @Test("lends no more technicians than the lender's limit")
    func borrowingLimit() throws {
        var network = SurgeNetwork(days: 1, lending: 2)
        network.addTechnicians(1, outlet: "A")
        network.addTechnicians(5, outlet: "B")
        network.addOrders(40, outlet: "A")
        let decision = SurgeTriage(horizon: 1).triage(try network.problem())
        let lent = decision.loans.filter { $0.lender == "B" && $0.borrower == "A" }
        #expect(lent.reduce(0) { $0 + $1.technicianIds.count } == 2)
        #expect(decision.dayByOrder.count >= 24 && decision.dayByOrder.count <= 27)
    }

    @Test("a model above the variable limit takes the relaxation path and keeps emergencies on day 0")
    func relaxationPath() throws {
        var network = SurgeNetwork(days: 3)
        network.addTechnicians(2, outlet: "A")
        network.addTechnicians(2, outlet: "B")
        network.addOrders(50, outlet: "A", age: 2)
        network.addOrders(20, outlet: "B", priority: .urgent)
        network.addOrders(4, outlet: "A", priority: .emergency, age: 0)
        let decision = SurgeTriage(horizon: 3, timeLimit: 10, maxExactVariables: 10).triage(try network.problem())
        #expect(decision.path == .relaxationRounding)
        let gap = try #require(decision.mipGap)
        #expect(gap >= 0 && gap < 0.1)
        #expect(network.orders.filter { $0.priority == .emergency }.allSatisfy { decision.dayByOrder[$0.id] == 0 })
        #expect(decision.loans.allSatisfy { $0.technicianIds.count <= 2 })
    }

    @Test("on the relaxation path a greedy placement at the LP bound is kept without rounding")
    func greedyAtBoundSkipsRounding() throws {
        var network = SurgeNetwork(days: 2)
        network.addTechnicians(3, outlet: "A")
        network.addOrders(6, outlet: "A", age: 2)
        network.addOrders(2, outlet: "A", priority: .emergency, age: 0)
        let decision = SurgeTriage(horizon: 2, timeLimit: 10, maxExactVariables: 10).triage(try network.problem())
        #expect(decision.path == .relaxationRounding)
        #expect(decision.warnings.contains { $0.contains("kept without rounding") })
        #expect((decision.mipGap ?? 1) < 1e-9)
        #expect(network.orders.allSatisfy { decision.dayByOrder[$0.id] == 0 })
    }
}
