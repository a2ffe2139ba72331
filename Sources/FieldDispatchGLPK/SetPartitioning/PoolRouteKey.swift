/// What a pool route does, whatever it costs: the orders it serves (as a set) and its vehicle.
/// Two routes with the same key are interchangeable in a selection, so only the cheaper matters.
struct PoolRouteKey: Hashable, Sendable {
    var orders: [Int]
    var vehicle: Int

    init(_ route: PoolRoute) {
        orders = route.orders.sorted()
        vehicle = route.vehicle
    }
}
