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
        let orders = HilbertCurve.sorted(unordered, locations: whole.orders.map(\.location))
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
