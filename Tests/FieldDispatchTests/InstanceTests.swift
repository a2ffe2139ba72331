import Testing
@testable import FieldDispatch
import FieldDispatchTestSupport

@Suite struct InstanceTests {
    @Test("one vehicle per technician shift, and compatibility follows skills, levels and technician lists")
    func compatibility() throws {
        var builder = ProblemBuilder()
        builder.addTechnician("Junior", at: .plane(0, 0), skills: [SkillLevel("ac.repair", level: 1)])
        builder.addTechnician("Senior", at: .plane(0, 0), skills: [SkillLevel("ac.repair", level: 3)]) { technician in
            technician.shifts.append(Shift(id: "day2", start: .hours(32), end: .hours(41), startLocation: .plane(0, 0), endLocation: nil))
        }
        builder.addOrder("Basic", at: .plane(1, 1)) { $0.requiredSkills = [SkillRequirement("ac.repair")] }
        builder.addOrder("Hard", at: .plane(2, 1)) { $0.requiredSkills = [SkillRequirement("ac.repair", minimumLevel: 2)] }
        builder.addOrder("NotSenior", at: .plane(3, 1)) { $0.excludedTechnicians = ["Senior"] }
        builder.addOrder("OnlySenior", at: .plane(4, 1)) { $0.requiredTechnicians = ["Senior"] }
        let instance = Instance(problem: try builder.build())
        #expect(instance.vehicleCount == 3)
        #expect(instance.compatibleVehicles == [[0, 1, 2], [1, 2], [0], [1, 2]])
        #expect(instance.vehicles[2].endLocation == instance.travel.openEnd)
    }

    @Test("neighbour lists hold the closest orders that share a certified vehicle")
    func neighbours() throws {
        var builder = ProblemBuilder()
        builder.addTechnician("Gas", at: .plane(0, 0), skills: [SkillLevel("gas")])
        builder.addTechnician("Plain", at: .plane(0, 0))
        builder.addOrder("A", at: .plane(0, 0)) { $0.requiredSkills = [SkillRequirement("gas")] }
        builder.addOrder("B", at: .plane(1, 0)) { $0.requiredTechnicians = ["Plain"] }
        builder.addOrder("C", at: .plane(5, 0))
        builder.addOrder("D", at: .plane(2, 0)) { $0.requiredSkills = [SkillRequirement("gas")] }
        let instance = Instance(problem: try builder.build(), neighbourCount: 2)
        #expect(instance.neighbours[0] == [3, 2])
        #expect(instance.neighbours[1] == [2])
    }

    @Test("computed great-circle legs equal the provider's legs exactly")
    func haversineLegsMatchProvider() throws {
        let provider = HaversineTravel(defaultSpeedKmh: 32, speedsKmh: ["ebike": 18], detourFactor: 1.27)
        var random = SplitMix64(seed: 4)
        let locations = (0..<300).map { _ in
            Location(latitude: 48.1 + random.nextUnit() * 0.3, longitude: 11.4 + random.nextUnit() * 0.4)
        }
        let profiles: [TravelProfile] = [.car, "ebike"]
        let legs = try #require(CoordinateLegs(provider: provider, locations: locations, profiles: profiles))
        for _ in 0..<2_000 {
            let a = random.nextInt(below: locations.count), b = random.nextInt(below: locations.count)
            let p = random.nextInt(below: 2)
            #expect(legs.leg(p, a, b) == provider.leg(from: locations[a], to: locations[b], profile: profiles[p]))
        }
    }

    @Test("large coordinate problems are not tabulated and still give the provider's legs")
    func untabulated() {
        var random = SplitMix64(seed: 6)
        let locations = (0..<(TravelTable.tabulationLimit + 10)).map { _ in Location(x: random.nextUnit() * 100, y: random.nextUnit() * 100) }
        let provider = EuclideanTravel(scale: 10_000)
        let table = TravelTable(locations: locations, profiles: [.car], provider: provider)
        #expect(!table.isTabulated)
        for _ in 0..<500 {
            let a = random.nextInt(below: locations.count), b = random.nextInt(below: locations.count)
            let leg = provider.leg(from: locations[a], to: locations[b], profile: .car)
            #expect(table.duration(0, a, b) == leg.duration && table.distance(0, a, b) == leg.distance)
        }
        #expect(table.duration(0, 3, table.openEnd) == 0)
    }

    @Test("legs read from the arriving location's row agree with the table both when it is symmetric and when it is not")
    func legsIntoALocation() {
        let locations = (0..<3).map { Location(x: 0, y: 0, matrixIndex: $0) }
        let oneWay = TravelMatrix(durations: [[0, 5, 9], [7, 0, 4], [2, 8, 0]], distances: [[0, 50, 90], [70, 0, 40], [20, 80, 0]])
        let bothWays = TravelMatrix(durations: [[0, 5, 9], [5, 0, 4], [9, 4, 0]])
        for provider in [oneWay, bothWays] {
            let table = TravelTable(locations: locations, profiles: [.car], provider: provider)
            for a in 0...3 {
                for b in 0...3 {
                    let expected = table.pair(0, a, b)
                    #expect(table.pair(0, from: a, into: b) == expected, "\(a) -> \(b)")
                }
            }
        }
        let table = TravelTable(locations: locations, profiles: [.car], provider: oneWay)
        #expect(table.pair(0, from: 2, into: 0) == (duration: 2, distance: 20))
    }
}
