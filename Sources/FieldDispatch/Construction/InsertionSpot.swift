/// Where an order enters a route, and what it costs: the order goes after node `after`; the
/// delivery of a pair, inserted with its pick-up, goes after node `deliveryAfter` of the same
/// route as it was (so `deliveryAfter == after` puts the delivery right behind the pick-up).
struct InsertionSpot: Hashable {
    /// Rise in the route's search cost.
    var delta: Int
    /// Node after which the order (or a pair's pick-up) goes.
    var after: Int
    /// Node after which a pair's delivery goes; -1 for an order without a pair.
    var deliveryAfter = -1
}
