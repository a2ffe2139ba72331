import Testing
@testable import FieldDispatchModel

@Suite struct ProblemValidationTests {
    let depot = Location(x: 0, y: 0)

    func technician(_ id: String = "T-1", shifts: [Shift]? = nil) -> Technician {
        Technician(id: id, skills: [SkillLevel("ac.repair", level: 2)],
                   shifts: shifts ?? [Shift(id: "mon", start: 28_800, end: 61_200, startLocation: depot, endLocation: depot)])
    }

    func messages(orders: [ServiceOrder], technicians: [Technician], travel: any TravelTimeProvider = EuclideanTravel(scale: 1)) -> [String] {
        do {
            _ = try Problem(orders: orders, technicians: technicians, travel: travel)
            return []
        } catch {
            return error.issues.map(\.description)
        }
    }

    @Test("names the record and field of a window that ends before it starts")
    func windowEndBeforeStart() {
        let order = ServiceOrder(id: "A-1093", location: Location(x: 1, y: 1), serviceDuration: 600,
                                 timeWindows: [TimeWindow(start: 43_200, end: 32_400)])
        #expect(messages(orders: [order], technicians: [technician()])
            == [#"orders[0] "A-1093".timeWindows[0]: end 09:00 is before start 12:00"#])
    }

    @Test("reports every problem, not only the first")
    func reportsAllProblems() {
        let orders = [
            ServiceOrder(id: "A", location: Location(x: 1, y: 1), serviceDuration: -5),
            ServiceOrder(id: "A", location: Location(x: 1, y: 1), serviceDuration: 60, excludedTechnicians: ["ghost"]),
        ]
        #expect(messages(orders: orders, technicians: [technician()]) == [
            #"orders[1] "A".id: duplicate id, already used by orders[0]"#,
            #"orders[0] "A".serviceDuration: must not be negative (got -5)"#,
            #"orders[1] "A".excludedTechnicians[0]: unknown technician "ghost""#,
        ])
    }

    @Test("rejects negative objective weights, naming each")
    func negativeObjectiveWeights() {
        do {
            _ = try Problem(orders: [], technicians: [technician()], travel: EuclideanTravel(scale: 1),
                            objective: ObjectiveOptions(overtimeWeight: -1, imbalanceWeight: -3))
            Issue.record("a negative weight was accepted")
        } catch {
            #expect(error.issues.map(\.description) == [
                "objective.overtimeWeight: must not be negative (got -1)",
                "objective.imbalanceWeight: must not be negative (got -3)",
            ])
        }
    }

    @Test("rejects windows that overlap or are out of order")
    func overlappingWindows() {
        let order = ServiceOrder(id: "W", location: Location(x: 0, y: 0), serviceDuration: 60,
                                 timeWindows: [TimeWindow(start: 36_000, end: 43_200), TimeWindow(start: 39_600, end: 50_000)])
        #expect(messages(orders: [order], technicians: [technician()])
            == [#"orders[0] "W".timeWindows[1]: starts at 11:00, before the previous window ends at 12:00; windows must be sorted and disjoint"#])
    }

    @Test("rejects a break longer than its window and a shift that ends before it starts")
    func shiftAndBreak() {
        let shift = Shift(id: "tue", start: 61_200, end: 28_800, startLocation: depot, endLocation: depot,
                          breaks: [Break(earliestStart: 43_200, latestEnd: 44_000, duration: 1_800)])
        #expect(messages(orders: [], technicians: [technician(shifts: [shift])]) == [
            #"technicians[0] "T-1".shifts[0]: end 08:00 is before start 17:00"#,
            #"technicians[0] "T-1".shifts[0].breaks[0]: window 12:00–12:13:20 is shorter than the break's 30m"#,
        ])
    }

    @Test("checks locations against the travel provider")
    func locations() {
        let matrix = TravelMatrix(durations: [[0, 5], [5, 0]])
        let shift = Shift(id: "d", start: 0, end: 100, startLocation: Location(x: 0, y: 0, matrixIndex: 0), endLocation: nil)
        let order = ServiceOrder(id: "M", location: Location(x: 0, y: 0, matrixIndex: 7), serviceDuration: 1)
        #expect(messages(orders: [order], technicians: [technician(shifts: [shift])], travel: matrix)
            == [#"orders[0] "M".location: matrix index 7 is outside the 2 x 2 matrix"#])
        let far = ServiceOrder(id: "H", location: Location(latitude: 95, longitude: 10), serviceDuration: 1)
        let geoShift = Shift(id: "d", start: 0, end: 100, startLocation: Location(latitude: 1, longitude: 1), endLocation: nil)
        #expect(messages(orders: [far], technicians: [technician(shifts: [geoShift])], travel: HaversineTravel())
            == [#"orders[0] "H".location: latitude 95.0 is outside -90...90"#])
    }

    @Test("rejects a technician both required and excluded, and a skill level below one")
    func requiredAndExcluded() {
        let order = ServiceOrder(id: "R", location: Location(x: 0, y: 0), requiredSkills: [SkillRequirement("ac.repair", minimumLevel: 0)],
                                 serviceDuration: 1, requiredTechnicians: ["T-1"], excludedTechnicians: ["T-1"])
        #expect(messages(orders: [order], technicians: [technician()]) == [
            #"orders[0] "R".requiredSkills[0].minimumLevel: must be at least 1 (got 0)"#,
            #"orders[0] "R".excludedTechnicians: technician "T-1" is both required and excluded"#,
        ])
    }

    @Test("accepts a valid problem")
    func validProblem() {
        let order = ServiceOrder(id: "ok", location: Location(x: 3, y: 4), serviceDuration: 60,
                                 timeWindows: [TimeWindow(start: 30_000, end: 40_000)])
        #expect(messages(orders: [order], technicians: [technician()]).isEmpty)
    }
}
