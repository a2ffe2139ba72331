/// Granular neighbourhoods (Toth & Vigo 2003): for each order, the orders a move should pair it
/// with, closest first, measured by travel plus the waiting and time warp their windows imply
/// (the proximity of Vidal et al. 2013).
enum NeighbourLists {
    /// Weight of the waiting a visit to `j` right after `i` would cause.
    static let waitWeight = 0.2
    /// Weight of the time warp a visit to `j` right after `i` would cause.
    static let warpWeight = 1.0

    /// How many spatially nearest orders are scored by proximity, per neighbour kept, when a
    /// grid chooses the candidates: windows may rank a farther order first, so more are scored than kept.
    static let candidateFactor = 4

    /// Builds the lists; orders that share no certified vehicle are never neighbours.
    ///
    /// Without a grid every pair is scored, which gives the exact lists. With one, each order
    /// scores only its ``candidateFactor`` × `count` spatially nearest orders that share a
    /// vehicle, so building stays near-linear for large coordinate problems.
    /// - Parameters:
    ///   - grid: the orders' locations on a plane (order `i` is point `i`), or `nil` for the exact scan.
    /// - Complexity: O(n² (1 + m / 64)) time without a grid (O(n² k) at worst); with a grid about
    ///   O(n k (k + m / 64)) on spread-out locations. O(n k) memory for the result either way.
    static func build(
        orderCount n: Int, count: Int, compatibleVehicles: [[Int32]], vehicleCount m: Int,
        earliest: [Int], latest: [Int], service: [Int], grid: SpatialGrid? = nil, duration: (Int, Int) -> Int
    ) -> [[Int32]] {
        guard n > 1 else { return Array(repeating: [], count: n) }
        let words = (m + 63) / 64
        var vehicleBits = [UInt64](repeating: 0, count: n * words)
        for i in 0..<n {
            for v in compatibleVehicles[i] { vehicleBits[i * words + Int(v) / 64] |= 1 << UInt64(Int(v) % 64) }
        }
        // Read by the closures below as a constant, which needs no exclusivity check per read.
        let bits = vehicleBits
        func share(_ i: Int, _ j: Int) -> Bool {
            for w in 0..<words where bits[i * words + w] & bits[j * words + w] != 0 { return true }
            return false
        }
        func proximity(_ i: Int, _ j: Int) -> Double {
            let d = Double(duration(i, j))
            let wait = max(0, Double(earliest[j]) - Double(latest[i]) - Double(service[i]) - d)
            let warp = max(0, Double(earliest[i]) + Double(service[i]) + d - Double(latest[j]))
            return d + waitWeight * min(wait, 1e12) + warpWeight * min(warp, 1e12)
        }
        func score(_ i: Int, _ j: Int) -> Double { min(proximity(i, j), proximity(j, i)) }
        let k = min(count, n - 1)
        guard k > 0 else { return Array(repeating: [], count: n) }
        var table = BestNeighbours(orderCount: n, count: k)
        if let grid {
            var candidates: [(distance: Double, point: Int32)] = []
            let wanted = candidateFactor * k
            for i in 0..<n {
                // Orders with rare skills may have no compatible order nearby; the visit cap keeps
                // their search from scanning the whole city for long.
                grid.nearest(to: i, count: wanted, maxVisited: max(50 * wanted, 4_000), accept: { share(i, $0) }, into: &candidates)
                for candidate in candidates { table.offer(Int(candidate.point), score: score(i, Int(candidate.point)), to: i) }
            }
        } else {
            // The score is symmetric, so each pair is scored once and offered to both its orders.
            for i in 0..<n {
                for j in (i + 1)..<n where share(i, j) {
                    let pairScore = score(i, j)
                    table.offer(j, score: pairScore, to: i)
                    table.offer(i, score: pairScore, to: j)
                }
            }
        }
        return table.lists
    }
}

/// The `k` best neighbours of every order so far, by (score, order), in one flat row per order.
private struct BestNeighbours {
    private let k: Int
    private var scores: [Double]
    private var orders: [Int32]
    private var kept: [Int]

    init(orderCount n: Int, count k: Int) {
        self.k = k
        scores = [Double](repeating: 0, count: n * k)
        orders = [Int32](repeating: 0, count: n * k)
        kept = [Int](repeating: 0, count: n)
    }

    /// Keeps `j` among the best of order `i` if (`score`, `j`) is below the worst kept one.
    mutating func offer(_ j: Int, score: Double, to i: Int) {
        let row = i * k
        let last = row + k - 1
        // Most offers fail against the worst kept one.
        if kept[i] == k && (score, Int32(j)) >= (scores[last], orders[last]) { return }
        var slot = row + kept[i]
        if kept[i] == k { slot = last } else { kept[i] += 1 }
        while slot > row && (scores[slot - 1], orders[slot - 1]) > (score, Int32(j)) {
            scores[slot] = scores[slot - 1]
            orders[slot] = orders[slot - 1]
            slot -= 1
        }
        scores[slot] = score
        orders[slot] = Int32(j)
    }

    /// Each order's neighbours, best first.
    var lists: [[Int32]] { kept.indices.map { i in Array(orders[(i * k)..<(i * k + kept[i])]) } }
}
