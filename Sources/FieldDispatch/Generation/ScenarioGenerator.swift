import Foundation

/// Makes synthetic after-sales service days for a city: outlets, technicians with skills and
/// vans, and a realistic mix of orders (repairs, installs, maintenance, return pick-ups of air
/// conditioners, water heaters and compressors; about 3 % emergencies; half-day and 2-hour windows).
///
/// The same settings and random source always give the same scenario.
public struct ScenarioGenerator: Sendable {
    /// Orders on a normal day (before any surge).
    public var orderCount: Int
    /// Technicians in the network.
    public var technicianCount: Int
    /// Working days planned (each technician has one shift per day).
    public var days: Int
    /// Demand multiplier after a storm or heat wave (1 = normal day); extra orders are mostly repairs.
    public var surge: Double
    /// City centre.
    public var centre: Location
    /// City radius in kilometres.
    public var radiusKm: Double

    /// Creates a generator.
    /// - Parameters:
    ///   - orders: orders on a normal day.
    ///   - technicians: technicians in the network.
    ///   - days: days in the horizon (orders spread over them, most on the first).
    ///   - surge: demand multiplier (1 = normal).
    public init(orders: Int, technicians: Int, days: Int = 1, surge: Double = 1,
                centre: Location = Location(latitude: 23.129, longitude: 113.264), radiusKm: Double = 12) {
        self.orderCount = orders
        self.technicianCount = technicians
        self.days = days
        self.surge = surge
        self.centre = centre
        self.radiusKm = radiusKm
    }

    /// Generates a scenario.
    /// - Parameter rng: the random source; seed it for a reproducible scenario.
    /// - Returns: a valid problem with haversine travel and a time origin at midnight of day 0 (UTC+8).
    /// - Complexity: O(orders + technicians).
    public func generate(using rng: inout some RandomNumberGenerator) -> Problem {
        let outlets = makeOutlets(using: &rng)
        let depots = makeDepots()
        let technicians = (0..<technicianCount).map { makeTechnician($0, outlets: outlets, using: &rng) }
        let total = max(0, Int((Double(orderCount) * max(surge, 0)).rounded()))
        let orders = (0..<total).map { makeOrder($0, outlets: outlets, technicians: technicians, using: &rng) }
        return Problem(
            unchecked: "city-\(orderCount)x\(technicianCount)" + (surge == 1 ? "" : "-surge\(surge)"),
            orders: orders,
            technicians: technicians,
            depots: depots,
            outlets: outlets,
            travel: HaversineTravel(defaultSpeedKmh: 28, speedsKmh: ["ebike": 16], detourFactor: 1.35),
            objective: ObjectiveOptions(costMeasure: .travelTime),
            timeReference: TimeReference(originUnixTime: 1_795_449_600, utcOffset: 8 * 3600)
        )
    }

    // MARK: - Network

    private func point(near base: Location, withinKm km: Double, using rng: inout some RandomNumberGenerator) -> Location {
        let angle = Double.random(in: 0..<(2 * .pi), using: &rng)
        let distance = km * Double.random(in: 0...1, using: &rng).squareRoot()
        let dLat = distance / 111.32 * sin(angle)
        let dLon = distance / (111.32 * cos(base.latitude * .pi / 180)) * cos(angle)
        return Location(latitude: base.latitude + dLat, longitude: base.longitude + dLon)
    }

    private func makeOutlets(using rng: inout some RandomNumberGenerator) -> [Outlet] {
        let count = max(1, min(12, technicianCount / 8))
        var sites: [Location] = []
        for k in 0..<count {
            let angle = 2 * Double.pi * Double(k) / Double(count)
            let ring = count == 1 ? 0 : radiusKm * 0.55
            let site = Location(latitude: centre.latitude + ring / 111.32 * sin(angle),
                                longitude: centre.longitude + ring / (111.32 * cos(centre.latitude * .pi / 180)) * cos(angle))
            sites.append(point(near: site, withinKm: 1, using: &rng))
        }
        return sites.indices.map { k in
            let neighbours = count < 2 ? [] : Set([(k + 1) % count, (k + count - 1) % count]).sorted().map { "O\($0 + 1)" }
            return Outlet(id: "O\(k + 1)", name: "Outlet \(k + 1)", location: sites[k], neighbours: neighbours, maxLentTechnicians: 2)
        }
    }

    private func makeDepots() -> [PartsDepot] {
        [PartsDepot(id: "D1", location: centre, parts: PartsCatalogue.all, tools: ["vacuum-pump", "recovery-unit"],
                    visitDuration: 900, openingHours: nil)]
    }

