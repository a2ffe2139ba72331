import FieldDispatchGLPK
import FieldDispatchTestSupport
import Testing

@Suite struct SurgePlannerTests {
    static let quickRouting = SolveOptions(timeLimit: 5, maxIterations: 300)

    @Test("every day's plan of a generated surge passes the validator")
    func generatedSurgeIsValid() throws {
        var random = SplitMix64(seed: 5)
        let problem = ScenarioGenerator(orders: 60, technicians: 16, days: 3, surge: 2.5).generate(using: &random)
        let plan = SurgePlanner(triage: SurgeTriage(horizon: 3, timeLimit: 5), routing: Self.quickRouting).plan(problem)
        #expect(plan.days.map(\.day) == [0, 1, 2])
        for day in plan.days { expectValidPlan(day.plan, for: day.problem) }
        let served = plan.days.flatMap(\.plan.assignedOrderIds)
        #expect(Set(served).count == served.count)
        let emergencies = problem.orders.filter { $0.priority == .emergency }.map(\.id)
        let dayZero = Set(plan.days[0].plan.assignedOrderIds)
        let notToday = emergencies.filter { !dayZero.contains($0) }
        // An emergency missing from day 0 must be explained.
        #expect(notToday.allSatisfy { id in plan.deferred.contains { $0.orderId == id && !$0.explanation.isEmpty } })
        for row in plan.perOutletDay { #expect(row.borrowedTechnicians <= 2) }
    }

    @Test("a pick-up and its delivery are planned on one day by one technician, even across outlets")
    func pairsStayTogether() throws {
        var random = SplitMix64(seed: 8)
        var problem = ScenarioGenerator(orders: 60, technicians: 16, days: 3, surge: 2.5).generate(using: &random)
        var pairs: [(pickup: String, delivery: String)] = []
        for k in 0..<10 {
            let pickup = problem.orders[4 * k], d = 4 * k + 1
            problem.orders[d].pickupOrderId = pickup.id
            problem.orders[d].timeWindows = pickup.timeWindows
            problem.orders[d].requiredSkills = pickup.requiredSkills
            problem.orders[d].priority = pickup.priority
            pairs.append((pickup.id, problem.orders[d].id))
        }
        #expect(problem.validationIssues().isEmpty)
        let outlet = Dictionary(uniqueKeysWithValues: problem.orders.map { ($0.id, $0.outlet) })
        #expect(pairs.contains { outlet[$0.pickup] != outlet[$0.delivery] })
        let plan = SurgePlanner(triage: SurgeTriage(horizon: 3, timeLimit: 5), routing: Self.quickRouting).plan(problem)
        for day in plan.days { expectValidPlan(day.plan, for: day.problem) }
        var servedBy: [String: String] = [:]
        for day in plan.days {
            for route in day.plan.routes { for id in route.orderIds { servedBy[id] = "\(day.day) \(route.technicianId)" } }
        }
        for pair in pairs { #expect(servedBy[pair.pickup] == servedBy[pair.delivery], "\(pair)") }
        #expect(pairs.contains { servedBy[$0.pickup] != nil })
    }

    @Test("borrowed technicians in the routes stay within the lender's limit")
    func borrowingInRoutes() throws {
        var network = SurgeNetwork(days: 1, lending: 2)
        network.addTechnicians(1, outlet: "A")
        network.addTechnicians(5, outlet: "B")
        network.addOrders(40, outlet: "A")
        network.addOrders(5, outlet: "B")
        let problem = try network.problem()
        let plan = SurgePlanner(triage: SurgeTriage(horizon: 1), routing: Self.quickRouting).plan(problem)
        expectValidPlan(plan.days[0].plan, for: plan.days[0].problem)
        let lent = SurgeNetwork.lentTechnicians(by: "B", in: plan, problem: problem)
        #expect(lent == [2])
        let row = try #require(plan.perOutletDay.first { $0.outlet == "A" && $0.day == 0 })
        #expect(row.borrowedTechnicians == 2)
        #expect(row.served >= 20)
    }

    @Test("orders of an outlet without technicians are reported with a reason and a remedy")
    func outletWithoutTechnicians() throws {
        var network = SurgeNetwork(days: 2)
        network.addTechnicians(2, outlet: "A")
        network.addOrders(4, outlet: "A")
        network.addOrders(3, outlet: "C")
        network.addOrders(1, outlet: "C", priority: .emergency)
        let plan = SurgePlanner(triage: SurgeTriage(horizon: 2), routing: Self.quickRouting).plan(try network.problem())
        for day in plan.days { expectValidPlan(day.plan, for: day.problem) }
        let stranded = plan.deferred.filter { $0.orderId.hasPrefix("C-") }
        #expect(stranded.count == 4)
        #expect(stranded.allSatisfy { $0.day == nil && $0.explanation.contains("within borrowing range of outlet C") })
        #expect(stranded.allSatisfy { $0.remedy.contains("ac.repair 1") })
        let c = try #require(plan.perOutletDay.first { $0.outlet == "C" && $0.day == 0 })
        #expect(c.capacityHours == 0 && c.served == 0 && c.deferred == 4 && c.emergenciesServed == 0)
    }

    @Test("a deferral for lack of capacity names the extra technician-hours that would serve it")
    func capacityDeferralRemedy() throws {
        var network = SurgeNetwork(days: 2)
        network.addTechnicians(1, outlet: "C")
        network.addOrders(12, outlet: "C")
        network.addOrders(2, outlet: "C", priority: .emergency, age: 0)
        let plan = SurgePlanner(triage: SurgeTriage(horizon: 2), routing: Self.quickRouting).plan(try network.problem())
        for day in plan.days { expectValidPlan(day.plan, for: day.problem) }
        let dayZero = Set(plan.days[0].plan.assignedOrderIds)
        #expect(dayZero.contains("C-emergency-12") && dayZero.contains("C-emergency-13"))
        let pushed = plan.deferred.filter { $0.day == 1 }
        #expect(pushed.count >= 4)
        #expect(pushed.allSatisfy { $0.explanation.contains("taken by higher-priority or older work") })
        #expect(pushed.allSatisfy { $0.remedy.contains("more technician-hours of ac.repair 1 in outlet C on day 0") })
        let row = try #require(plan.perOutletDay.first { $0.outlet == "C" && $0.day == 0 })
        #expect(row.emergenciesServed == 2)
        #expect(row.served + row.deferred == 14)
    }

    @Test("a whole-plan budget routes every day and reports where the time went", arguments: [0.0, 20.0])
    func wholePlanBudget(seconds: Double) throws {
        var network = SurgeNetwork(days: 3)
        network.addTechnicians(2, outlet: "A")
        network.addOrders(6, outlet: "A", day: 0)
        network.addOrders(4, outlet: "A", day: 1)
        network.addOrders(3, outlet: "A", day: 2)
        let problem = try network.problem()
        let planner = SurgePlanner(triage: SurgeTriage(horizon: 3, timeLimit: 5), routing: Self.quickRouting, timeLimit: seconds)
        let plan = planner.plan(problem)
        for day in plan.days { expectValidPlan(day.plan, for: day.problem) }
        #expect(plan.timings.routing.count == 3)
        #expect(plan.timings.total >= plan.timings.triage)
        #expect(plan.timings.summary.hasPrefix("workload "))
        if seconds > 0 {
            #expect(plan.days.map { $0.plan.assignedOrderIds.count } == [6, 4, 3])
            #expect(plan.deferred.isEmpty)
        }
    }
}
