import Foundation

/// Cheapest insertion for large problems: each order, by earliest window start, goes to its
/// cheapest feasible place among the routes near it, so one insertion costs O(k + q) route
/// evaluations instead of one per certified vehicle.
///
/// The routes near an order are those that already hold one of its neighbours, and the routes
/// of the ``nearestVehicles`` certified vehicles whose shifts start closest to it (so empty
/// routes open where the work is). Only when none of them can take the order are all its
/// certified vehicles tried, which keeps the construction as complete as a full scan.
struct NearbyInsertion {
    /// Certified vehicles tried by shift-start proximity, besides the routes of neighbours.
    var nearestVehicles = 12
    private var marked: [Bool] = []
    private var nearby: [Int] = []
    private var closest: [(distance: Double, vehicle: Int)] = []
    /// Planar coordinates of each vehicle's start and each order, for ranking starts by distance.
    private var startX: [Double] = []
    private var startY: [Double] = []
    private var orderX: [Double] = []
    private var orderY: [Double] = []

    /// Inserts each of `orders`, by earliest window start, at its cheapest feasible nearby place.
    /// - Parameters:
    ///   - orders: unassigned orders to insert.
    ///   - state: the solution to extend.
    ///   - inserter: prices and performs the insertions.
    ///   - deadline: stops early when passed (the rest stay unassigned).
    /// - Complexity: O(p log p + p · (m_c + (k + q) · L)) for p orders with m_c certified vehicles
    ///   each (scanned once to rank their starts), k neighbours, q nearest vehicles and routes of
    ///   length L; O(p · m_c · L) for orders no nearby route can take.
    mutating func insert(_ orders: [Int32], into state: inout SearchState, inserter: inout Inserter,
                         random: inout SplitMix64, deadline: SearchDeadline?) {
        let instance = state.instance
        prepare(instance)
        let sorted = instance.insertionLeads(orders).sorted { (instance.earliest[Int($0)], $0) < (instance.earliest[Int($1)], $1) }
        for raw in sorted {
            if let deadline, deadline.hasPassed() { return }
            let order = Int(raw)
            var best: (spot: InsertionSpot, vehicle: Int)?
            for v in candidates(of: order, in: state) {
                guard let found = inserter.best(order, into: v, state: state, random: &random) else { continue }
                if found.delta < (best?.spot.delta ?? Int.max) || (found.delta == best?.spot.delta && v < best!.vehicle) {
                    best = (found, v)
                }
            }
            if best == nil {
                for vehicle in instance.compatibleVehicles[order] {
                    let v = Int(vehicle)
                    guard let found = inserter.best(order, into: v, state: state, random: &random) else { continue }
                    if found.delta < (best?.spot.delta ?? Int.max) { best = (found, v) }
                }
            }
            if let best { inserter.insert(order, into: best.vehicle, at: best.spot, state: &state) }
        }
    }

    /// Projects starts and orders once per instance, longitude shrunk by the mean latitude's cosine.
    private mutating func prepare(_ instance: Instance) {
        guard marked.count != instance.vehicleCount || orderX.count != instance.orderCount else { return }
        let problem = instance.problem
        let geographic = !(problem.travel is EuclideanTravel)
        let latitudes = problem.orders.map(\.location.y)
        let mean = latitudes.isEmpty ? 0 : latitudes.reduce(0, +) / Double(latitudes.count)
        let shrink = geographic ? cos(mean * Double.pi / 180) : 1
        let starts = instance.vehicles.map { problem.technicians[$0.technicianIndex].shifts[$0.shiftIndex].startLocation }
        startX = starts.map { $0.x * shrink }
        startY = starts.map(\.y)
        orderX = problem.orders.map { $0.location.x * shrink }
        orderY = latitudes
        marked = Array(repeating: false, count: instance.vehicleCount)
    }

    /// The routes holding the order's neighbours, then its certified vehicles with the nearest
    /// starts, each once, in a fixed order.
    /// - Complexity: O(k + m_c log q).
    private mutating func candidates(of order: Int, in state: SearchState) -> [Int] {
        let instance = state.instance
        nearby.removeAll(keepingCapacity: true)
        state.appendNeighbourRoutes(of: order, to: &nearby, marked: &marked)
        closest.removeAll(keepingCapacity: true)
        let x = orderX[order], y = orderY[order]
        for raw in instance.compatibleVehicles[order] {
            let v = Int(raw)
            let dx = startX[v] - x, dy = startY[v] - y
            let distance = dx * dx + dy * dy
            if closest.count == nearestVehicles, let worst = closest.last, (distance, v) >= (worst.distance, worst.vehicle) { continue }
            var slot = closest.count
            while slot > 0 && (closest[slot - 1].distance, closest[slot - 1].vehicle) > (distance, v) { slot -= 1 }
            closest.insert((distance, v), at: slot)
            if closest.count > nearestVehicles { closest.removeLast() }
        }
        for entry in closest where !marked[entry.vehicle] {
            marked[entry.vehicle] = true
            nearby.append(entry.vehicle)
        }
        for v in nearby { marked[v] = false }
        return nearby
    }
}
