import Testing
@testable import FieldDispatch
import FieldDispatchTestSupport

/// Large days on several threads: the split into regions, the regions as problems of their own,
/// and the shared search that joins them.
@Suite struct CooperativeSearchTests {
    /// A generated day of `orders` orders.
    private func day(orders: Int, technicians: Int, seed: UInt64 = 3) -> Problem {
        var random = SplitMix64(seed: seed)
        return ScenarioGenerator(orders: orders, technicians: technicians).generate(using: &random)
    }

    /// The hand dispatch of a generated day with every seventh order taken out again.
    private func partlyRouted(_ instance: Instance) -> SearchState {
        var state = NearestCertifiedTechnician(instance: instance).solve()
        for order in stride(from: 0, to: instance.orderCount, by: 7) where state.routeOf[order] >= 0 {
            let partner = instance.partner(of: order)
            state.remove(order)
            if partner >= 0 && state.routeOf[partner] >= 0 { state.remove(partner) }
        }
        return state
    }

    @Test("a split puts every technician and every order in exactly one region, routed orders with their technician",
          arguments: [2, 3])
    func splitCoversEverything(regions: Int) {
        let instance = Instance(problem: day(orders: 400, technicians: 36))
        let state = partlyRouted(instance)
        #expect(!state.unassigned.isEmpty)
        var random = SplitMix64(seed: 11)
        let split = RegionSplit(state, into: regions, random: &random)
        #expect(split.technicians.count == regions && split.orders.count == regions)
        #expect(split.technicians.flatMap { $0 }.sorted() == Array(instance.problem.technicians.indices))
        #expect(split.orders.flatMap { $0 }.sorted() == Array(0..<instance.orderCount))
        var regionOfTechnician = [Int](repeating: -1, count: instance.problem.technicians.count)
        for (region, members) in split.technicians.enumerated() { for t in members { regionOfTechnician[t] = region } }
        for (region, orders) in split.orders.enumerated() {
            // Regions carry comparable work: none holds less than half its share of the orders.
            #expect(orders.count * regions * 2 >= instance.orderCount, "region \(region): \(orders.count) orders")
            for order in orders {
                let v = Int(state.routeOf[order])
                if v >= 0 {
                    #expect(regionOfTechnician[instance.vehicles[v].technicianIndex] == region)
                } else {
                    let certified = instance.compatibleVehicles[order].map { regionOfTechnician[instance.vehicles[Int($0)].technicianIndex] }
                    #expect(certified.isEmpty || certified.contains(region), "order \(order) has no certified technician in its region")
                }
            }
        }
    }

    @Test("a region as a problem of its own prices its routes as the whole day does, and writing it back changes only what changed")
    func regionRoundTrip() {
        let instance = Instance(problem: day(orders: 300, technicians: 24))
        var whole = partlyRouted(instance)
        var random = SplitMix64(seed: 5)
        let split = RegionSplit(whole, into: 2, random: &random)
        let region = RegionProblem(parent: instance, technicians: split.technicians[1], orders: split.orders[1])
        var part = region.state(from: whole)
        #expect(part.instance.orderCount == split.orders[1].count)
        for (local, v) in region.globalVehicle.enumerated() {
            #expect(part.routes[local].map { region.globalOrder[Int($0)] } == whole.routes[v])
            #expect(part.metrics[local] == whole.metrics[v])
        }
        let before = whole.objective
        region.write(part, into: &whole)
        #expect(whole.objective == before)
        // An order the region leaves out comes back unassigned in the whole day.
        let local = part.routes.firstIndex { !$0.isEmpty }!
        let order = Int(part.routes[local][0])
        let partner = part.instance.partner(of: order)
        part.remove(order)
        if partner >= 0 && part.routeOf[partner] >= 0 { part.remove(partner) }
        region.write(part, into: &whole)
        #expect(whole.routeOf[Int(region.globalOrder[order])] == -1)
        #expect(whole.unassigned.count == part.unassigned.count + split.orders[0].count { whole.routeOf[$0] < 0 })
    }

