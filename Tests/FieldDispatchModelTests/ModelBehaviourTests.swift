import Testing
@testable import FieldDispatchModel

@Suite struct ModelBehaviourTests {
    @Test("formats bare and calendar times")
    func timeFormatting() {
        #expect(TimeReference.bare.format(34_200) == "09:30")
        #expect(TimeReference.bare.format(86_400 + 50_400 + 5) == "day 1 14:00:05")
        let shanghai = TimeReference(originUnixTime: 1_795_449_600, utcOffset: 28_800)
        #expect(shanghai.format(9 * 3600) == "2026-11-24 09:00")
        #expect(TimeReference.formatDuration(5_400) == "1h30m")
        #expect(TimeReference.formatDuration(0) == "0s")
    }

    @Test("picks the service duration for the technician's level")
    func levelDurations() {
        let order = ServiceOrder(id: "x", location: Location(x: 0, y: 0), requiredSkills: [SkillRequirement("ac.repair")],
                                 serviceDuration: 3600, serviceDurationByLevel: [LevelDuration(minimumLevel: 2, duration: 3000),
                                                                                 LevelDuration(minimumLevel: 3, duration: 2400)])
        #expect(order.serviceDuration(by: [SkillLevel("ac.repair", level: 1)]) == 3600)
        #expect(order.serviceDuration(by: [SkillLevel("ac.repair", level: 2)]) == 3000)
        #expect(order.serviceDuration(by: [SkillLevel("ac.repair", level: 5)]) == 2400)
    }

    @Test("certifies a technician only with every skill at level and not excluded")
    func certification() {
        let shift = Shift(id: "s", start: 0, end: 1, startLocation: Location(x: 0, y: 0), endLocation: nil)
        let tech = Technician(id: "T", skills: [SkillLevel("ac.repair", level: 2), SkillLevel("gas.certified")], shifts: [shift])
        let order = ServiceOrder(id: "o", location: Location(x: 0, y: 0),
                                 requiredSkills: [SkillRequirement("ac.repair", minimumLevel: 2), SkillRequirement("gas.certified")],
                                 serviceDuration: 1)
        #expect(tech.isCertified(for: order))
        var harder = order
        harder.requiredSkills[0].minimumLevel = 3
        #expect(!tech.isCertified(for: harder))
        var excluded = order
        excluded.excludedTechnicians = ["T"]
        #expect(!tech.isCertified(for: excluded))
    }

    @Test("rounds Euclidean durations up and distances to nearest")
    func euclidean() {
        let leg = EuclideanTravel(scale: 10).leg(from: Location(x: 0, y: 0), to: Location(x: 1, y: 1), profile: .car)
        #expect(leg.duration == 15)  // 14.142… up
        #expect(leg.distance == 14)
    }

    @Test("measures haversine distances like a map does")
    func haversine() {
        let paris = Location(latitude: 48.8566, longitude: 2.3522)
        let london = Location(latitude: 51.5074, longitude: -0.1278)
        let metres = HaversineTravel.greatCircleMetres(paris, london)
        #expect(abs(metres - 343_500) < 1_500)
        let leg = HaversineTravel(defaultSpeedKmh: 36, detourFactor: 1).leg(from: paris, to: london, profile: .car)
        #expect(abs(leg.duration - Int(metres / 10)) <= 1)
    }

    @Test("reads a matrix by index and profile")
    func matrix() {
        let matrix = TravelMatrix(tables: ["car": .init(durations: [[0, 7], [9, 0]], distances: [[0, 70], [90, 0]]),
                                           "ebike": .init(durations: [[0, 20], [25, 0]])])
        let a = Location(x: 0, y: 0, matrixIndex: 0), b = Location(x: 0, y: 0, matrixIndex: 1)
        #expect(matrix.leg(from: b, to: a, profile: .car) == TravelLeg(duration: 9, distance: 90))
        #expect(matrix.leg(from: a, to: b, profile: "ebike") == TravelLeg(duration: 20, distance: 20))
        #expect(matrix.leg(from: a, to: b, profile: "truck") == TravelLeg(duration: 7, distance: 70))
    }

    @Test("computes plan KPIs from the schedule")
    func kpis() throws {
        let home = Location(x: 0, y: 0)
        let shift = Shift(id: "d1", start: 0, end: 1000, startLocation: home, endLocation: home)
        let problem = try Problem(
            orders: [ServiceOrder(id: "a", location: Location(x: 3, y: 4), serviceDuration: 10,
                                  priority: .emergency, timeWindows: [TimeWindow(start: 0, end: 100)]),
                     ServiceOrder(id: "b", location: Location(x: 6, y: 8), serviceDuration: 10,
                                  timeWindows: [TimeWindow(start: 0, end: 10, latenessCostPerHour: 1)]),
                     ServiceOrder(id: "c", location: Location(x: 1, y: 1), serviceDuration: 10, priority: .low)],
            technicians: [Technician(id: "T1", shifts: [shift]), Technician(id: "T2", shifts: [shift])],
            travel: EuclideanTravel(scale: 1))
        let route = Route(technicianId: "T1", shiftId: "d1", departure: 0, stops: [
            Stop(kind: .order("a"), arrival: 5, start: 5, end: 15, travelDuration: 5, travelDistance: 5),
            Stop(kind: .order("b"), arrival: 20, start: 20, end: 30, travelDuration: 5, travelDistance: 5, lateness: 10),
        ], returnTravelDuration: 10, returnTravelDistance: 10, arrivalAtEnd: 40)
        let plan = Plan(routes: [route], unassigned: [UnassignedOrder(orderId: "c", reason: .limitsReached)])
        let kpis = PlanKPIs(plan: plan, problem: problem)
        #expect(kpis.assignedOrders == 2)
        #expect(kpis.onTimeRate == 0.5)
        #expect(kpis.travelDistance == 20)
        #expect(kpis.workingTime == 40)
        #expect(kpis.lateness == 10)
        #expect(kpis.minOrdersPerTechnician == 0 && kpis.maxOrdersPerTechnician == 2)
        #expect(kpis.emergencyServiceRate == 1)
        #expect(kpis.unassignedByPriority.first { $0.priority == .low }?.count == 1)
        #expect(kpis.unassignedByReason.map(\.reason) == [.limitsReached])
    }
}
