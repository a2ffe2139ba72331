/// What a van holds while a route is scheduled: counted parts, parts refilled at a depot, tools.
///
/// Holds no reference to the instance. The van starts as the technician's stock in the table;
/// the parts a route takes and the depots it restocks at are kept inline, so the exact schedule
/// of a route neither allocates nor shares an array here. A route that takes more distinct parts
/// or restocks more often than the inline space holds carries its van as arrays from then on.
struct MaterialState {
    /// The van's contents as arrays, once the inline space is used up.
    private struct Van {
        var stock: [Int]
        var unlimited: [Bool]
        var tools: [Bool]
    }

    let vehicle: Int
    private let technician: Int
    /// Whether the route has any order that needs parts or tools; otherwise nothing is tracked.
    let isActive: Bool
    /// Parts taken so far and the stock left of each: the first `takenCount` entries (at most 8
    /// distinct parts before the van becomes arrays).
    private var takenParts = InlineArray<8, Int32>(repeating: 0)
    private var stockLeft = InlineArray<8, Int32>(repeating: 0)
    private var takenCount = 0
    /// Depots restocked at so far: the first `restockCount` entries (at most 8).
    private var restocked = InlineArray<8, Int32>(repeating: 0)
    private var restockCount = 0
    private var van: Van?

    /// The van at the start of the vehicle's shift, tracked only when `orders` need materials.
    /// - Complexity: O(orders).
    init(instance: Instance, vehicle: Int, orders: [Int32]) {
        self.vehicle = vehicle
        technician = instance.vehicles[vehicle].technicianIndex
        isActive = instance.materials.isUsed && orders.contains { instance.materials.needsMaterials(Int($0)) }
    }

    /// Whether a restock has made `part` unlimited.
    private func isUnlimited(_ part: Int, in instance: Instance) -> Bool {
        if van != nil { return van!.unlimited[part] }
        for k in 0..<restockCount where instance.materials.depotParts[Int(restocked[k])][part] { return true }
        return false
    }

    /// How many of `part` the van still holds (unlimited parts aside).
    private func stock(of part: Int, in instance: Instance) -> Int {
        if van != nil { return van!.stock[part] }
        for k in 0..<takenCount where Int(takenParts[k]) == part { return Int(stockLeft[k]) }
        return instance.materials.vanStock[technician][part]
    }

    /// Whether the van carries `tool`, from the start or from a restock.
    private func hasTool(_ tool: Int, in instance: Instance) -> Bool {
        if van != nil { return van!.tools[tool] }
        if instance.materials.vanTools[technician][tool] { return true }
        for k in 0..<restockCount where instance.materials.depotTools[Int(restocked[k])][tool] { return true }
        return false
    }

    /// Whether the van lacks a part or tool `order` needs.
    func isShort(of order: Int, in instance: Instance) -> Bool {
        guard isActive, instance.materials.needsMaterials(order) else { return false }
        let parts = instance.materials.orderParts[order].count
        for k in 0..<parts {
            let need = instance.materials.orderParts[order][k]
            if !isUnlimited(need.part, in: instance) && stock(of: need.part, in: instance) < need.quantity { return true }
        }
        let tools = instance.materials.orderTools[order].count
        for k in 0..<tools where !hasTool(instance.materials.orderTools[order][k], in: instance) { return true }
        return false
    }

    /// The depot with the least detour from `location` to `order` that stocks everything the
    /// order misses, if the vehicle may still restock.
    /// - Complexity: O(depots × needs).
    func chooseDepot(for order: Int, from location: Int, restocksUsed: Int, in instance: Instance) -> Int? {
        let data = instance.vehicles[vehicle]
        guard isActive, restocksUsed < data.maxRestocks else { return nil }
        var best: Int?
        var bestDetour = Int.max
        for depot in instance.materials.depotLocations.indices {
            let covers = instance.materials.orderParts[order].allSatisfy { need in
                isUnlimited(need.part, in: instance) || stock(of: need.part, in: instance) >= need.quantity
                    || instance.materials.depotParts[depot][need.part]
            } && instance.materials.orderTools[order].allSatisfy { hasTool($0, in: instance) || instance.materials.depotTools[depot][$0] }
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
        guard isActive else { return }
        if van == nil && restockCount < restocked.count {
            restocked[restockCount] = Int32(depot)
            restockCount += 1
            return
        }
        makeArrays(in: instance)
        for part in van!.unlimited.indices where instance.materials.depotParts[depot][part] { van!.unlimited[part] = true }
        for tool in van!.tools.indices where instance.materials.depotTools[depot][tool] { van!.tools[tool] = true }
    }

    /// Takes the order's parts out of the van.
    mutating func consume(_ order: Int, in instance: Instance) {
        guard isActive, instance.materials.needsMaterials(order) else { return }
        let parts = instance.materials.orderParts[order].count
        for k in 0..<parts {
            let need = instance.materials.orderParts[order][k]
            guard !isUnlimited(need.part, in: instance) else { continue }
            let left = max(0, stock(of: need.part, in: instance) - need.quantity)
            setStock(of: need.part, to: left, in: instance)
        }
    }

    /// Records the stock left of `part`.
    private mutating func setStock(of part: Int, to left: Int, in instance: Instance) {
        if van == nil {
            // Stock only falls, so a part already inline keeps fitting.
            for k in 0..<takenCount where Int(takenParts[k]) == part {
                stockLeft[k] = Int32(left)
                return
            }
            if takenCount < takenParts.count && left <= Int(Int32.max) {
                takenParts[takenCount] = Int32(part)
                stockLeft[takenCount] = Int32(left)
                takenCount += 1
                return
            }
            makeArrays(in: instance)
        }
        van!.stock[part] = left
    }

    /// Moves the van from the inline lists to arrays, keeping what it holds.
    private mutating func makeArrays(in instance: Instance) {
        guard van == nil else { return }
        let table = instance.materials
        var stock = table.vanStock[technician]
        for k in 0..<takenCount { stock[Int(takenParts[k])] = Int(stockLeft[k]) }
        var unlimited = table.noRefills
        var tools = table.vanTools[technician]
        for k in 0..<restockCount {
            let depot = Int(restocked[k])
            for part in unlimited.indices where table.depotParts[depot][part] { unlimited[part] = true }
            for tool in tools.indices where table.depotTools[depot][tool] { tools[tool] = true }
        }
        van = Van(stock: stock, unlimited: unlimited, tools: tools)
    }
}
