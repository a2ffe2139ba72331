/// One region of a ``RegionSplit`` as a problem of its own: its technicians and orders, compiled,
/// with the maps between its indices and the whole problem's.
struct RegionProblem: Sendable {
    /// The region compiled.
    let instance: Instance
    /// The whole problem's order index of each of the region's orders.
    let globalOrder: [Int32]
    /// The whole problem's vehicle of each of the region's vehicles.
    let globalVehicle: [Int]

    /// Compiles the region with `technicians` and `orders` (indices into `parent`'s problem).
    ///
    /// The region's orders are numbered along a space-filling curve, so that orders near each
    /// other have near indices and their legs sit close together in the travel table. Legs are
    /// copied from `parent`'s travel table when it has one.
    /// - Complexity: that of compiling a problem of the region's size.
    init(parent: Instance, technicians: [Int], orders unordered: [Int]) {
        let whole = parent.problem
        let orders = Self.alongCurve(unordered, locations: whole.orders.map(\.location))
        let problem = Problem(
            unchecked: whole.name, orders: orders.map { whole.orders[$0] },
            technicians: technicians.map { whole.technicians[$0] }, depots: whole.depots, outlets: whole.outlets,
            travel: whole.travel, objective: whole.objective, timeReference: whole.timeReference)
        globalOrder = orders.map(Int32.init)
        instance = Instance(problem: problem, part: (parent, globalOrder))
        var vehicleOfShift: [Int: [Int: Int]] = [:]
        for (v, vehicle) in parent.vehicles.enumerated() { vehicleOfShift[vehicle.technicianIndex, default: [:]][vehicle.shiftIndex] = v }
        globalVehicle = instance.vehicles.map { vehicle in
            vehicleOfShift[technicians[vehicle.technicianIndex]]![vehicle.shiftIndex]!
        }
    }

    /// `orders` sorted by their place on a Hilbert curve over the orders' bounding box (ties,
    /// such as orders without coordinates, by index).
    /// - Complexity: O(k log k) for k orders.
    static func alongCurve(_ orders: [Int], locations: [Location]) -> [Int] {
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
            return hilbertIndex(x: Int((at.x - low.x) * scale), y: Int((at.y - low.y) * scale), side: side)
        }
        return orders.indices.sorted { (keys[$0], orders[$0]) < (keys[$1], orders[$1]) }.map { orders[$0] }
    }

    /// The distance of cell `(x, y)` along the Hilbert curve filling a `side` × `side` grid
    /// (`side` a power of two).
    static func hilbertIndex(x: Int, y: Int, side: Int) -> Int {
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

    /// The region's part of `whole`: the routes of its vehicles; its other orders unassigned.
    /// - Complexity: O(n) plus building the region's routes.
    func state(from whole: SearchState) -> SearchState {
        var localOrder = Array(repeating: Int32(-1), count: whole.instance.orderCount)
        for (local, global) in globalOrder.enumerated() { localOrder[Int(global)] = Int32(local) }
        let routes = globalVehicle.map { v in whole.routes[v].map { localOrder[Int($0)] } }
        return SearchState(instance: instance, routes: routes)
    }

    /// Writes the region's routes of `part` into `whole`.
    /// - Complexity: O(region's stops) plus refreshing the changed routes.
    func write(_ part: SearchState, into whole: inout SearchState) {
        for (local, v) in globalVehicle.enumerated() {
            let route = part.routes[local].map { globalOrder[Int($0)] }
            if route != whole.routes[v] { whole.setRoute(v, route) }
        }
    }
}
