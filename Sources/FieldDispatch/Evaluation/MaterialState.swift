/// What a van holds while a route is scheduled: counted parts, parts refilled at a depot, tools.
struct MaterialState {
    let instance: Instance
    let vehicle: Int
    /// Whether the route has any order that needs parts or tools; otherwise nothing is tracked.
    let isActive: Bool
    private var stock: [Int]
    private var unlimited: [Bool]
    private var tools: [Bool]

    /// The van at the start of the vehicle's shift, tracked only when `orders` need materials.
    /// - Complexity: O(orders); the van's arrays are shared with the table until the route
    ///   consumes or restocks.
    init(instance: Instance, vehicle: Int, orders: [Int32]) {
        self.instance = instance
        self.vehicle = vehicle
        isActive = instance.materials.isUsed && orders.contains { instance.materials.needsMaterials(Int($0)) }
        guard isActive else {
            stock = []
            tools = []
            unlimited = []
            return
        }
        let technician = instance.vehicles[vehicle].technicianIndex
        stock = instance.materials.vanStock[technician]
        tools = instance.materials.vanTools[technician]
        unlimited = instance.materials.noRefills
    }

    /// Whether the van lacks a part or tool `order` needs.
    func isShort(of order: Int) -> Bool {
        guard instance.materials.needsMaterials(order) else { return false }
        for need in instance.materials.orderParts[order] where !unlimited[need.part] && stock[need.part] < need.quantity { return true }
        for tool in instance.materials.orderTools[order] where !tools[tool] { return true }
        return false
    }

    /// The depot with the least detour from `location` to `order` that stocks everything the
    /// order misses, if the vehicle may still restock.
    /// - Complexity: O(depots × needs).
    func chooseDepot(for order: Int, from location: Int, restocksUsed: Int) -> Int? {
        let table = instance.materials
        let data = instance.vehicles[vehicle]
        guard restocksUsed < data.maxRestocks else { return nil }
        var best: Int?
        var bestDetour = Int.max
        for depot in table.depotLocations.indices {
            let covers = table.orderParts[order].allSatisfy { need in
                unlimited[need.part] || stock[need.part] >= need.quantity || table.depotParts[depot][need.part]
            } && table.orderTools[order].allSatisfy { tools[$0] || table.depotTools[depot][$0] }
            guard covers else { continue }
            let at = table.depotLocations[depot]
            let detour = instance.travel.duration(data.profile, location, at) + instance.travel.duration(data.profile, at, order)
            if detour < bestDetour {
                bestDetour = detour
                best = depot
            }
        }
        return best
    }

    /// Refills every part the depot stocks and loads its tools.
    mutating func restock(at depot: Int) {
        let table = instance.materials
        for part in unlimited.indices where table.depotParts[depot][part] { unlimited[part] = true }
        for tool in tools.indices where table.depotTools[depot][tool] { tools[tool] = true }
    }

    /// Takes the order's parts out of the van.
    mutating func consume(_ order: Int) {
        guard instance.materials.needsMaterials(order) else { return }
        for need in instance.materials.orderParts[order] where !unlimited[need.part] {
            stock[need.part] = max(0, stock[need.part] - need.quantity)
        }
    }
}
