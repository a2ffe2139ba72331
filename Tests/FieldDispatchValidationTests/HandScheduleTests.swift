import FieldDispatchTestSupport
import Testing

/// Multi-stop schedules over a travel matrix, worked out by hand: restock before opening,
/// soft lateness, a break after the last order, overtime, and the technician's own travel profile.
@Suite struct HandScheduleTests {
    /// Locations: 0 home, 1 X, 2 Y, 3 depot. Cars take the first table; e-bikes twice as long.
    static let carDurations = [[0, 600, 900, 300], [600, 0, 1200, 400], [900, 1200, 0, 700], [300, 400, 700, 0]]
    static let distances = [[0, 5000, 8000, 2500], [5000, 0, 10000, 3000], [8000, 10000, 0, 6000], [2500, 3000, 6000, 0]]

    /// E-1 rides an e-bike 07:00–11:30 with up to an hour of overtime and a 15-minute break due 10:00–11:30.
    /// X needs a filter (only the depot has one) and should start by 07:30 (soft); Y must start 09:00–11:00, SLA 09:30.
    func problem(maxOvertime: Int = .hours(1)) throws -> Problem {
        let tables: [TravelProfile: TravelMatrix.Table] = [
            .car: .init(durations: Self.carDurations, distances: Self.distances),
            "ebike": .init(durations: Self.carDurations.map { $0.map { $0 * 2 } }, distances: Self.distances),
        ]
        var builder = ProblemBuilder(travel: TravelMatrix(tables: tables))
        builder.addTechnician("E-1", at: .matrix(0), from: at(7, 0), to: at(11, 30)) {
            $0.travelProfile = "ebike"
            $0.shifts[0].maxOvertime = maxOvertime
            $0.shifts[0].breaks = [Break(earliestStart: at(10, 0), latestEnd: at(11, 30), duration: .minutes(15))]
        }
        builder.addDepot("D", at: .matrix(3), parts: ["FILTER"], visitDuration: .minutes(10),
                         openingHours: TimeWindow(start: at(7, 30), end: at(18, 0)))
        builder.addOrder("X", at: .matrix(1), duration: .minutes(40),
                         windows: [TimeWindow(start: at(7, 0), end: at(7, 30), latenessCostPerHour: 100)]) {
            $0.requiredParts = [PartQuantity("FILTER")]
        }
        builder.addOrder("Y", at: .matrix(2), duration: .hours(2), windows: [TimeWindow(start: at(9, 0), end: at(11, 0))]) {
            $0.slaDeadline = at(9, 30)
        }
        return try builder.build()
    }

    /// Depot 10 min away, opens 07:30, restock to 07:40; X 13m20s on, started 07:53:20 (23m20s
    /// late), done 08:33:20; Y 40 min on, 09:13:20–11:13:20; break at Y to 11:28:20; 30 min home.
    static let route = Route(
        technicianId: "E-1", shiftId: "day", departure: at(7, 0),
        stops: [
            Stop(kind: .restock(depotId: "D"), arrival: at(7, 10), start: at(7, 30), end: at(7, 40), travelDuration: 600, travelDistance: 2500),
            Stop(kind: .order("X"), arrival: at(7, 53) + 20, start: at(7, 53) + 20, end: at(8, 33) + 20,
                 travelDuration: 800, travelDistance: 3000, lateness: 1400),
            Stop(kind: .order("Y"), arrival: at(9, 13) + 20, start: at(9, 13) + 20, end: at(11, 13) + 20, travelDuration: 2400, travelDistance: 10000),
            Stop(kind: .rest(breakIndex: 0), arrival: at(11, 13) + 20, start: at(11, 13) + 20, end: at(11, 28) + 20, travelDuration: 0, travelDistance: 0),
        ],
        returnTravelDuration: 1800, returnTravelDistance: 8000, arrivalAtEnd: at(11, 58) + 20)

    @Test("accepts the hand-computed e-bike day with a restock, soft lateness, a late break and overtime")
    func acceptsHandSchedule() throws {
        let problem = try problem()
        let plan = Plan(routes: [Self.route], unassigned: [])
        #expect(PlanValidator(problem: problem).validate(plan) == [])
        expectValidPlan(plan, for: problem)
        #expect(Route.scheduled(for: "E-1", visiting: Self.route.stops.map(\.kind), in: problem) == Self.route)
    }

    @Test("reports overtime past the allowance, with clock seconds")
    func overtimePastAllowance() throws {
        let violations = PlanValidator(problem: try problem(maxOvertime: .minutes(20))).validate(Plan(routes: [Self.route], unassigned: []))
        #expect(violations.map(\.kind) == [.shiftEndOverrun])
        #expect(violations.first?.message == "technician \"E-1\" shift \"day\": finishes 11:58:20, after the shift end 11:30 plus 20m of overtime")
    }

    @Test("prices every leg with the technician's profile, not the fallback")
    func usesTravelProfile() throws {
        let problem = try problem()
        var car = Self.route
        car.stops[0].travelDuration = 300
        let violations = PlanValidator(problem: problem).validate(Plan(routes: [car], unassigned: []))
        #expect(violations.map(\.kind) == [.travelMismatch])
        #expect(violations.first?.message.contains("takes 10m over distance 2500") == true)
    }

    @Test("reports lateness and the order without a filter when the restock is dropped")
    func withoutRestock() throws {
        let problem = try problem()
        let route = Route.scheduled(for: "E-1", visiting: [.order("X"), .order("Y"), .rest(breakIndex: 0)], in: problem)
        // X is reached 07:20, on time; the filter is missing; Y 09:00 waits for its window.
        #expect(route.stops[0].start == at(7, 20))
        #expect(route.stops[0].lateness == 0)
        #expect(violationKinds(of: Plan(routes: [route], unassigned: []), for: problem) == [.partsMissing])
    }

    @Test("expectValidPlan records one issue listing every hard violation")
    func expectValidPlanRecords() throws {
        let problem = try problem(maxOvertime: .minutes(20))
        var broken = Self.route
        broken.stops[1].lateness = 0
        withKnownIssue {
            expectValidPlan(Plan(routes: [broken], unassigned: []), for: problem)
        } matching: { issue in
            let text = issue.comments.map(\.rawValue).joined()
            return text.hasPrefix("plan breaks 2 hard rules:") && text.contains("[scheduleInconsistent]")
                && text.contains("[shiftEndOverrun]")
        }
    }

    @Test("expectValidPlan stays silent for soft violations")
    func expectValidPlanIgnoresSoft() throws {
        // The car reaches Y at 08:15, after its 08:00 SLA: soft, so no issue.
        var builder = ProblemBuilder(travel: TravelMatrix(durations: Self.carDurations))
        builder.addTechnician("T", at: .matrix(0))
        builder.addOrder("Y", at: .matrix(2), duration: 600) { $0.slaDeadline = at(8, 0) }
        let problem = try builder.build()
        let route = Route.scheduled(for: "T", visiting: [.order("Y")], in: problem)
        #expect(violationKinds(of: Plan(routes: [route], unassigned: []), for: problem) == [.slaMissed])
        expectValidPlan(Plan(routes: [route], unassigned: []), for: problem)
    }
}
