@testable import FieldDispatch
import FieldDispatchGLPK
import FieldDispatchTestSupport
import Foundation
import Testing

@Suite struct SetPartitioningRecombinerTests {
    /// Two technicians at the origin; three orders east at x = 10 and three west at x = -10.
    static func twoClusters() throws -> Problem {
        var builder = ProblemBuilder()
        for (index, y) in [-1.0, 0, 1].enumerated() {
            builder.addOrder("E\(index)", at: .plane(10, y))
            builder.addOrder("W\(index)", at: .plane(-10, y))
        }
        builder.addTechnician("T-1", at: .plane(0, 0))
        builder.addTechnician("T-2", at: .plane(0, 0))
        return try builder.build()
    }

    /// R101 of the Solomon set, cut to its first `customers` customers.
    static func solomon(customers: Int) throws -> Problem {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("fixtures/solomon/R101.txt")
        let problem = try SolomonReader().read(String(contentsOf: file, encoding: .utf8), name: "R101")
        return Problem(unchecked: problem.name, orders: Array(problem.orders.prefix(customers)),
                       technicians: problem.technicians, depots: problem.depots, outlets: problem.outlets,
                       travel: problem.travel, objective: problem.objective, timeReference: problem.timeReference)
    }

    @Test("rebuilds the cluster routes the pool holds when the best solution zigzags between clusters")
    func recombinationHelps() throws {
        let instance = Instance(problem: try Self.twoClusters())
        // Orders alternate E0, W0, E1, W1, E2, W2 by index.
        let clustered = SearchState(instance: instance, routes: [[0, 2, 4], [1, 3, 5]])
        let zigzag = SearchState(instance: instance, routes: [[0, 1, 2], [3, 4, 5]])
        #expect(clustered.searchScore < zigzag.searchScore)
        var recombination = RouteRecombination(recombiner: SetPartitioningRecombiner(), instance: instance, options: SolveOptions())
        recombination.remember(clustered)
        var regret = RegretInsertion()
        var localSearch = LocalSearch(operators: [])
        var random = SplitMix64(seed: 1)
        let rebuilt = recombination.recombine(zigzag, budget: 5, regret: &regret, localSearch: &localSearch, random: &random,
                                              deadline: SearchDeadline(seconds: 10, cancellation: nil))
        let better = try #require(rebuilt)
        #expect(better.searchScore == clustered.searchScore)
        #expect(better.unassigned.isEmpty)
        #expect(recombination.calls == 1 && recombination.improvements == 1)
        expectValidPlan(PlanBuilder(instance: instance).plan(from: better), for: instance.problem)
    }

    @Test("keeps the best solution when the pool holds nothing cheaper")
    func nothingBetter() throws {
        let instance = Instance(problem: try Self.twoClusters())
        let clustered = SearchState(instance: instance, routes: [[0, 2, 4], [1, 3, 5]])
        var recombination = RouteRecombination(recombiner: SetPartitioningRecombiner(), instance: instance, options: SolveOptions())
        recombination.remember(SearchState(instance: instance, routes: [[0, 1, 2], [3, 4, 5]]))
        var regret = RegretInsertion()
        var localSearch = LocalSearch()
        var random = SplitMix64(seed: 1)
        let rebuilt = recombination.recombine(clustered, budget: 5, regret: &regret, localSearch: &localSearch, random: &random,
                                              deadline: SearchDeadline(seconds: 10, cancellation: nil))
        #expect(rebuilt == nil)
        #expect(recombination.calls == 1 && recombination.improvements == 0)
    }

    @Test("under a time-out answers nothing or a cheaper selection within every limit, never a costlier one")
    func timeOut() throws {
        let pool = RoutePoolFixtures.clusteredPool(orders: 200, vehicles: 20, routes: 3_000, seed: 7)
        let incumbent = RoutePoolFixtures.greedySelection(pool, orders: 200, vehicles: 20)
        let request = RecombinationRequest(
            routes: pool.map { RecombinationRoute(vehicle: $0.vehicle, orders: $0.orders, cost: Int($0.cost)) },
            incumbent: incumbent, unservedPenalties: Array(repeating: 1 << 40, count: 200),
            routeLimits: Array(repeating: 1, count: 20), timeBudget: 1e-9)
        guard let selection = SetPartitioningRecombiner().recombine(request) else { return }
        var served = Set<Int>()
        var vehicles = Set<Int>()
        for index in selection {
            let route = try #require(request.routes.indices.contains(index) ? request.routes[index] : nil)
            #expect(vehicles.insert(route.vehicle).inserted)
            for order in route.orders { #expect(served.insert(order).inserted) }
        }
        var chosen = request
        chosen.incumbent = selection
        #expect(chosen.incumbentCost < request.incumbentCost)
    }

    @Test("returns nothing when the request is malformed and GLPK is never asked")
    func malformedRequest() {
        let request = RecombinationRequest(
            routes: [RecombinationRoute(vehicle: 0, orders: [0, 1], cost: 5), RecombinationRoute(vehicle: 1, orders: [1], cost: 1)],
            incumbent: [0, 1], unservedPenalties: [100, 100], routeLimits: [1, 1], timeBudget: 5)
        #expect(SetPartitioningRecombiner().recombine(request) == nil)
    }

    @Test("lets a class of interchangeable vehicles take as many routes as it has members")
    func classLimits() {
        // Both routes were seen on vehicle 0, which stands for a class of two.
        let request = RecombinationRequest(
            routes: [RecombinationRoute(vehicle: 0, orders: [0, 1, 2, 3], cost: 100),
                     RecombinationRoute(vehicle: 0, orders: [0, 1], cost: 10),
                     RecombinationRoute(vehicle: 0, orders: [2, 3], cost: 10)],
            incumbent: [0], unservedPenalties: [1_000, 1_000, 1_000, 1_000], routeLimits: [2, 0], timeBudget: 5)
        #expect(SetPartitioningRecombiner().recombine(request) == [1, 2])
    }
}
