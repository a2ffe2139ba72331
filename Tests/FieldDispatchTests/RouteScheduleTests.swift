import Testing
@testable import FieldDispatch
import FieldDispatchTestSupport

@Suite struct RouteScheduleTests {
    /// Solves `problem` briefly and checks the plan with the independent validator.
    static func solve(_ problem: Problem, seconds: Double = 0.3) -> SolveReport {
        let report = Solver(problem: problem).solve(options: SolveOptions(timeLimit: seconds, maxIterations: 300))
        expectValidPlan(report.plan, for: problem)
        return report
    }

    static func stop(_ id: String, in plan: Plan) -> Stop? {
        plan.routes.flatMap(\.stops).first { $0.orderId == id }
    }

    @Test("an order with two windows is served in the later one when the first cannot be reached")
    func multiWindow() throws {
        var builder = ProblemBuilder()
        builder.addTechnician("T1", at: .plane(0, 0))
        builder.addOrder("A", at: .plane(0, 120), windows: [TimeWindow(start: .hours(8), end: .hours(9)), TimeWindow(start: .hours(13), end: .hours(14))])
        let report = Self.solve(try builder.build())
        #expect(report.plan.unassigned.isEmpty)
        #expect(Self.stop("A", in: report.plan)?.start == .hours(13))
    }

    @Test("a break is taken inside its window as a rest stop")
    func breaks() throws {
        var builder = ProblemBuilder()
        builder.addTechnician("T1", at: .plane(0, 0)) { technician in
            technician.shifts[0].breaks = [Break(earliestStart: .hours(12), latestEnd: .hours(14), duration: .minutes(30))]
        }
        for i in 0..<6 {
            builder.addOrder("O\(i)", at: .plane(Double(10 * i), 5), duration: .minutes(45),
                             windows: [TimeWindow(start: .hours(9 + i), end: .hours(10 + i))])
        }
        let report = Self.solve(try builder.build())
        #expect(report.plan.unassigned.isEmpty)
        let rests = report.plan.routes.flatMap(\.stops).filter { if case .rest = $0.kind { true } else { false } }
        #expect(rests.count == 1)
        if let rest = rests.first {
            #expect(rest.start >= .hours(12) && rest.end <= .hours(14))
        }
    }

    @Test("skills and levels decide who serves, and the level sets the service duration")
    func skillsAndLevels() throws {
        var builder = ProblemBuilder()
        builder.addTechnician("Junior", at: .plane(0, 0), skills: [SkillLevel("gas.certified", level: 1)])
        builder.addTechnician("Senior", at: .plane(50, 50), skills: [SkillLevel("gas.certified", level: 3)])
        builder.addOrder("Gas", at: .plane(1, 1), duration: .hours(1)) { order in
            order.requiredSkills = [SkillRequirement("gas.certified", minimumLevel: 2)]
            order.serviceDurationByLevel = [LevelDuration(minimumLevel: 3, duration: .minutes(40))]
        }
        builder.addOrder("Simple", at: .plane(2, 1), duration: .minutes(30))
        let report = Self.solve(try builder.build())
        let gasRoute = report.plan.routes.first { $0.orderIds.contains("Gas") }
        #expect(gasRoute?.technicianId == "Senior")
        let gas = Self.stop("Gas", in: report.plan)
        #expect(gas.map { $0.end - $0.start } == .minutes(40))
    }

    @Test("a van short of a part restocks at a depot before the order that needs it")
    func restock() throws {
        var builder = ProblemBuilder()
        builder.addTechnician("T1", at: .plane(0, 0)) { technician in
            technician.vanStock = [PartQuantity("CAP-35UF", quantity: 1)]
        }
        builder.addDepot("D1", at: .plane(20, 0), parts: ["CAP-35UF"], tools: ["vacuum-pump"], visitDuration: .minutes(10))
        builder.addOrder("A", at: .plane(10, 0)) { $0.requiredParts = [PartQuantity("CAP-35UF")] }
        builder.addOrder("B", at: .plane(30, 0)) { $0.requiredParts = [PartQuantity("CAP-35UF")] }
        builder.addOrder("C", at: .plane(40, 0)) { $0.requiredTools = ["vacuum-pump"] }
        let report = Self.solve(try builder.build())
        #expect(report.plan.unassigned.isEmpty)
        let stops = report.plan.routes.flatMap(\.stops)
        let depotIndex = stops.firstIndex { if case .restock(depotId: "D1") = $0.kind { true } else { false } }
        #expect(depotIndex != nil)
        #expect(stops.filter { if case .restock = $0.kind { true } else { false } }.count == 1)
    }

    @Test("a late start that a restock detour would make late leaves at the shift start instead")
    func lateStartWithRestock() throws {
        var builder = ProblemBuilder()
        builder.addTechnician("T1", at: .plane(0, 0))
        // From the windows alone the technician could leave at 9:30; the restock first costs 40 minutes more.
        builder.addDepot("D1", at: .plane(0, -30), parts: ["CAP-35UF"], visitDuration: .minutes(10))
        builder.addOrder("A", at: .plane(0, 30), windows: [TimeWindow(start: .hours(10), end: .hours(10) + .minutes(20))]) {
            $0.requiredParts = [PartQuantity("CAP-35UF")]
        }
        let problem = try builder.build()
        var stops: [Stop]? = []
        let result = RouteSchedule(instance: Instance(problem: problem), vehicle: 0).evaluate([0], stops: &stops)
        #expect(result.metrics.isFeasible)
        #expect(result.metrics.restocks == 1)
        #expect(result.departure == .hours(8))
        #expect(stops?.last { $0.orderId == "A" }?.start == .hours(10))
        let report = Self.solve(problem)
        #expect(report.plan.unassigned.isEmpty)
    }

    @Test("a soft window is missed at a price and the lateness is reported")
    func softWindowLateness() throws {
        var builder = ProblemBuilder()
        builder.addTechnician("T1", at: .plane(0, 0))
        builder.addOrder("Far", at: .plane(0, 90), windows: [TimeWindow(start: .hours(8), end: .hours(9), latenessCostPerHour: 600)])
        let report = Self.solve(try builder.build())
        #expect(report.plan.unassigned.isEmpty)
        let stop = Self.stop("Far", in: report.plan)
        #expect(stop?.lateness == .minutes(30))
        #expect(report.objective.lateness > 0)
    }

    @Test("the exact schedule agrees with segment pricing on plain routes")
    func exactMatchesSegments() throws {
        let problem = try Fixtures.solomon("C101", customers: 40)
        let state = MoveOperatorTests.startingState(problem, seed: 9)
        for (v, route) in state.routes.enumerated() where !route.isEmpty {
            let exact = RouteSchedule(instance: state.instance, vehicle: v).metrics(route)
            #expect(exact.cost == state.metrics[v].cost)
            #expect(exact.duration == state.metrics[v].duration)
            #expect(exact.isFeasible)
        }
    }
}
