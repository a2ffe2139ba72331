import Foundation

/// A uniform grid over points in the plane, for finding each point's nearest others without
/// comparing every pair.
///
/// Geographic locations are projected on an equirectangular plane around their mean latitude,
/// which keeps the order of distances within a city; the grid only chooses candidates, and
/// callers score them with the real travel.
struct SpatialGrid {
    private let px: [Double]
    private let py: [Double]
    private let minX: Double
    private let minY: Double
    private let cellSize: Double
    private let columns: Int
    private let rows: Int
    /// Points sorted by cell; the points of cell `c` are `items[cellStart[c]..<cellStart[c + 1]]`.
    private let cellStart: [Int32]
    private let items: [Int32]

    /// Builds the grid with about two points per cell.
    /// - Parameters:
    ///   - locations: the points.
    ///   - isGeographic: whether `x`/`y` are longitude/latitude in degrees.
    /// - Complexity: O(n).
    init(locations: [Location], isGeographic: Bool) {
        let n = locations.count
        var xs = locations.map(\.x)
        let ys = locations.map(\.y)
        if isGeographic, n > 0 {
            let meanLatitude = ys.reduce(0, +) / Double(n)
            let shrink = cos(meanLatitude * Double.pi / 180)
            xs = xs.map { $0 * shrink }
        }
        px = xs
        py = ys
        let lowX = xs.min() ?? 0, highX = xs.max() ?? 0
        let lowY = ys.min() ?? 0, highY = ys.max() ?? 0
        minX = lowX
        minY = lowY
        let width = max(highX - lowX, 1e-9), height = max(highY - lowY, 1e-9)
        let cellsWanted = Double(max(1, n / 2))
        let size = max((width * height / cellsWanted).squareRoot(), 1e-9)
        cellSize = size
        columns = min(Int(width / size) + 1, 1 << 15)
        rows = min(Int(height / size) + 1, 1 << 15)
        let cellCount = columns * rows
        var counts = [Int32](repeating: 0, count: cellCount + 1)
        var cellOf = [Int](repeating: 0, count: n)
        for i in 0..<n {
            let column = min(columns - 1, max(0, Int((xs[i] - lowX) / size)))
            let row = min(rows - 1, max(0, Int((ys[i] - lowY) / size)))
            cellOf[i] = row * columns + column
            counts[cellOf[i] + 1] += 1
        }
        for c in 0..<cellCount { counts[c + 1] += counts[c] }
        var fill = counts
        var sorted = [Int32](repeating: 0, count: n)
        for i in 0..<n {
            sorted[Int(fill[cellOf[i]])] = Int32(i)
            fill[cellOf[i]] += 1
        }
        cellStart = counts
        items = sorted
    }

    /// Planar distance between points `a` and `b`.
    @inline(__always)
    func distance(_ a: Int, _ b: Int) -> Double {
        let dx = px[a] - px[b], dy = py[a] - py[b]
        return (dx * dx + dy * dy).squareRoot()
    }

    /// The points nearest to point `i` that pass `accept`, closest first (ties by index).
    /// - Parameters:
    ///   - i: the point.
    ///   - count: how many to return at most.
    ///   - maxVisited: stop after looking at this many points, so rare matches cost O(maxVisited).
    ///   - accept: whether a point qualifies; `i` itself is never offered.
    ///   - result: receives (distance, point) pairs, sorted; cleared first.
    /// - Complexity: O(count + points in the rings searched), about O(count) on spread-out points.
    func nearest(to i: Int, count: Int, maxVisited: Int, accept: (Int) -> Bool, into result: inout [(distance: Double, point: Int32)]) {
        result.removeAll(keepingCapacity: true)
        guard count > 0 else { return }
        let column = min(columns - 1, max(0, Int((px[i] - minX) / cellSize)))
        let row = min(rows - 1, max(0, Int((py[i] - minY) / cellSize)))
        var visited = 0
        var ring = 0
        let maxRing = max(columns, rows)
        while ring <= maxRing {
            let low = (column - ring, row - ring), high = (column + ring, row + ring)
            for r in max(0, low.1)...min(rows - 1, high.1) {
                // Whole rows on the ring's top and bottom edges, only the two end cells in between.
                let onEdge = r == low.1 || r == high.1
                let step = onEdge ? 1 : max(1, high.0 - low.0)
                var c = low.0
                while c <= high.0 {
                    if c >= 0 && c < columns {
                        let cell = r * columns + c
                        for slot in Int(cellStart[cell])..<Int(cellStart[cell + 1]) {
                            let j = Int(items[slot])
                            guard j != i else { continue }
                            visited += 1
                            guard accept(j) else { continue }
                            keep((distance(i, j), Int32(j)), count: count, in: &result)
                        }
                    }
                    c += step
                }
            }
            // Every point outside the rings searched so far is at least `ring` cells away.
            if result.count >= count, let worst = result.last, worst.distance <= Double(ring) * cellSize { return }
            if visited >= maxVisited { return }
            ring += 1
        }
    }

    /// Keeps `candidate` among the `count` smallest of `result`, sorted by (distance, point).
    @inline(__always)
    private func keep(_ candidate: (distance: Double, point: Int32), count: Int, in result: inout [(distance: Double, point: Int32)]) {
        if result.count == count, let worst = result.last, (candidate.distance, candidate.point) >= (worst.distance, worst.point) { return }
        var slot = result.count
        while slot > 0 && (result[slot - 1].distance, result[slot - 1].point) > (candidate.distance, candidate.point) { slot -= 1 }
        result.insert(candidate, at: slot)
        if result.count > count { result.removeLast() }
    }
}
