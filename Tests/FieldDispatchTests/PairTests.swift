import Testing
@testable import FieldDispatch
import FieldDispatchTestSupport

/// Pick-up and delivery pairs: one technician, one shift, pick-up first, both or neither.
@Suite struct PairTests {
    @Test("the pick-up comes first even when delivering first would be shorter")
    func pickupFirst() throws {
        var builder = ProblemBuilder()
        // The shift ends at the last visit, so 0 → D → P (50 units) beats 0 → P → D (98 units).
        builder.addTechnician("T-1", at: .plane(0, 0)) { $0.shifts[0].endLocation = nil }
        builder.addOrder("P", at: .plane(50, 0)) { $0.demand = 1 }
        builder.addOrder("D", at: .plane(2, 0)) { $0.pickupOrderId = "P" }
        builder.addOrder("Near", at: .plane(1, 0))
        let problem = try builder.build()
        let report = Solver(problem: problem).solve(options: SolveOptions(timeLimit: 5, seed: 1, maxIterations: 200))
        let route = try #require(report.plan.routes.first)
        let pickup = try #require(route.orderIds.firstIndex(of: "P"))
        let delivery = try #require(route.orderIds.firstIndex(of: "D"))
        #expect(pickup < delivery)
        #expect(route.orderIds == ["Near", "P", "D"])
        #expect(report.plan.unassigned.isEmpty)
        expectValidPlan(report.plan, for: problem)
    }

    /// A gas and an electric technician at home, and a pair whose pick-up needs gas and whose delivery needs electric.
    static func gasAndElectric() -> ProblemBuilder {
        var builder = ProblemBuilder()
        builder.addTechnician("Gas", at: .plane(0, 0), skills: [SkillLevel("gas")])
        builder.addTechnician("Electric", at: .plane(0, 0), skills: [SkillLevel("electric")])
        builder.addOrder("P", at: .plane(5, 0)) { $0.requiredSkills = [SkillRequirement("gas")] }
        builder.addOrder("D", at: .plane(6, 0)) { order in
            order.requiredSkills = [SkillRequirement("electric")]
            order.pickupOrderId = "P"
        }
        return builder
    }

    @Test("a pair goes to a technician certified for both of its orders")
    func certifiedForBoth() throws {
        var builder = Self.gasAndElectric()
        builder.addTechnician("Both", at: .plane(80, 80), skills: [SkillLevel("gas"), SkillLevel("electric")])
        let problem = try builder.build()
        let report = Solver(problem: problem).solve(options: SolveOptions(timeLimit: 5, seed: 2, maxIterations: 100))
        #expect(report.plan.routes.filter { !$0.isEmpty }.map(\.technicianId) == ["Both"])
        #expect(report.plan.routes.first { !$0.isEmpty }?.orderIds == ["P", "D"])
        expectValidPlan(report.plan, for: problem)
    }

    @Test("a pair nobody may serve whole is left out whole, each member with its reason")
    func unservablePair() throws {
        var builder = Self.gasAndElectric()
        builder.addOrder("Single", at: .plane(7, 0)) { $0.requiredSkills = [SkillRequirement("gas")] }
        let problem = try builder.build()
        let report = Solver(problem: problem).solve(options: SolveOptions(timeLimit: 5, seed: 0, maxIterations: 100))
        #expect(report.plan.routes.flatMap(\.orderIds) == ["Single"])
        #expect(Set(report.plan.unassigned.map(\.orderId)) == ["P", "D"])
        #expect(report.plan.unassigned.allSatisfy { $0.reason == .noQualifiedTechnician })
        #expect(report.plan.unassigned.first { $0.orderId == "D" }?.detail.contains(#"partner "P""#) == true)
        expectValidPlan(report.plan, for: problem)
    }

    @Test("a pair whose two visits do not fit one shift is left out whole with the shift named as the reason")
    func pairTooLongForShift() throws {
        var builder = ProblemBuilder()
        builder.addTechnician("T-1", at: .plane(0, 0), from: .hours(8), to: .hours(12))
        // Each visit alone fits the four hours; both, 200 minutes apart, do not.
        builder.addOrder("P", at: .plane(100, 0), duration: 0)
        builder.addOrder("D", at: .plane(-100, 0), duration: 0) { $0.pickupOrderId = "P" }
        let problem = try builder.build()
        let report = Solver(problem: problem).solve(options: SolveOptions(timeLimit: 5, seed: 0, maxIterations: 50))
        #expect(Set(report.plan.unassigned.map(\.orderId)) == ["P", "D"])
        #expect(report.plan.unassigned.allSatisfy { $0.reason == .noShiftReachesWindow })
        expectValidPlan(report.plan, for: problem)
    }

    @Test("many pairs among single orders stay together through construction, local search and ruin-and-recreate")
    func manyPairs() throws {
        var builder = ProblemBuilder()
        var random = SplitMix64(seed: 42)
        for t in 0..<5 { builder.addTechnician("T-\(t)", at: .plane(Double(t * 10), 0)) { $0.capacity = 6 } }
        func spot() -> Location { .plane(random.nextUnit() * 60, random.nextUnit() * 60) }
        for i in 0..<25 {
            let open = Int(random.nextUnit() * 5) + 8
            builder.addOrder("P-\(i)", at: spot(), duration: 900, windows: [TimeWindow(start: .hours(open), end: .hours(open + 3))]) {
                $0.demand = 1
            }
            builder.addOrder("D-\(i)", at: spot(), duration: 900) { $0.pickupOrderId = "P-\(i)" }
            builder.addOrder("S-\(i)", at: spot(), duration: 1200)
        }
        let problem = try builder.build()
        let solver = Solver(problem: problem)
        expectValidPlan(solver.nearestCertifiedTechnicianPlan(), for: problem)
        for seed: UInt64 in [0, 1] {
            let report = solver.solve(options: SolveOptions(timeLimit: 20, seed: seed, threads: 1, maxIterations: 400))
            expectValidPlan(report.plan, for: problem)
            let served = Set(report.plan.routes.flatMap(\.orderIds))
            #expect(served.count >= 60, "seed \(seed) served only \(served.count) of 75")
        }
    }
}

/// What-if demand changes treat a pair as one unit.
@Suite struct PairScenarioChangeTests {
    static func problem() throws -> Problem {
        var builder = ProblemBuilder()
        builder.addTechnician("T-1", at: .plane(0, 0))
        for i in 0..<4 {
            builder.addOrder("P-\(i)", at: .plane(Double(i), 5))
            builder.addOrder("D-\(i)", at: .plane(Double(i), 9)) { $0.pickupOrderId = "P-\(i)" }
            builder.addOrder("S-\(i)", at: .plane(Double(i), 2))
        }
        return try builder.build()
    }

    @Test("a surge copies a pick-up with its delivery, linked to each other, and a cut keeps or drops both")
    func surgeKeepsPairs() throws {
        let problem = try Self.problem()
        for factor in [0.5, 1.5, 2.0] {
            let changed = try ScenarioChange.surge(factor: factor).apply(to: problem, seed: 3)
            #expect(changed.validationIssues().isEmpty, "surge \(factor)")
            let ids = Set(changed.orders.map(\.id))
            for order in changed.orders {
                if let pickup = order.pickupOrderId { #expect(ids.contains(pickup)) }
                if order.id.hasPrefix("P") { #expect(changed.orders.contains { $0.pickupOrderId == order.id }, "\(order.id) lost its delivery") }
            }
            #expect(abs(changed.orders.count - Int(Double(problem.orders.count) * factor)) <= 1)
        }
    }
}
