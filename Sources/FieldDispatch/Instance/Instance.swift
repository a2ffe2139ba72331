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
    /// Orders with at most one window, and that one hard: their service start follows from
    /// ``earliest`` and ``latest`` alone.
    let hasPlainWindow: [Bool]
    /// SLA deadline of each order, or ``unbounded``.
    let slaDeadline: [Int]
    /// Demand on van capacity.
    let demand: [Int]
    /// Priority of each order.
    let priority: [Priority]
    /// Orders whose rules segments cannot price exactly (several or soft windows, SLA, parts,
    /// tools, preferences, pairs): moves touching them are checked by the exact schedule.
    let isComplexOrder: [Bool]
    /// For the delivery of a pair, the index of its pick-up; -1 otherwise.
    let pickupOf: [Int32]
    /// For the pick-up of a pair, the index of its delivery; -1 otherwise.
    let deliveryOf: [Int32]
    /// Whether any order belongs to a pair.
    let hasPairs: Bool
    /// Flat service durations, `order * classCount + durationClass`.
    let serviceDurations: [Int]
    let classCount: Int
    /// Compatibility bits, `compatibilityWords` words per order, bit `vehicle` set when certified.
    private let compatibility: [UInt64]
    private let compatibilityWords: Int
    /// Whether every vehicle may serve every order, so moves need no compatibility checks.
    public let isFullyCompatible: Bool
    /// Vehicles certified for each order, ascending.
    public let compatibleVehicles: [[Int32]]
    /// Each order's nearest orders that share a certified vehicle, closest first.
    public let neighbours: [[Int32]]
    /// Breaks of every vehicle's shift, vehicle after vehicle, each vehicle's by earliest start
    /// and each with its index in ``Shift/breaks``: vehicle `v`'s are
    /// `breaks[breakStart[v]..<breakStart[v + 1]]`. One flat list, so the exact schedule reads
    /// a break in place rather than retaining a list per vehicle.
    let breaks: [(index: Int, rest: Break)]
    /// Where each vehicle's breaks begin in ``breaks``, and after the last vehicle, their count.
    let breakStart: [Int]
    /// Location index of each depot.
    var depotLocations: [Int] { materials.depotLocations }

    /// Number of vehicles.
    public var vehicleCount: Int { vehicles.count }

    /// Compiles a problem.
    /// - Parameters:
    ///   - problem: a validated problem.
    ///   - neighbourCount: length of each order's neighbour list.
    /// - Complexity: O(n·m) for compatibility, plus one travel query per tabulated pair (problems
    ///   up to ``TravelTable/tabulationLimit`` locations or with a matrix) and the neighbour lists:
    ///   O(n²) scanned when tabulated, about O(n k²) from a spatial grid otherwise.
    ///   Memory O(n·(m / 64 + k + c)) words for c skill classes, plus the certified-vehicle lists
    ///   and a tabulated travel table when there is one.
    public convenience init(problem: Problem, neighbourCount: Int = 30) {
        self.init(problem: problem, neighbourCount: neighbourCount, part: nil)
    }

    /// Compiles a problem made of part of `part.parent`'s problem: its orders are the parent's
    /// orders `part.orders` (in that order), and its technicians, depots and travel provider
    /// are among the parent's. Legs are then copied from the parent's travel table when it has one.
    /// - Complexity: that of ``init(problem:neighbourCount:)``, with O(profiles × locations²)
    ///   copies instead of travel queries.
    init(problem: Problem, neighbourCount: Int = 30, part: (parent: Instance, orders: [Int32])?) {
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
        let travel = part.flatMap { Self.copiedTravel(of: locations, profiles: profiles, orderCount: n, part: $0) }
            ?? TravelTable(locations: locations, profiles: profiles, provider: problem.travel)
        self.travel = travel

        // Technicians with equal skills get equal durations and certifications (unless an order
        // names technicians), so both are computed once per skill class instead of per technician.
        var classOfSkills: [[SkillLevel]: Int] = [:]
        var classSkills: [[SkillLevel]] = []
        let skillClass = problem.technicians.map { technician in
            if let known = classOfSkills[technician.skills] { return known }
            classOfSkills[technician.skills] = classSkills.count
            classSkills.append(technician.skills)
            return classSkills.count - 1
        }
        var vehicles: [Vehicle] = []
        var pending = pendingEnds.makeIterator()
        for (t, technician) in problem.technicians.enumerated() {
            for s in technician.shifts.indices {
                let (start, end) = pending.next()!
                vehicles.append(Vehicle(
                    technician: technician, technicianIndex: t, shiftIndex: s, startLocation: start,
                    endLocation: end ?? travel.openEnd, profile: profileIndex[technician.travelProfile] ?? 0,
                    durationClass: byLevel ? skillClass[t] : 0, allowsLateStart: problem.objective.allowsLateShiftStart))
            }
        }
        self.vehicles = vehicles
        let vehicleBreaks = problem.technicians.flatMap { technician in
            technician.shifts.map { shift in
                shift.breaks.enumerated().map { (index: $0.offset, rest: $0.element) }
                    .sorted { ($0.rest.earliestStart, $0.index) < ($1.rest.earliestStart, $1.index) }
            }
        }
        breaks = vehicleBreaks.flatMap { $0 }
        breakStart = vehicleBreaks.reduce(into: [0]) { starts, shiftBreaks in starts.append(starts.last! + shiftBreaks.count) }
        classCount = byLevel ? max(1, classSkills.count) : 1
        serviceDurations = problem.orders.flatMap { order in
            byLevel ? classSkills.map { order.serviceDuration(by: $0) } : [order.serviceDuration]
        }
        earliest = problem.orders.map { $0.timeWindows.first?.start ?? -Self.unbounded }
        latest = problem.orders.map { order in
            if order.timeWindows.isEmpty || order.timeWindows.contains(where: \.isSoft) { return Self.unbounded }
            return order.timeWindows.last!.end
        }
        windows = problem.orders.map(\.timeWindows)
        hasPlainWindow = problem.orders.map { $0.timeWindows.count <= 1 && !$0.timeWindows.contains(where: \.isSoft) }
        slaDeadline = problem.orders.map { $0.slaDeadline ?? Self.unbounded }
        demand = problem.orders.map(\.demand)
        let pairs = Self.pairs(problem.orders)
        pickupOf = pairs.pickupOf
        deliveryOf = pairs.deliveryOf
        hasPairs = pickupOf.contains { $0 >= 0 }
        // A pair is placed as one: both members carry the more urgent of their priorities.
        priority = problem.orders.indices.map { i in
            let partner = max(pairs.pickupOf[i], pairs.deliveryOf[i])
            let own = problem.orders[i].priority
            return partner < 0 ? own : max(own, problem.orders[Int(partner)].priority)
        }
        let materials = MaterialTable(problem: problem, depotLocations: depotLocations)
        self.materials = materials
        let bonus = problem.objective.preferredTechnicianBonus
        isComplexOrder = problem.orders.indices.map { i in
            let order = problem.orders[i]
            return order.timeWindows.count > 1 || order.timeWindows.contains(where: \.isSoft) || order.slaDeadline != nil
                || materials.needsMaterials(i) || (bonus != 0 && !order.preferredTechnicians.isEmpty)
                || pairs.pickupOf[i] >= 0 || pairs.deliveryOf[i] >= 0
        }
        let m = vehicles.count
        let words = max(1, (m + 63) / 64)
        var compatibility = [UInt64](repeating: 0, count: n * words)
        var lists: [[Int32]] = []
        lists.reserveCapacity(n)
        var classCertified = [Bool](repeating: false, count: classSkills.count)
        for i in 0..<n {
            let order = problem.orders[i]
            let namesTechnicians = !order.excludedTechnicians.isEmpty || !order.requiredTechnicians.isEmpty
            if !namesTechnicians {
                for (c, skills) in classSkills.enumerated() {
                    classCertified[c] = order.requiredSkills.allSatisfy { need in
                        (skills.first { $0.skill == need.skill }?.level ?? 0) >= need.minimumLevel
                    }
                }
            }
            var list: [Int32] = []
            for (v, vehicle) in vehicles.enumerated() {
                let t = vehicle.technicianIndex
                let certified = namesTechnicians ? problem.technicians[t].isCertified(for: order) : classCertified[skillClass[t]]
                guard certified else { continue }
                compatibility[i * words + v / 64] |= 1 << UInt64(v % 64)
                list.append(Int32(v))
            }
            lists.append(list)
        }
        // Both members of a pair go to one technician, who must be certified for both.
        for delivery in 0..<n where pairs.pickupOf[delivery] >= 0 {
            let pickup = Int(pairs.pickupOf[delivery])
            for w in 0..<words {
                let both = compatibility[pickup * words + w] & compatibility[delivery * words + w]
                compatibility[pickup * words + w] = both
                compatibility[delivery * words + w] = both
            }
            let shared = lists[pickup].filter { compatibility[delivery * words + Int($0) / 64] >> UInt64($0 % 64) & 1 != 0 }
            lists[pickup] = shared
            lists[delivery] = shared
        }
        self.compatibility = compatibility
        compatibilityWords = words
        isFullyCompatible = lists.allSatisfy { $0.count == m }
        compatibleVehicles = lists
        // Tabulated travel means few enough locations (or a matrix) for the exact all-pairs scan.
        let grid = travel.isTabulated ? nil
            : SpatialGrid(locations: problem.orders.map(\.location), isGeographic: !(problem.travel is EuclideanTravel))
        neighbours = NeighbourLists.build(
            orderCount: n, count: neighbourCount, compatibleVehicles: lists, vehicleCount: m,
            earliest: earliest, latest: latest, service: problem.orders.map(\.serviceDuration), grid: grid,
            duration: { a, b in travel.duration(0, a, b) })
    }

    /// The pick-up and delivery index of every pair, read from ``ServiceOrder/pickupOrderId``.
    private static func pairs(_ orders: [ServiceOrder]) -> (pickupOf: [Int32], deliveryOf: [Int32]) {
        var pickupOf = [Int32](repeating: -1, count: orders.count)
        var deliveryOf = [Int32](repeating: -1, count: orders.count)
        guard orders.contains(where: { $0.pickupOrderId != nil }) else { return (pickupOf, deliveryOf) }
        var indexOfId: [String: Int] = [:]
        for (i, order) in orders.enumerated() { indexOfId[order.id] = i }
        for (delivery, order) in orders.enumerated() {
            guard let id = order.pickupOrderId, let pickup = indexOfId[id] else { continue }
            pickupOf[delivery] = Int32(pickup)
            deliveryOf[pickup] = Int32(delivery)
        }
        return (pickupOf, deliveryOf)
    }

    /// `orders` with each pair's delivery replaced by its pick-up, once: the orders an insertion
    /// places (a pick-up brings its delivery along).
    /// - Complexity: O(p).
    func insertionLeads(_ orders: [Int32]) -> [Int32] {
        guard hasPairs else { return orders }
        var seen = Set<Int32>()
        return orders.compactMap { raw in
            let lead = pickupOf[Int(raw)] >= 0 ? pickupOf[Int(raw)] : raw
            return seen.insert(lead).inserted ? lead : nil
        }
    }

    /// The other member of `order`'s pair, or -1.
    @inline(__always)
    func partner(of order: Int) -> Int { Int(max(pickupOf[order], deliveryOf[order])) }

    /// Service duration of `order` when served by `vehicle`.
    @inline(__always)
    func serviceDuration(_ order: Int, on vehicle: Int) -> Int {
        serviceDurations[order &* classCount &+ vehicles[vehicle].durationClass]
    }

    /// Whether `vehicle`'s technician is certified for `order`.
    @inline(__always)
    public func canServe(_ order: Int, on vehicle: Int) -> Bool {
        compatibility[order &* compatibilityWords &+ vehicle &>> 6] &>> UInt64(vehicle & 63) & 1 != 0
    }
}