    private func makeTechnician(_ index: Int, outlets: [Outlet], using rng: inout some RandomNumberGenerator) -> Technician {
        let outlet = outlets[index % outlets.count]
        // Profiles cycle within each outlet (not across the network), so every outlet with four or
        // more technicians holds every skill set and its emergencies find a certified technician nearby.
        let profile = SkillProfile.allCases[(index / outlets.count) % SkillProfile.allCases.count]
        let seniority = Int.random(in: 1...3, using: &rng)
        let startsAtHome = Bool.random(using: &rng)
        let home = startsAtHome ? point(near: outlet.location, withinKm: 4, using: &rng) : outlet.location
        let shifts = (0..<max(1, days)).map { day in
            Shift(id: "day\(day + 1)", start: day * 86_400 + 8 * 3600, end: day * 86_400 + 17 * 3600, maxOvertime: 3600,
                  startLocation: home, endLocation: home,
                  breaks: [Break(earliestStart: day * 86_400 + 12 * 3600, latestEnd: day * 86_400 + 14 * 3600, duration: 1800)])
        }
        let stock = PartsCatalogue.common.map { PartQuantity($0, quantity: Int.random(in: 1...3, using: &rng)) }
        return Technician(
            id: "T\(index + 1)", name: "Technician \(index + 1)",
            skills: profile.skills(seniority: seniority), shifts: shifts,
            maxOrdersPerShift: 14, maxWorkingTimePerShift: 10 * 3600,
            costs: CostRates(perHour: 2_500, perKilometre: 40, fixed: 0, overtimePerHour: 1_250),
            outlet: outlet.id, travelProfile: index % 10 == 9 ? "ebike" : .car,
            vanStock: stock, tools: profile.tools, maxRestockVisitsPerShift: 1)
    }

    // MARK: - Orders

    private func makeOrder(_ index: Int, outlets: [Outlet], technicians: [Technician],
                           using rng: inout some RandomNumberGenerator) -> ServiceOrder {
        let outlet = outlets[Int.random(in: 0..<outlets.count, using: &rng)]
        let location = point(near: outlet.location, withinKm: radiusKm * (outlets.count == 1 ? 1 : 0.5), using: &rng)
        let isExtra = index >= orderCount
        let work = OrderWork.draw(surgeExtra: isExtra, using: &rng)
        let day = days <= 1 ? 0 : drawDay(using: &rng)
        let priority = drawPriority(surgeExtra: isExtra, using: &rng)
        let windows = priority == .emergency ? [] : drawWindows(day: day, using: &rng)
        let receivedAt = day * 86_400 - Int.random(in: 3600...(4 * 86_400), using: &rng)
        var parts: [PartQuantity] = []
        if work.kind == .repair, Double.random(in: 0..<1, using: &rng) < 0.3 {
            let rare = Double.random(in: 0..<1, using: &rng) < 0.25
            let pool = rare ? PartsCatalogue.depotOnly : PartsCatalogue.common
            parts = [PartQuantity(pool[Int.random(in: 0..<pool.count, using: &rng)])]
        }
        let duration = work.baseMinutes.map { Int.random(in: $0, using: &rng) * 60 } ?? 1800
        return ServiceOrder(
            id: "A-\(String(index + 1001))", location: location, kind: work.kind,
            productCategory: work.category, productModel: work.modelName(index), fault: work.fault,
            warranty: [.inWarranty, .outOfWarranty, .extendedWarranty][index % 3],
            purchasedAt: receivedAt - Int.random(in: 30...1500, using: &rng) * 86_400, receivedAt: receivedAt,
            requiredSkills: work.requirements(priority: priority), serviceDuration: duration,
            serviceDurationByLevel: work.kind == .repair ? [LevelDuration(minimumLevel: 3, duration: duration * 4 / 5)] : [],
            priority: priority, timeWindows: windows,
            slaDeadline: priority >= .urgent ? day * 86_400 + 18 * 3600 : nil,
            requiredParts: parts, requiredTools: work.tools, outlet: outlet.id)
    }

    private func drawDay(using rng: inout some RandomNumberGenerator) -> Int {
        Double.random(in: 0..<1, using: &rng) < 0.6 ? 0 : Int.random(in: 0..<days, using: &rng)
    }

    private func drawPriority(surgeExtra: Bool, using rng: inout some RandomNumberGenerator) -> Priority {
        let roll = Double.random(in: 0..<1, using: &rng)
        let emergencyShare = surgeExtra ? 0.05 : 0.03
        if roll < emergencyShare { return .emergency }
        if roll < emergencyShare + 0.10 { return .urgent }
        if roll < 0.85 { return .normal }
        return .low
    }

    private func drawWindows(day: Int, using rng: inout some RandomNumberGenerator) -> [TimeWindow] {
        let base = day * 86_400
        let roll = Double.random(in: 0..<1, using: &rng)
        if roll < 0.1 { return [] }
        if roll < 0.6 {
            return Bool.random(using: &rng)
                ? [TimeWindow(start: base + 8 * 3600, end: base + 12 * 3600)]
                : [TimeWindow(start: base + 13 * 3600, end: base + 17 * 3600)]
        }
        let slot = Int.random(in: 0..<4, using: &rng)
        let starts = [8, 10, 13, 15]
        return [TimeWindow(start: base + starts[slot] * 3600, end: base + (starts[slot] + 2) * 3600)]
    }
}
