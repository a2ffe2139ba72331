import FieldDispatchModel

/// Numbers places along a Hilbert curve, so that places near each other on the map get near
/// indices and their legs sit close together in a travel table.
enum HilbertCurve {
    /// `orders` sorted by their place on a Hilbert curve over the orders' bounding box (ties,
    /// such as orders without coordinates, by index).
    /// - Complexity: O(k log k) for k orders.
    static func sorted(_ orders: [Int], locations: [Location]) -> [Int] {
        guard let first = orders.first else { return orders }
        var low = (x: locations[first].x, y: locations[first].y), high = low
        for order in orders {
            let at = locations[order]
            low = (min(low.x, at.x), min(low.y, at.y))
            high = (max(high.x, at.x), max(high.y, at.y))
        }
        let side = 1 << 16
        let scale = Double(side - 1) / max(high.x - low.x, high.y - low.y, 1e-12)
        let keys = orders.map { order in
            let at = locations[order]
            return index(x: Int((at.x - low.x) * scale), y: Int((at.y - low.y) * scale), side: side)
        }
        return orders.indices.sorted { (keys[$0], orders[$0]) < (keys[$1], orders[$1]) }.map { orders[$0] }
    }

    /// The distance of cell `(x, y)` along the Hilbert curve filling a `side` × `side` grid
    /// (`side` a power of two).
    static func index(x: Int, y: Int, side: Int) -> Int {
        var x = x, y = y, index = 0
        var s = side / 2
        while s > 0 {
            let rx = x & s > 0 ? 1 : 0
            let ry = y & s > 0 ? 1 : 0
            index += s * s * ((3 * rx) ^ ry)
            if ry == 0 {
                if rx == 1 {
                    x = side - 1 - x
                    y = side - 1 - y
                }
                swap(&x, &y)
            }
            s /= 2
        }
        return index
    }
}
