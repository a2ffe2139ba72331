import Testing
@testable import FieldDispatch
import FieldDispatchTestSupport

@Suite struct UnassignedReasonTests {
    static func reason(of id: String, in builder: ProblemBuilder) throws -> UnassignedOrder? {
        let problem = try builder.build()
        let report = Solver(problem: problem).solve(options: SolveOptions(timeLimit: 1, maxIterations: 100))
        expectValidPlan(report.plan, for: problem)
        let entry = report.plan.unassigned.first { $0.orderId == id }
        #expect(entry.map { !$0.detail.isEmpty } ?? true)
        return entry
    }

    static func base() -> ProblemBuilder {
        var builder = ProblemBuilder()
        builder.addTechnician("T1", at: .plane(0, 0), skills: [SkillLevel("ac.repair", level: 1)])
        builder.addOrder("Easy", at: .plane(5, 5))
        return builder
    }

    @Test("nobody holding the skill gives noQualifiedTechnician")
    func noQualifiedTechnician() throws {
        var builder = Self.base()
        builder.addOrder("Gas", at: .plane(1, 1)) { $0.requiredSkills = [SkillRequirement("gas.certified")] }
        #expect(try Self.reason(of: "Gas", in: builder)?.reason == .noQualifiedTechnician)
    }

    @Test("an excluded technician leaves nobody qualified")
    func excludedTechnician() throws {
        var builder = Self.base()
        builder.addOrder("NotT1", at: .plane(1, 1)) { $0.excludedTechnicians = ["T1"] }
        #expect(try Self.reason(of: "NotT1", in: builder)?.reason == .noQualifiedTechnician)
    }

    @Test("a window after every shift gives noShiftReachesWindow")
    func noShiftReachesWindow() throws {
        var builder = Self.base()
        builder.addOrder("Night", at: .plane(1, 1), windows: [TimeWindow(start: .hours(20), end: .hours(21))])
        #expect(try Self.reason(of: "Night", in: builder)?.reason == .noShiftReachesWindow)
    }

    @Test("a part no van carries and no depot stocks gives partsUnavailable")
    func partsUnavailable() throws {
        var builder = Self.base()
        builder.addOrder("Compressor", at: .plane(1, 1)) { $0.requiredParts = [PartQuantity("COMP-9K")] }
        #expect(try Self.reason(of: "Compressor", in: builder)?.reason == .partsUnavailable)
    }

    @Test("a full order limit gives limitsReached")
    func limitsReached() throws {
        var builder = ProblemBuilder()
        builder.addTechnician("T1", at: .plane(0, 0)) { $0.maxOrdersPerShift = 1 }
        builder.addOrder("First", at: .plane(1, 1))
        builder.addOrder("Second", at: .plane(50, 50))
        #expect(try Self.reason(of: "Second", in: builder)?.reason == .limitsReached)
    }

    @Test("an emergency takes the last place and the normal order is displacedByHigherPriority")
    func displaced() throws {
        var builder = ProblemBuilder()
        builder.addTechnician("T1", at: .plane(0, 0)) { $0.maxOrdersPerShift = 1 }
        builder.addOrder("Normal", at: .plane(1, 1))
        builder.addOrder("Leak", at: .plane(80, 80)) { $0.priority = .emergency }
        #expect(try Self.reason(of: "Normal", in: builder)?.reason == .displacedByHigherPriority)
    }

    @Test("two orders that each fit alone but not together give noFeasibleInsertion")
    func noFeasibleInsertion() throws {
        var builder = ProblemBuilder()
        builder.addTechnician("T1", at: .plane(0, 0))
        builder.addOrder("North", at: .plane(0, 30), windows: [TimeWindow(start: .hours(9), end: .hours(9) + .minutes(5))])
        builder.addOrder("South", at: .plane(0, -30), windows: [TimeWindow(start: .hours(9), end: .hours(9) + .minutes(5))])
        let problem = try builder.build()
        let report = Solver(problem: problem).solve(options: SolveOptions(timeLimit: 1, maxIterations: 50))
        expectValidPlan(report.plan, for: problem)
        #expect(report.plan.unassigned.count == 1)
        #expect(report.plan.unassigned.first?.reason == .noFeasibleInsertion)
    }
}
