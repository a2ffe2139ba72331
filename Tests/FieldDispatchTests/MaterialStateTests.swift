import Testing
@testable import FieldDispatch
import FieldDispatchTestSupport

/// The van of the exact schedule keeps up to eight distinct parts taken and eight restocks
/// inline, then carries its contents as arrays: both must judge a route the same.
@Suite struct MaterialStateTests {
    /// The exact metrics and the plan of one route that serves every order of `problem` in turn.
    static func schedule(_ problem: Problem) -> (metrics: RouteMetrics, plan: Plan) {
        let instance = Instance(problem: problem)
        let state = SearchState(instance: instance, routes: [Array(0..<Int32(instance.orderCount))])
        return (state.metrics[0], PlanBuilder(instance: instance).plan(from: state))
    }

    @Test("more distinct parts than the inline space: stock is still counted part by part", arguments: [4, 12])
    func manyParts(distinct: Int) throws {
        var builder = ProblemBuilder()
        builder.addTechnician("T", at: .plane(0, 0), to: .hours(23)) { technician in
            technician.vanStock = (0..<distinct).map { PartQuantity("P\($0)", quantity: 1) }
            technician.maxRestockVisitsPerShift = 1
        }
        builder.addDepot("D", at: .plane(0, 1), parts: ["P0"], visitDuration: 60)
        for k in 0..<distinct { builder.addOrder("O\(k)", at: .plane(Double(k), 0), duration: 60) { $0.requiredParts = [PartQuantity("P\(k)")] } }
        // The first part again: restocked at the depot. The last again: short, no depot stocks it.
        builder.addOrder("again0", at: .plane(1, 1), duration: 60) { $0.requiredParts = [PartQuantity("P0")] }
        builder.addOrder("againLast", at: .plane(2, 1), duration: 60) { $0.requiredParts = [PartQuantity("P\(distinct - 1)")] }
        let problem = try builder.build()
        let (metrics, plan) = Self.schedule(problem)
        #expect(metrics.restocks == 1)
        #expect(metrics.materialShortage == 1)
        #expect(!metrics.isFeasible)
        #expect(plan.routes.flatMap(\.stops).count { if case .restock = $0.kind { true } else { false } } == 1)
    }

    @Test("more restocks than the inline space: every refilled part and loaned tool is remembered", arguments: [3, 11])
    func manyRestocks(depots: Int) throws {
        var builder = ProblemBuilder()
        builder.addTechnician("T", at: .plane(0, 0), to: .hours(23)) { technician in
            technician.maxRestockVisitsPerShift = depots
        }
        for d in 0..<depots { builder.addDepot("D\(d)", at: .plane(Double(d), 1), parts: ["P\(d)"], tools: ["tool\(d)"], visitDuration: 60) }
        for d in 0..<depots {
            builder.addOrder("O\(d)", at: .plane(Double(d), 0), duration: 60) { order in
                order.requiredParts = [PartQuantity("P\(d)", quantity: 2)]
                order.requiredTools = ["tool\(d)"]
            }
        }
        // Parts and tools of the first and the last depot again: refilled and loaned already.
        for d in [0, depots - 1] {
            builder.addOrder("again\(d)", at: .plane(Double(d), 2), duration: 60) { order in
                order.requiredParts = [PartQuantity("P\(d)", quantity: 5)]
                order.requiredTools = ["tool\(d)"]
            }
        }
        let problem = try builder.build()
        let (metrics, plan) = Self.schedule(problem)
        #expect(metrics.restocks == depots)
        #expect(metrics.materialShortage == 0)
        #expect(metrics.isFeasible)
        expectValidPlan(plan, for: problem)
    }
}
