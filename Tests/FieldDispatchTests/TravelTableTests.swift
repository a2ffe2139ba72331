import Testing
@testable import FieldDispatch
import FieldDispatchTestSupport

@Suite struct TravelTableTests {
    /// Every tabulated leg of `table` against `expected(p, a, b)`, open end included; the count of differences.
    private func differences(_ table: TravelTable, profiles: Int, expected: (Int, Int, Int) -> TravelLeg) -> Int {
        var differing = 0
        for p in 0..<profiles {
            for a in 0..<table.locationCount {
                for b in 0..<table.locationCount {
                    let leg = a == table.openEnd || b == table.openEnd ? .zero : expected(p, a, b)
                    let read = (duration: table.duration(p, a, b), distance: table.distance(p, a, b))
                    if read != (leg.duration, leg.distance) || table.pair(p, a, b) != read || table.pair(p, from: a, into: b) != read {
                        differing += 1
                    }
                }
            }
        }
        return differing
    }

    @Test("legs that all fit in 16 bits take 4 bytes each and read back exactly")
    func narrow() {
        var random = SplitMix64(seed: 11)
        let locations = (0..<150).map { _ in Location(x: random.nextUnit() * 100, y: random.nextUnit() * 100) }
        let provider = EuclideanTravel(scale: 400)
        let table = TravelTable(locations: locations, profiles: [.car], provider: provider)
        #expect(table.isTabulated)
        #expect(table.tabulatedBytes == 151 * 151 * 4)
        #expect(differences(table, profiles: 1) { _, a, b in provider.leg(from: locations[a], to: locations[b], profile: .car) } == 0)
    }

    @Test("one leg beyond 16 bits keeps every leg at 32 bits, exactly")
    func wide() {
        let durations = [[0, 65_535, 70_000], [65_535, 0, 3], [70_000, 3, 0]]
        let distances = [[0, 10, 20], [10, 0, 1_000_000], [20, 1_000_000, 0]]
        let provider = TravelMatrix(durations: durations, distances: distances)
        let locations = (0..<3).map { Location(x: 0, y: 0, matrixIndex: $0) }
        let table = TravelTable(locations: locations, profiles: [.car], provider: provider)
        #expect(table.tabulatedBytes == 4 * 4 * 8)
        #expect(differences(table, profiles: 1) { _, a, b in TravelLeg(duration: durations[a][b], distance: distances[a][b]) } == 0)
    }

    @Test("a part's table copied from a 16-bit or a 32-bit table holds the same legs in its own order")
    func parts() throws {
        for largest in [900, 90_000] {
            var random = SplitMix64(seed: UInt64(largest))
            let size = 12
            let durations = (0..<size).map { _ in (0..<size).map { _ in random.nextInt(below: largest) } }
            let distances = (0..<size).map { _ in (0..<size).map { _ in random.nextInt(below: 5_000) } }
            let provider = TravelMatrix(tables: [.car: .init(durations: durations, distances: distances),
                                                 "van": .init(durations: distances, distances: durations)])
            let locations = (0..<size).map { Location(x: 0, y: 0, matrixIndex: $0) }
            let parent = TravelTable(locations: locations, profiles: [.car, "van"], provider: provider)
            #expect(parent.tabulatedBytes == (size + 1) * (size + 1) * 2 * (largest > 65_535 ? 8 : 4))
            let picked = [7, 0, 3, 11, 5]
            let part = try #require(TravelTable(subsetOf: parent, parentIndex: picked, profiles: ["van", .car]))
            #expect(part.tabulatedBytes == (picked.count + 1) * (picked.count + 1) * 2 * (largest > 65_535 ? 8 : 4))
            let found = differences(part, profiles: 2) { p, a, b in
                p == 0 ? TravelLeg(duration: distances[picked[a]][picked[b]], distance: durations[picked[a]][picked[b]])
                    : TravelLeg(duration: durations[picked[a]][picked[b]], distance: distances[picked[a]][picked[b]])
            }
            #expect(found == 0, "largest leg \(largest)")
        }
    }
}