    @Test("a region's travel table, copied from the whole day's, holds every leg the region's own table would compute")
    func regionTravelCopied() throws {
        let instance = Instance(problem: day(orders: 300, technicians: 24))
        var random = SplitMix64(seed: 8)
        let split = RegionSplit(partlyRouted(instance), into: 2, random: &random)
        let region = RegionProblem(parent: instance, technicians: split.technicians[0], orders: split.orders[0])
        let copied = region.instance.travel
        let copy = Instance.copiedTravel(of: copied.locations, profiles: copied.profiles, orderCount: region.instance.orderCount,
                                   part: (instance, region.globalOrder))
        #expect(copy != nil, "the region's legs come from the whole day's table")
        let computed = TravelTable(locations: copied.locations, profiles: copied.profiles, provider: instance.problem.travel)
        #expect(copied.profiles.count == 2 && copied.locationCount == computed.locationCount)
        var differing = 0
        for p in copied.profiles.indices {
            for a in 0..<copied.locationCount {
                for b in 0..<copied.locationCount where copied.pair(p, a, b) != computed.pair(p, a, b) || copied.pair(p, from: a, into: b) != computed.pair(p, a, b) {
                    differing += 1
                }
            }
        }
        #expect(differing == 0)
    }

    @Test("the Hilbert curve visits every cell of the grid once, each next to the one before")
    func hilbertCurve() {
        let side = 8
        var cellAt = [(x: Int, y: Int)?](repeating: nil, count: side * side)
        for x in 0..<side {
            for y in 0..<side {
                let index = HilbertCurve.index(x: x, y: y, side: side)
                #expect(cellAt[index] == nil)
                cellAt[index] = (x, y)
            }
        }
        #expect(cellAt[0]! == (0, 0))
        for index in 1..<cellAt.count {
            let a = cellAt[index - 1]!, b = cellAt[index]!
            #expect(abs(a.x - b.x) + abs(a.y - b.y) == 1, "cells \(index - 1) and \(index)")
        }
    }

    @Test("a region numbers its orders along the curve: neighbours on the map get near indices")
    func regionOrdersAlongTheCurve() {
        let problem = day(orders: 300, technicians: 24)
        let orders = Array(problem.orders.indices)
        let sorted = HilbertCurve.sorted(orders, locations: problem.orders.map(\.location))
        #expect(sorted.sorted() == orders)
        // Consecutive orders along the curve lie far closer together than in intake order.
        func meanStep(_ sequence: [Int]) -> Double {
            let travel = HaversineTravel(defaultSpeedKmh: 28)
            let steps = zip(sequence, sequence.dropFirst()).map { travel.leg(from: problem.orders[$0].location, to: problem.orders[$1].location, profile: .car).distance }
            return Double(steps.reduce(0, +)) / Double(steps.count)
        }
        #expect(meanStep(sorted) * 3 < meanStep(orders))
    }

    @Test("large days on two threads share one search; small ones, imbalance terms and one thread keep independent searches")
    func regionCount() {
        let large = Instance(problem: day(orders: 520, technicians: 40))
        let small = Instance(problem: day(orders: 300, technicians: 24))
        var fair = day(orders: 520, technicians: 40)
        fair.objective.imbalanceWeight = 100
        #expect(CooperativeSearch.regionCount(instance: large, options: SolveOptions(threads: 2)) == 2)
        #expect(CooperativeSearch.regionCount(instance: large, options: SolveOptions(threads: 1)) == 1)
        #expect(CooperativeSearch.regionCount(instance: large, options: SolveOptions(threads: 3)) == 1)
        #expect(CooperativeSearch.regionCount(instance: small, options: SolveOptions(threads: 2)) == 1)
        #expect(CooperativeSearch.regionCount(instance: Instance(problem: fair), options: SolveOptions(threads: 2)) == 1)
    }

    @Test("the shared search returns a valid plan, better than its construction, and the same plan on every run at fixed iterations")
    func sharedSearch() {
        let problem = day(orders: 520, technicians: 40)
        let solver = Solver(problem: problem)
        let options = SolveOptions(timeLimit: 600, seed: 9, threads: 2, maxIterations: 300)
        let first = solver.solve(options: options)
        let second = solver.solve(options: options)
        #expect(first.regions == 2)
        #expect(first.plan == second.plan)
        #expect(first.stopReason == .iterationLimit)
        #expect(first.iterations == 2 * 300)
        // An iteration limit below the epoch count still holds exactly.
        let short = solver.solve(options: SolveOptions(timeLimit: 600, seed: 9, threads: 2, maxIterations: 7))
        #expect(short.iterations == 2 * 7 && short.regions == 2)
        expectValidPlan(short.plan, for: problem)
        expectValidPlan(first.plan, for: problem)
        // The search starts from the first thread's construction and keeps only joined solutions that are better.
        var random = SplitMix64(seed: 9)
        var regret = RegretInsertion(k: 3)
        var localSearch = LocalSearch()
        let construction = SearchDriver(instance: solver.instance, options: options, seed: 9, reportsProgress: false)
            .construct(deadline: SearchDeadline(seconds: 600, cancellation: nil), regret: &regret, localSearch: &localSearch, random: &random)
        #expect(first.objective < construction.objective)
    }
}
