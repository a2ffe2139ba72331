/// A split of a solution into regions for a cooperative search: every technician (with all its
/// shifts and routed orders) and every unassigned order goes to exactly one region.
///
/// Regions come from recursive bisection by travel time: a random item and the item farthest
/// from it are the poles, items are sorted by how much nearer they lie to the first pole, and
/// the sorted list is cut so that the parts carry shares of orders proportional to their region
/// counts. The random first pole moves the borders from one split to the next.
struct RegionSplit {
    /// Technician indices of each region, ascending.
    private(set) var technicians: [[Int]]
    /// Order indices of each region (routed and unassigned), ascending.
    private(set) var orders: [[Int]]

    /// One item of the bisection: a technician or an unassigned order.
    private struct Item {
        /// Technician index, or -1 for an unassigned order.
        var technician: Int
        /// The order, when the item is an unassigned order.
        var order: Int
        /// Location index the item stands at.
        var location: Int
        /// Orders it brings, plus one per technician so that idle technicians spread out too.
        var weight: Int
    }

    /// Splits `state` into `count` regions.
    /// - Complexity: O((m + u) log(m + u) × log count) for m technicians and u unassigned orders,
    ///   plus O(n) to list the orders.
    init(_ state: SearchState, into count: Int, random: inout SplitMix64) {
        let instance = state.instance
        var vehiclesOf = Array(repeating: [Int](), count: instance.problem.technicians.count)
        for v in 0..<instance.vehicleCount { vehiclesOf[instance.vehicles[v].technicianIndex].append(v) }
        var items: [Item] = []
        for (t, vehicles) in vehiclesOf.enumerated() where !vehicles.isEmpty {
            let routed = vehicles.reduce(0) { $0 + state.routes[$1].count }
            // The middle order of its longest route, or where its first shift starts.
            let longest = vehicles.max { state.routes[$0].count < state.routes[$1].count } ?? vehicles[0]
            let route = state.routes[longest]
            let location = route.isEmpty ? instance.vehicles[vehicles[0]].startLocation : Int(route[route.count / 2])
            items.append(Item(technician: t, order: -1, location: location, weight: routed + 1))
        }
        for raw in state.unassigned.sorted() where instance.pickupOf[Int(raw)] < 0 {
            items.append(Item(technician: -1, order: Int(raw), location: Int(raw), weight: 1))
        }
        var parts: [[Item]] = []
        Self.bisect(items, into: max(1, count), instance: instance, random: &random, parts: &parts)
        technicians = parts.map { part in part.compactMap { $0.technician >= 0 ? $0.technician : nil }.sorted() }
        var regionOf = Array(repeating: 0, count: instance.orderCount)
        var regionOfVehicle = Array(repeating: 0, count: instance.vehicleCount)
        for (region, members) in technicians.enumerated() {
            for t in members { for v in vehiclesOf[t] { regionOfVehicle[v] = region } }
        }
        for order in 0..<instance.orderCount where state.routeOf[order] >= 0 {
            regionOf[order] = regionOfVehicle[Int(state.routeOf[order])]
        }
        for (region, part) in parts.enumerated() {
            for item in part where item.technician < 0 {
                // An order goes where a technician may serve it; a pair's delivery follows its pick-up.
                let certified = instance.compatibleVehicles[item.order].map { regionOfVehicle[Int($0)] }
                let home = certified.contains(region) ? region : certified.first ?? region
                regionOf[item.order] = home
                let delivery = Int(instance.deliveryOf[item.order])
                if delivery >= 0 { regionOf[delivery] = home }
            }
        }
        var orders = Array(repeating: [Int](), count: parts.count)
        for order in 0..<instance.orderCount { orders[regionOf[order]].append(order) }
        self.orders = orders
    }

    /// Cuts `items` into `count` parts, appending them to `parts`.
    private static func bisect(_ items: [Item], into count: Int, instance: Instance, random: inout SplitMix64,
                               parts: inout [[Item]]) {
        guard count > 1, items.count > 1 else {
            parts.append(items)
            for _ in 1..<max(1, count) { parts.append([]) }
            return
        }
        let first = items[random.nextInt(below: items.count)].location
        let second = items.max { instance.travel.duration(0, first, $0.location) < instance.travel.duration(0, first, $1.location) }!.location
        let keyed = items.map { item in
            (key: instance.travel.duration(0, first, item.location) - instance.travel.duration(0, second, item.location), item: item)
        }.sorted { ($0.key, $0.item.technician, $0.item.order) < ($1.key, $1.item.technician, $1.item.order) }
        let near = count / 2
        let total = items.reduce(0) { $0 + $1.weight }
        let target = total * near / count
        var cut = 0, carried = 0
        while cut < keyed.count - 1 && carried + keyed[cut].item.weight <= target {
            carried += keyed[cut].item.weight
            cut += 1
        }
        cut = max(1, cut)
        bisect(keyed[..<cut].map(\.item), into: near, instance: instance, random: &random, parts: &parts)
        bisect(keyed[cut...].map(\.item), into: count - near, instance: instance, random: &random, parts: &parts)
    }
}
