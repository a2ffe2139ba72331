/// What a van holds while a route is scheduled: counted parts, parts refilled at a depot, tools.
///
/// Holds no reference to the instance, and no arrays unless the route needs materials, so the
/// exact schedule of a route without parts or tools neither retains nor releases anything here.
struct MaterialState {
    /// The van's contents, tracked only while the route has an order that needs parts or tools.
    private struct Van {
        var stock: [Int]
        var unlimited: [Bool]
        var tools: [Bool]
    }

    let vehicle: Int
    private var van: Van?

    /// Whether the route has any order that needs parts or tools; otherwise nothing is tracked.
    var isActive: Bool { van != nil }

    /// The van at the start of the vehicle's shift, tracked only when `orders` need materials.
    /// - Complexity: O(orders); the van's arrays are shared with the table until the route
    ///   consumes or restocks.
    init(instance: Instance, vehicle: Int, orders: [Int32]) {
        self.vehicle = vehicle
        // Read in place: a local copy of the table would retain and release each of its arrays.
        guard instance.materials.isUsed, orders.contains(where: { instance.materials.needsMaterials(Int($0)) }) else { return }
        let technician = instance.vehicles[vehicle].technicianIndex
        van = Van(stock: instance.materials.vanStock[technician], unlimited: instance.materials.noRefills,
                  tools: instance.materials.vanTools[technician])
    }

    /// Whether the van lacks a part or tool `order` needs.
    func isShort(of order: Int, in instance: Instance) -> Bool {
        // `van!` reads in place; binding it would retain and release its three arrays.
        guard van != nil, instance.materials.needsMaterials(order) else { return false }
        for need in instance.materials.orderParts[order] where !van!.unlimited[need.part] && van!.stock[need.part] < need.quantity { return true }
        for tool in instance.materials.orderTools[order] where !van!.tools[tool] { return true }
        return false
    }

    /// The depot with the least detour from `location` to `order` that stocks everything the
    /// order misses, if the vehicle may still restock.
    /// - Complexity: O(depots × needs).
    func chooseDepot(for order: Int, from location: Int, restocksUsed: Int, in instance: Instance) -> Int? {
        let data = instance.vehicles[vehicle]
        guard van != nil, restocksUsed < data.maxRestocks else { return nil }
        var best: Int?
        var bestDetour = Int.max
        for depot in instance.materials.depotLocations.indices {
            let covers = instance.materials.orderParts[order].allSatisfy { need in
                van!.unlimited[need.part] || van!.stock[need.part] >= need.quantity || instance.materials.depotParts[depot][need.part]
            } && instance.materials.orderTools[order].allSatisfy { van!.tools[$0] || instance.materials.depotTools[depot][$0] }
            guard covers else { continue }
            let at = instance.materials.depotLocations[depot]
            let detour = instance.travel.duration(data.profile, location, at) + instance.travel.duration(data.profile, at, order)
            if detour < bestDetour {
                bestDetour = detour
                best = depot
            }
        }
        return best
    }

    /// Refills every part the depot stocks and loads its tools.
    mutating func restock(at depot: Int, in instance: Instance) {
        guard van != nil else { return }
        for part in van!.unlimited.indices where instance.materials.depotParts[depot][part] { van!.unlimited[part] = true }
        for tool in van!.tools.indices where instance.materials.depotTools[depot][tool] { van!.tools[tool] = true }
    }

    /// Takes the order's parts out of the van.
    mutating func consume(_ order: Int, in instance: Instance) {
        guard van != nil, instance.materials.needsMaterials(order) else { return }
        for need in instance.materials.orderParts[order] where !van!.unlimited[need.part] {
            van!.stock[need.part] = max(0, van!.stock[need.part] - need.quantity)
        }
    }
}
