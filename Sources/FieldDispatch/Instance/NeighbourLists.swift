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
        guard let grid else {
            return exactLists(orderCount: n, count: k, share: share, score: score)
        }
        var result: [[Int32]] = []
        result.reserveCapacity(n)
        // The k best so far, kept sorted by (score, order); most candidates fail the first comparison.
        var kept: [(score: Double, order: Int32)] = []
        kept.reserveCapacity(k + 1)
        func consider(_ i: Int, _ j: Int) {
            let pairScore = score(i, j)
            if kept.count == k, let worst = kept.last, (pairScore, Int32(j)) >= (worst.score, worst.order) { return }
            var slot = kept.count
            while slot > 0 && (kept[slot - 1].score, kept[slot - 1].order) > (pairScore, Int32(j)) { slot -= 1 }
            kept.insert((pairScore, Int32(j)), at: slot)
            if kept.count > k { kept.removeLast() }
        }
        var candidates: [(distance: Double, point: Int32)] = []
        let wanted = candidateFactor * k
        for i in 0..<n {
            kept.removeAll(keepingCapacity: true)
            // Orders with rare skills may have no compatible order nearby; the visit cap keeps
            // their search from scanning the whole city for long.
            grid.nearest(to: i, count: wanted, maxVisited: max(50 * wanted, 4_000), accept: { share(i, $0) }, into: &candidates)
            for candidate in candidates { consider(i, Int(candidate.point)) }
            result.append(kept.map(\.order))
        }
        return result
    }

    /// The `k` best neighbours of every order by (`score`, order) among those it `share`s a
    /// vehicle with, scanning every pair once: both scores are symmetric, so a pair's score is
    /// offered to both of its orders' lists.
    /// - Complexity: O(n²) scores and comparisons, O(n k) memory.
    @inline(__always)
    private static func exactLists(
        orderCount n: Int, count k: Int, share: (Int, Int) -> Bool, score: (Int, Int) -> Double
    ) -> [[Int32]] {
        // Each order's best so far, sorted by (score, order), in row `i` of two flat tables.
        var scores = [Double](repeating: 0, count: n * k)
        var orders = [Int32](repeating: 0, count: n * k)
        var kept = [Int](repeating: 0, count: n)
        func offer(_ j: Int, score: Double, to i: Int) {
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
        for i in 0..<n {
            for j in (i + 1)..<n where share(i, j) {
                let pairScore = score(i, j)
                offer(j, score: pairScore, to: i)
                offer(i, score: pairScore, to: j)
            }
        }
        return (0..<n).map { i in Array(orders[(i * k)..<(i * k + kept[i])]) }
    }
}
