import Foundation
import Testing
@testable import FieldDispatch
import FieldDispatchTestSupport

/// Large coordinate problems compile in O(n·k) memory and near-linear time, with neighbour
/// lists as good as the exact scan's, and construction that completes a large day.
@Suite struct ScalingTests {
    /// `count` orders scattered over a city of radius 12 km, with random windows and skills.
    private func scattered(_ count: Int, seed: UInt64, skills: Int = 1) -> (problem: Problem, compatible: [[Int32]]) {
        var random = SplitMix64(seed: seed)
        var builder = ProblemBuilder(travel: HaversineTravel(defaultSpeedKmh: 28))
        let names = (0..<skills).map { "skill\($0)" }
        for t in 0..<4 {
            builder.addTechnician("T\(t)", at: Location(latitude: 23.1, longitude: 113.2),
                                  skills: [SkillLevel(names[t % skills]), SkillLevel(names[(t + 1) % skills])])
        }
        for i in 0..<count {
            let start = Int.hours(8) + .minutes(30) * random.nextInt(below: 16)
            builder.addOrder("O\(i)", at: Location(latitude: 23.0 + 0.2 * random.nextUnit(), longitude: 113.1 + 0.2 * random.nextUnit()),
                             windows: [TimeWindow(start: start, end: start + .hours(2))]) { order in
                order.requiredSkills = [SkillRequirement(names[random.nextInt(below: skills)])]
            }
        }
        let problem = try! builder.build()
        let compatible = problem.orders.map { order in
            problem.technicians.indices.filter { problem.technicians[$0].isCertified(for: order) }.map(Int32.init)
        }
        return (problem, compatible)
    }

    /// The lists of the exact scan and of the grid for the same orders.
    private func bothLists(_ problem: Problem, compatible: [[Int32]], count k: Int) -> (exact: [[Int32]], grid: [[Int32]]) {
        let orders = problem.orders
        let travel = HaversineTravel(defaultSpeedKmh: 28)
        let duration = { (a: Int, b: Int) in travel.leg(from: orders[a].location, to: orders[b].location, profile: .car).duration }
        let earliest = orders.map { $0.timeWindows[0].start }, latest = orders.map { $0.timeWindows[0].end }
        let service = orders.map(\.serviceDuration)
        let exact = NeighbourLists.build(orderCount: orders.count, count: k, compatibleVehicles: compatible, vehicleCount: 4,
                                         earliest: earliest, latest: latest, service: service, duration: duration)
        let grid = NeighbourLists.build(orderCount: orders.count, count: k, compatibleVehicles: compatible, vehicleCount: 4,
                                        earliest: earliest, latest: latest, service: service,
                                        grid: SpatialGrid(locations: orders.map(\.location), isGeographic: true), duration: duration)
        return (exact, grid)
    }

    @Test("grid neighbour lists hold at least 90 % of the exact scan's neighbours, and only compatible orders",
          arguments: [1, 3])
    func gridListsMatchTheExactScan(skills: Int) {
        let (problem, compatible) = scattered(800, seed: UInt64(skills), skills: skills)
        let (exact, grid) = bothLists(problem, compatible: compatible, count: 15)
        var shared = 0, total = 0
        for i in exact.indices {
            total += exact[i].count
            shared += Set(exact[i]).intersection(grid[i]).count
            #expect(grid[i].count == exact[i].count)
            #expect(!grid[i].contains(Int32(i)))
            for j in grid[i] { #expect(!Set(compatible[i]).isDisjoint(with: compatible[Int(j)])) }
        }
        #expect(Double(shared) >= 0.9 * Double(total), "\(shared) of \(total)")
    }

    @Test("the grid finds the nearest points exactly, including across empty cells")
    func gridNearestIsExact() {
        var random = SplitMix64(seed: 3)
        // Two far clusters leave most cells empty.
        let points = (0..<300).map { i in
            Location(x: (i % 2 == 0 ? 0 : 1_000) + random.nextUnit(), y: random.nextUnit() * 5)
        }
        let grid = SpatialGrid(locations: points, isGeographic: false)
        var found: [(distance: Double, point: Int32)] = []
        for i in stride(from: 0, to: points.count, by: 7) {
            grid.nearest(to: i, count: 12, maxVisited: .max, accept: { $0 % 3 != 0 }, into: &found)
            let expected = points.indices.filter { $0 != i && $0 % 3 != 0 }
                .sorted { (grid.distance(i, $0), $0) < (grid.distance(i, $1), $1) }.prefix(12).map(Int32.init)
            #expect(found.map(\.point) == expected)
        }
    }

    @Test("a 6,000-order day with great-circle travel compiles without a location table and with full neighbour lists")
    func largeInstanceIsLinear() {
        var rng = SplitMix64(seed: 4)
        let problem = ScenarioGenerator(orders: 6_000, technicians: 40).generate(using: &rng)
        let instance = Instance(problem: problem)
        #expect(!instance.travel.isTabulated)
        #expect(instance.neighbours.count == 6_000)
        #expect(instance.neighbours.allSatisfy { $0.count == 30 })
        // Service durations by skill class, not by technician: at most one column per skill profile and level.
        #expect(instance.classCount <= 15)
        for order in stride(from: 0, to: 6_000, by: 599) {
            for (t, technician) in problem.technicians.enumerated() {
                let v = instance.vehicles.firstIndex { $0.technicianIndex == t }!
                #expect(instance.canServe(order, on: v) == technician.isCertified(for: problem.orders[order]))
                #expect(instance.serviceDuration(order, on: v) == problem.orders[order].serviceDuration(by: technician.skills))
            }
        }
    }

    @Test("construction of a 2,500-order day places nearly every order and gives a valid plan")
    func largeConstruction() throws {
        var rng = SplitMix64(seed: 5)
        let problem = ScenarioGenerator(orders: 2_500, technicians: 200).generate(using: &rng)
        let instance = Instance(problem: problem)
        var state = SearchState(instance: instance)
        var random = SplitMix64(seed: 1)
        var regret = RegretInsertion()
        regret.insert(state.unassigned.sorted(), into: &state, random: &random, deadline: nil)
        #expect(state.isFeasible)
        #expect(Double(state.unassigned.count) <= 0.05 * 2_500, "\(state.unassigned.count) unassigned")
        let plan = PlanBuilder(instance: instance).plan(from: state)
        expectValidPlan(plan, for: problem)
    }
}
