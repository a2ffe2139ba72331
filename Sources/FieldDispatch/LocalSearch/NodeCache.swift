/// What a route caches at one node position, so that a move is priced in O(1): the segment of
/// the route up to the node, the segment from the node to the end, and the cumulative distance,
/// driving time and load up to the node.
///
/// The five sit together so that one route's caches are one array: a pricing loop reads
/// neighbouring positions from the same cache lines and holds one array, not five.
struct NodeCache {
    /// Segment of nodes `0...k`.
    var forward: DurationSegment
    /// Segment of nodes `k...L + 1`.
    var backward: DurationSegment
    /// Driving distance from the shift start to node `k`.
    var distance: Int
    /// Driving time from the shift start to node `k`.
    var travel: Int
    /// Demand loaded up to node `k`.
    var load: Int

    /// A placeholder overwritten when the route is refreshed.
    static let blank = NodeCache(forward: DurationSegment(service: 0, earliest: 0, latest: 0),
                                 backward: DurationSegment(service: 0, earliest: 0, latest: 0), distance: 0, travel: 0, load: 0)
}
