/// The three cheapest positions to insert one order into one route, cheapest first: the cache
/// SWAP* keeps per order and route so that it can pair every two orders without re-pricing.
struct InsertionSlots {
    /// Cost change of each kept insertion, ascending; `Int.max` where no position is kept.
    private(set) var costs = (Int.max, Int.max, Int.max)
    /// Node after which the order goes, for each kept cost.
    private(set) var positions = (-1, -1, -1)

    /// Slots that keep no position.
    static let empty = InsertionSlots()

    /// Keeps the insertion after node `position` if it is among the three cheapest so far.
    @inline(__always)
    mutating func offer(cost: Int, after position: Int) {
        if cost >= costs.2 { return }
        if cost < costs.0 {
            costs = (cost, costs.0, costs.1)
            positions = (position, positions.0, positions.1)
        } else if cost < costs.1 {
            costs = (costs.0, cost, costs.1)
            positions = (positions.0, position, positions.1)
        } else {
            costs.2 = cost
            positions.2 = position
        }
    }

    /// The cheapest kept insertion that is not next to node `removed`, which the exchange takes
    /// out (inserting right before or after it is priced separately, in its place).
    /// - Returns: cost and position, or `nil` when every kept position touches the removed node.
    @inline(__always)
    func cheapest(avoidingNeighboursOf removed: Int) -> (cost: Int, after: Int)? {
        if costs.0 != Int.max, positions.0 != removed - 1, positions.0 != removed { return (costs.0, positions.0) }
        if costs.1 != Int.max, positions.1 != removed - 1, positions.1 != removed { return (costs.1, positions.1) }
        if costs.2 != Int.max, positions.2 != removed - 1, positions.2 != removed { return (costs.2, positions.2) }
        return nil
    }
}
