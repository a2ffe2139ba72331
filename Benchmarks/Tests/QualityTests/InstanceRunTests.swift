import FieldDispatch
import Testing
@testable import quality

@Suite struct InstanceRunTests {
    /// A depot at the origin and two orders on a 3-4-5 line: depot -> (3, 4) -> (6, 8) -> depot is 20 units.
    static let problem = Problem(
        unchecked: "line",
        orders: [
            ServiceOrder(id: "1", location: Location(x: 3, y: 4), serviceDuration: 0),
            ServiceOrder(id: "2", location: Location(x: 6, y: 8), serviceDuration: 0),
        ],
        technicians: [
            Technician(id: "v1", shifts: [Shift(id: "0", start: 0, end: 1_000, startLocation: Location(x: 0, y: 0),
                                                endLocation: Location(x: 0, y: 0))]),
        ],
        depots: [], outlets: [], travel: EuclideanTravel(scale: 1),
        objective: ObjectiveOptions(costMeasure: .travelDistance), timeReference: .bare)

    static let route = Route(
        technicianId: "v1", shiftId: "0", departure: 0,
        stops: [
            Stop(kind: .order("1"), arrival: 5, start: 5, end: 5, travelDuration: 5, travelDistance: 5),
            Stop(kind: .order("2"), arrival: 10, start: 10, end: 10, travelDuration: 5, travelDistance: 5),
        ],
        returnTravelDuration: 10, returnTravelDistance: 10, arrivalAtEnd: 20)

    static let reference = ReferenceTable.Entry(instance: "line", distance: 16, vehicles: 1, countsInMean: true)

    @Test("measures depot, orders in route order and the way back in plane units")
    func measuresPlaneDistance() {
        #expect(Plan(routes: [Self.route], unassigned: []).planeDistance(in: Self.problem) == 20)
        var reversed = Self.route
        reversed.stops.reverse()
        #expect(Plan(routes: [reversed], unassigned: []).planeDistance(in: Self.problem) == 20)
    }

    @Test("refuses to measure a route naming an unknown order")
    func refusesUnknownOrder() {
        var route = Self.route
        route.stops[0].kind = .order("99")
        #expect(Plan(routes: [route], unassigned: []).planeDistance(in: Self.problem) == nil)
    }

    @Test("a complete valid plan gets a gap and counts in the mean")
    func validPlanCounts() {
        let run = InstanceRun(instance: "line", seed: 0, problem: Self.problem, plan: Plan(routes: [Self.route], unassigned: []),
                              reference: Self.reference, seconds: 1, iterations: 1)
        #expect(run.defects == [])
        #expect(run.vehicles == 1)
        #expect(run.gap == 25)
        #expect(run.countsInMean)
    }

    @Test("a plan with an unassigned order is invalid and left out of the mean")
    func unassignedPlanIsInvalid() {
        var route = Self.route
        route.stops = [Stop(kind: .order("1"), arrival: 5, start: 5, end: 5, travelDuration: 5, travelDistance: 5)]
        route.returnTravelDuration = 5
        route.returnTravelDistance = 5
        route.arrivalAtEnd = 10
        let plan = Plan(routes: [route], unassigned: [UnassignedOrder(orderId: "2", reason: .noFeasibleInsertion)])
        let run = InstanceRun(instance: "line", seed: 0, problem: Self.problem, plan: plan, reference: Self.reference,
                              seconds: 1, iterations: 1)
        #expect(!run.isValid)
        #expect(run.defects.first == "1 orders unassigned")
        #expect(!run.countsInMean)
    }

    @Test("the report's notes tell instances that were not run from runs without a valid plan")
    func notesSeparateMissingFromInvalid() {
        let valid = InstanceRun(instance: "line", seed: 0, problem: Self.problem, plan: Plan(routes: [Self.route], unassigned: []),
                                reference: Self.reference, seconds: 1, iterations: 1)
        let partOfTheSet = QualityReport(runs: [valid], peers: nil, showsSeeds: false).notes()
        #expect(partOfTheSet.contains("1 of the 48 reference instances count in the overall mean, so it is not comparable with the peers' 48-instance mean."))
        #expect(!partOfTheSet.contains { $0.hasPrefix("Only") })
        let unserved = ["1", "2"].map { UnassignedOrder(orderId: $0, reason: .noFeasibleInsertion) }
        let empty = InstanceRun(instance: "line", seed: 1, problem: Self.problem, plan: Plan(routes: [], unassigned: unserved),
                                reference: Self.reference, seconds: 1, iterations: 1)
        let failed = QualityReport(runs: [empty], peers: nil, showsSeeds: false).notes()
        #expect(failed.contains("Only 0 of the 1 reference instances run gave a valid plan."))
    }
}
