/// A ``Problem`` compiled for the search: dense indices, one vehicle per technician shift,
/// compatibility tables, service durations per vehicle class, travel and neighbour lists.
///
/// Ids appear only at the edges (reading the problem, writing the plan); the search works on
/// `Int` indices into flat arrays. Immutable once built: it is a class only so that every
/// search state shares one copy of its tables without reference-counting each of them.
public final class Instance: Sendable {
    /// A bound far beyond any time, load or count of a real problem, safe to add without overflow.
    public static let unbounded = 1 << 50

    /// The problem this instance was compiled from.
    public let problem: Problem
    /// Orders are indexed `0..<orderCount`, in problem order.
    public let orderCount: Int
    /// One vehicle per (technician, shift), in problem order.
    public let vehicles: [Vehicle]
    /// Travel between location indices; order `i` is at location `i`.
    public let travel: TravelTable
    /// Parts and tools.
    public let materials: MaterialTable
    /// Earliest service start over the order's windows (segment pricing).
    let earliest: [Int]
    /// Latest service start over the order's hard windows; soft windows do not bound it.
    let latest: [Int]
    /// Time windows of each order, as given.
    let windows: [[TimeWindow]]
    /// SLA deadline of each order, or ``unbounded``.
    let slaDeadline: [Int]
    /// Demand on van capacity.
    let demand: [Int]
    /// Priority of each order.
    let priority: [Priority]
    /// Orders whose rules segments cannot price exactly (several or soft windows, SLA, parts,
    /// tools, preferences): moves touching them are checked by the exact schedule.
    let isComplexOrder: [Bool]
    /// Flat service durations, `order * classCount + durationClass`.
    let serviceDurations: [Int]
    let classCount: Int
    /// Flat compatibility, `order * vehicleCount + vehicle`.
    let compatible: [Bool]
    /// Whether every vehicle may serve every order, so moves need no compatibility checks.
    public let isFullyCompatible: Bool
    /// Vehicles certified for each order, ascending.
    public let compatibleVehicles: [[Int32]]
    /// Each order's nearest orders that share a certified vehicle, closest first.
    public let neighbours: [[Int32]]
    /// Breaks of each vehicle's shift by earliest start, each with its index in ``Shift/breaks``.
    let vehicleBreaks: [[(index: Int, rest: Break)]]
    /// Location index of each depot.
    var depotLocations: [Int] { materials.depotLocations }

    /// Number of vehicles.
    public var vehicleCount: Int { vehicles.count }

    /// Compiles a problem.
    /// - Parameters:
    ///   - problem: a validated problem.
    ///   - neighbourCount: length of each order's neighbour list.
    /// - Complexity: O(n² + n·m) plus one travel query per tabulated pair.
    public init(problem: Problem, neighbourCount: Int = 30) {
        self.problem = problem
        let n = problem.orders.count
        orderCount = n
        var locations = problem.orders.map(\.location)
        var extraIndex: [Location: Int] = [:]
        func index(of location: Location) -> Int {
            if let known = extraIndex[location] { return known }
            extraIndex[location] = locations.count
            locations.append(location)
            return locations.count - 1
        }
        var profiles: [TravelProfile] = []
        var profileIndex: [TravelProfile: Int] = [:]
        let byLevel = problem.orders.contains { !$0.serviceDurationByLevel.isEmpty }
        let pendingEnds = problem.technicians.flatMap { technician in
            technician.shifts.map { shift in (index(of: shift.startLocation), shift.endLocation.map(index(of:))) }
        }
        let depotLocations = problem.depots.map { index(of: $0.location) }
        for technician in problem.technicians where profileIndex[technician.travelProfile] == nil {
            profileIndex[technician.travelProfile] = profiles.count
            profiles.append(technician.travelProfile)
        }
        if profiles.isEmpty { profiles = [.car] }
        let travel = TravelTable(locations: locations, profiles: profiles, provider: problem.travel)
        self.travel = travel

        var vehicles: [Vehicle] = []
        var pending = pendingEnds.makeIterator()
        for (t, technician) in problem.technicians.enumerated() {
            for s in technician.shifts.indices {
                let (start, end) = pending.next()!
                vehicles.append(Vehicle(
                    technician: technician, technicianIndex: t, shiftIndex: s, startLocation: start,
                    endLocation: end ?? travel.openEnd, profile: profileIndex[technician.travelProfile] ?? 0,
                    durationClass: byLevel ? t : 0, allowsLateStart: problem.objective.allowsLateShiftStart))
            }
        }
        self.vehicles = vehicles
        vehicleBreaks = problem.technicians.flatMap { technician in
            technician.shifts.map { shift in
                shift.breaks.enumerated().map { (index: $0.offset, rest: $0.element) }
                    .sorted { ($0.rest.earliestStart, $0.index) < ($1.rest.earliestStart, $1.index) }
            }
        }
        classCount = byLevel ? max(1, problem.technicians.count) : 1
        serviceDurations = problem.orders.flatMap { order in
            byLevel ? problem.technicians.map { order.serviceDuration(by: $0.skills) } : [order.serviceDuration]
        }
        earliest = problem.orders.map { $0.timeWindows.first?.start ?? -Self.unbounded }
        latest = problem.orders.map { order in
            if order.timeWindows.isEmpty || order.timeWindows.contains(where: \.isSoft) { return Self.unbounded }
            return order.timeWindows.last!.end
        }
        windows = problem.orders.map(\.timeWindows)
        slaDeadline = problem.orders.map { $0.slaDeadline ?? Self.unbounded }
        demand = problem.orders.map(\.demand)
        priority = problem.orders.map(\.priority)
        let materials = MaterialTable(problem: problem, depotLocations: depotLocations)
        self.materials = materials
        let bonus = problem.objective.preferredTechnicianBonus
        isComplexOrder = problem.orders.indices.map { i in
            let order = problem.orders[i]
            return order.timeWindows.count > 1 || order.timeWindows.contains(where: \.isSoft) || order.slaDeadline != nil
                || materials.needsMaterials(i) || (bonus != 0 && !order.preferredTechnicians.isEmpty)
        }
        let m = vehicles.count
        var compatible = [Bool](repeating: false, count: n * m)
        var lists: [[Int32]] = []
        let certified = problem.orders.map { order in problem.technicians.map { $0.isCertified(for: order) } }
        for i in 0..<n {
            var list: [Int32] = []
            for (v, vehicle) in vehicles.enumerated() where certified[i][vehicle.technicianIndex] {
                compatible[i * m + v] = true
                list.append(Int32(v))
            }
            lists.append(list)
        }
        self.compatible = compatible
        isFullyCompatible = !compatible.contains(false)
        compatibleVehicles = lists
        neighbours = NeighbourLists.build(
            orderCount: n, count: neighbourCount, compatibleVehicles: lists, vehicleCount: m,
            earliest: earliest, latest: latest, service: problem.orders.map(\.serviceDuration),
            duration: { a, b in travel.duration(0, a, b) })
    }

    /// Service duration of `order` when served by `vehicle`.
    @inline(__always)
    func serviceDuration(_ order: Int, on vehicle: Int) -> Int {
        serviceDurations[order &* classCount &+ vehicles[vehicle].durationClass]
    }

    /// Whether `vehicle`'s technician is certified for `order`.
    @inline(__always)
    public func canServe(_ order: Int, on vehicle: Int) -> Bool { compatible[order &* vehicles.count &+ vehicle] }
}
