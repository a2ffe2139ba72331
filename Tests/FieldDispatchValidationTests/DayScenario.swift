import FieldDispatchTestSupport

/// One technician's day on a plane where a unit takes a minute, with its schedule worked out by hand.
///
/// T-1 lives at (0,0) and works 08:00–17:00 with a 30-minute break due between 12:00 and 14:00;
/// T-2 is idle. The clean route waits for A's window, waits for B's, waits for the break (taken
/// at B, so the leg to C starts from B), then serves C and drives home:
///
/// | stop | what | travel | arrival | start | end |
/// |---|---|---|---|---|---|
/// | 0 | A at (3,4), 30m, 09:00–11:00 | 5 min | 08:05 | 09:00 | 09:30 |
/// | 1 | B at (3,0), 1h, 10:00–12:00 | 4 min | 09:34 | 10:00 | 11:00 |
/// | 2 | break 0 | 0 | 11:00 | 12:00 | 12:30 |
/// | 3 | C at (0,4), 30m | 5 min (from B) | 12:35 | 12:35 | 13:05 |
/// | end | home (0,0) | 4 min | 13:09 | | |
struct DayScenario {
    var builder = ProblemBuilder(secondsPerUnit: 60)

    init() {
        builder.addTechnician("T-1", at: .plane(0, 0), skills: [SkillLevel("ac.repair", level: 2)]) {
            $0.shifts[0].breaks = [Break(earliestStart: .hours(12), latestEnd: .hours(14), duration: .minutes(30))]
            $0.vanStock = [PartQuantity("CAP-35UF", quantity: 1)]
            $0.tools = ["gauge-set"]
        }
        builder.addTechnician("T-2", at: .plane(10, 10))
        builder.addOrder("A", at: .plane(3, 4), duration: .minutes(30),
                         windows: [TimeWindow(start: .hours(9), end: .hours(11))]) {
            $0.requiredSkills = [SkillRequirement("ac.repair", minimumLevel: 1)]
            $0.requiredParts = [PartQuantity("CAP-35UF")]
            $0.requiredTools = ["gauge-set"]
        }
        builder.addOrder("B", at: .plane(3, 0), duration: .hours(1),
                         windows: [TimeWindow(start: .hours(10), end: .hours(12))])
        builder.addOrder("C", at: .plane(0, 4), duration: .minutes(30))
    }

    /// The problem, after `change` edits its records.
    func problem(_ change: (inout ProblemBuilder) -> Void = { _ in }) throws -> Problem {
        var edited = builder
        change(&edited)
        return try edited.build()
    }

    /// The hand-computed clean route of T-1.
    var route: Route {
        Route(
            technicianId: "T-1", shiftId: "day", departure: at(8, 0),
            stops: [
                Stop(kind: .order("A"), arrival: at(8, 5), start: at(9, 0), end: at(9, 30), travelDuration: 300, travelDistance: 300),
                Stop(kind: .order("B"), arrival: at(9, 34), start: at(10, 0), end: at(11, 0), travelDuration: 240, travelDistance: 240),
                Stop(kind: .rest(breakIndex: 0), arrival: at(11, 0), start: at(12, 0), end: at(12, 30), travelDuration: 0, travelDistance: 0),
                Stop(kind: .order("C"), arrival: at(12, 35), start: at(12, 35), end: at(13, 5), travelDuration: 300, travelDistance: 300),
            ],
            returnTravelDuration: 240, returnTravelDistance: 240, arrivalAtEnd: at(13, 9))
    }

    /// The clean plan: T-1's route, nothing unassigned.
    var plan: Plan { Plan(routes: [route], unassigned: []) }

    /// The plan after `change` edits T-1's route.
    func plan(_ change: (inout Route) -> Void) -> Plan {
        var edited = route
        change(&edited)
        return Plan(routes: [edited], unassigned: [])
    }

    /// The clean day without its break: C follows B directly (11:05–11:35), home at 11:39.
    var planWithoutBreak: Plan {
        plan {
            $0.stops.remove(at: 2)
            $0.stops[2].arrival = at(11, 5); $0.stops[2].start = at(11, 5); $0.stops[2].end = at(11, 35)
            $0.arrivalAtEnd = at(11, 39)
        }
    }
}

/// Seconds of a clock time on day 0.
func at(_ hour: Int, _ minute: Int) -> Int { hour * 3600 + minute * 60 }

/// The kinds of every violation of `plan`, in the validator's order.
func violationKinds(of plan: Plan, for problem: Problem) -> [Violation.Kind] {
    PlanValidator(problem: problem).validate(plan).map(\.kind)
}
