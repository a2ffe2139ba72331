import FieldDispatch
import Testing

@Suite struct ScenarioGeneratorTests {
    func scenario(orders: Int = 400, technicians: Int = 30, days: Int = 1, surge: Double = 1, seed: UInt64 = 3) -> Problem {
        var rng = SplitMix64(seed: seed)
        return ScenarioGenerator(orders: orders, technicians: technicians, days: days, surge: surge).generate(using: &rng)
    }

    @Test("makes a valid problem")
    func valid() {
        let problem = scenario()
        #expect(problem.validationIssues().isEmpty, "\(problem.validationIssues().prefix(5))")
        #expect(problem.orders.count == 400)
        #expect(problem.technicians.count == 30)
        #expect(problem.outlets.count == 3)
    }

    @Test("gives the same scenario for the same seed and another for another seed")
    func deterministic() {
        #expect(scenario(seed: 9).orders == scenario(seed: 9).orders)
        #expect(scenario(seed: 9).technicians == scenario(seed: 9).technicians)
        #expect(scenario(seed: 9).orders != scenario(seed: 10).orders)
    }

    @Test("draws a realistic mix: a few per cent emergencies, mostly repairs, windows of two and four hours")
    func mix() {
        let orders = scenario(orders: 4_000, technicians: 300).orders
        let share = { (match: (ServiceOrder) -> Bool) in Double(orders.count(where: match)) / Double(orders.count) }
        #expect((0.02...0.04).contains(share { $0.priority == .emergency }))
        #expect((0.55...0.65).contains(share { $0.kind == .repair }))
        #expect((0.15...0.25).contains(share { $0.kind == .install }))
        let spans = Set(orders.flatMap { $0.timeWindows.map { $0.end - $0.start } })
        #expect(spans == [7_200, 14_400])
        #expect(orders.allSatisfy { $0.priority != .emergency || $0.timeWindows.isEmpty })
    }

    @Test("every order has at least one certified technician")
    func certified() {
        let problem = scenario()
        for order in problem.orders {
            #expect(problem.technicians.contains { $0.isCertified(for: order) }, "nobody can serve \(order.id)")
        }
    }

    @Test("every outlet with four or more technicians holds every skill profile", arguments: [4, 8])
    func profilesMixedInsideOutlets(outlets: Int) {
        let problem = scenario(orders: 50, technicians: outlets * 8)
        #expect(problem.outlets.count == outlets)
        let profiles: [[String]] = [["ac.install", "gas.certified"], ["wh.install", "gas.certified"], ["comp.install"], ["wh.repair", "comp.repair"]]
        for outlet in problem.outlets {
            let staff = problem.technicians.filter { $0.outlet == outlet.id }
            for needed in profiles {
                #expect(staff.contains { technician in needed.allSatisfy { skill in technician.skills.contains { $0.skill == skill } } },
                        "outlet \(outlet.id) has no technician with \(needed)")
            }
        }
    }

    @Test("emergencies of a surge day find a certified technician at their own outlet")
    func emergenciesCertifiedLocally() {
        let problem = scenario(orders: 2_000, technicians: 64, surge: 3)
        #expect(problem.outlets.count == 8)
        for order in problem.orders where order.priority == .emergency {
            #expect(problem.technicians.contains { $0.outlet == order.outlet && $0.isCertified(for: order) },
                    "no certified technician at \(order.outlet ?? "-") for \(order.id)")
        }
    }

    @Test("a surge multiplies demand, and the extra orders are repairs")
    func surge() {
        let normal = scenario(orders: 200, technicians: 20)
        let storm = scenario(orders: 200, technicians: 20, surge: 3)
        #expect(storm.orders.count == 600)
        #expect(storm.orders.dropFirst(200).allSatisfy { $0.kind == .repair })
        #expect(normal.orders.count == 200)
    }

    @Test("several days give one shift per technician and day")
    func days() {
        let problem = scenario(orders: 100, technicians: 8, days: 3)
        #expect(problem.technicians.allSatisfy { $0.shifts.count == 3 })
        let latestWindow = problem.orders.flatMap(\.timeWindows).map(\.start).max() ?? 0
        #expect(latestWindow >= 2 * 86_400)
    }
}
