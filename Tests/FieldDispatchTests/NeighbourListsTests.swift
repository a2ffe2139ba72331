import Testing
@testable import FieldDispatch

/// The exact neighbour lists against a plain reference: every compatible pair scored, sorted by
/// (score, order), the first `k` kept.
@Suite struct NeighbourListsTests {
    /// Random orders on a small integer grid (so that many scores tie), with windows, service
    /// times and vehicles drawn so that some pairs share no vehicle.
    private struct Orders {
        var x: [Int] = [], y: [Int] = [], earliest: [Int] = [], latest: [Int] = [], service: [Int] = []
        var compatible: [[Int32]] = []

        init(count n: Int, vehicles: Int, seed: UInt64) {
            var random = SplitMix64(seed: seed)
            for _ in 0..<n {
                x.append(random.nextInt(below: 6))
                y.append(random.nextInt(below: 6))
                let start = random.nextInt(below: 3) * 10
                earliest.append(start)
                latest.append(start + 5 + random.nextInt(below: 3) * 10)
                service.append(random.nextInt(below: 3))
                let first = random.nextInt(below: vehicles)
                compatible.append(random.nextInt(below: 4) == 0 ? [Int32(first)] : [Int32(first), Int32((first + 1) % vehicles)])
            }
        }

        func duration(_ a: Int, _ b: Int) -> Int { abs(x[a] - x[b]) + abs(y[a] - y[b]) }

        /// The reference lists, written without any of the build's shortcuts.
        func reference(count: Int) -> [[Int32]] {
            let n = x.count
            func proximity(_ i: Int, _ j: Int) -> Double {
                let d = Double(duration(i, j))
                let wait = max(0, Double(earliest[j]) - Double(latest[i]) - Double(service[i]) - d)
                let warp = max(0, Double(earliest[i]) + Double(service[i]) + d - Double(latest[j]))
                return d + NeighbourLists.waitWeight * wait + NeighbourLists.warpWeight * warp
            }
            return (0..<n).map { i in
                let candidates = (0..<n).filter { j in j != i && !Set(compatible[i]).isDisjoint(with: compatible[j]) }
                let scored = candidates.map { j in (score: min(proximity(i, j), proximity(j, i)), order: Int32(j)) }
                return scored.sorted { ($0.score, $0.order) < ($1.score, $1.order) }.prefix(count).map(\.order)
            }
        }

        func built(count: Int, vehicles: Int) -> [[Int32]] {
            NeighbourLists.build(orderCount: x.count, count: count, compatibleVehicles: compatible, vehicleCount: vehicles,
                                 earliest: earliest, latest: latest, service: service, duration: duration)
        }
    }

    @Test("the exact scan keeps the k best compatible orders by score, ties by order, for short and long lists",
          arguments: [(count: 60, vehicles: 5, k: 8, seed: 1), (count: 60, vehicles: 70, k: 8, seed: 2),
                      (count: 12, vehicles: 3, k: 30, seed: 3), (count: 2, vehicles: 1, k: 5, seed: 4)])
    func exactScanMatchesReference(count: Int, vehicles: Int, k: Int, seed: UInt64) {
        let orders = Orders(count: count, vehicles: vehicles, seed: seed)
        let built = orders.built(count: k, vehicles: vehicles)
        let reference = orders.reference(count: k)
        #expect(built == reference)
    }
}
