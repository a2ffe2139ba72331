import Foundation
import Testing
@testable import FieldDispatchIO

@Suite struct ScenarioEncoderTests {
    /// Decodes what the encoder wrote and checks every record survived unchanged.
    static func expectRoundTrip(_ problem: Problem, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let data = try ScenarioEncoder().encode(problem)
        let again = try ScenarioDecoder().decode(data)
        #expect(again.name == problem.name, sourceLocation: sourceLocation)
        #expect(again.orders == problem.orders, sourceLocation: sourceLocation)
        #expect(again.technicians == problem.technicians, sourceLocation: sourceLocation)
        #expect(again.depots == problem.depots, sourceLocation: sourceLocation)
        #expect(again.outlets == problem.outlets, sourceLocation: sourceLocation)
        #expect(again.objective == problem.objective, sourceLocation: sourceLocation)
        #expect(again.timeReference == problem.timeReference, sourceLocation: sourceLocation)
        let places = problem.orders.map(\.location) + problem.technicians.flatMap { $0.shifts.map(\.startLocation) }
        let profiles = Set(problem.technicians.map(\.travelProfile))
        for a in places.prefix(8) {
            for b in places.suffix(8) {
                for profile in profiles {
                    #expect(again.travel.leg(from: a, to: b, profile: profile) == problem.travel.leg(from: a, to: b, profile: profile),
                            sourceLocation: sourceLocation)
                }
            }
        }
        // A second round writes the same bytes: the output is deterministic.
        #expect(try ScenarioEncoder().encode(again) == data, sourceLocation: sourceLocation)
    }

    @Test("round-trips the small-city fixture")
    func roundTripsSmallCity() throws {
        try Self.expectRoundTrip(try ScenarioDecoderTests.smallCity())
    }

    @Test("round-trips a bare-timeline problem over a travel matrix")
    func roundTripsMatrix() throws {
        try Self.expectRoundTrip(try Self.matrixProblem())
    }

    /// A problem on a bare timeline over two matrix profiles, with non-default values everywhere.
    static func matrixProblem() throws -> Problem {
        let shift = Shift(id: "mon", start: 0, end: 7200, maxOvertime: 600,
                          startLocation: Location(x: 0, y: 0, matrixIndex: 0), endLocation: nil,
                          breaks: [Break(earliestStart: 1800, latestEnd: 5400, duration: 900)])
        let problem = try Problem(
            name: "matrix \"quoted\"\nsecond line",
            orders: [
                ServiceOrder(id: "A", location: Location(x: 0, y: 0, matrixIndex: 1), kind: .returnPickup, warranty: .outOfWarranty,
                             purchasedAt: -86_400, serviceDuration: 0, priority: .low,
                             timeWindows: [TimeWindow(start: 60, end: 120, latenessCostPerHour: 7), TimeWindow(start: 500, end: 900)],
                             requiredParts: [PartQuantity("P", quantity: 3)], demand: 4),
                ServiceOrder(id: "B", location: Location(x: 2.5, y: -1, matrixIndex: 2), serviceDuration: 61),
                ServiceOrder(id: "C", location: Location(x: 0, y: 0, matrixIndex: 2), serviceDuration: 30, pickupOrderId: "A"),
            ],
            technicians: [Technician(id: "T", name: "Zoë", skills: [SkillLevel("x", level: 4)], shifts: [shift],
                                     maxOrdersPerShift: 5, maxWorkingTimePerShift: 0, costs: CostRates(perHour: 1),
                                     travelProfile: "bike", vanStock: [PartQuantity("P", quantity: 0)], capacity: 9,
                                     maxRestockVisitsPerShift: 0)],
            travel: TravelMatrix(tables: [
                .car: .init(durations: [[0, 1, 2], [3, 0, 4], [5, 6, 0]], distances: [[0, 10, 20], [30, 0, 40], [50, 60, 0]]),
                "bike": .init(durations: [[0, 7, 8], [9, 0, 10], [11, 12, 0]]),
            ]),
            objective: ObjectiveOptions(costMeasure: .travelDistance, allowsLateShiftStart: false, overtimeWeight: 0,
                                        latenessWeight: 5, imbalanceWeight: 1, preferredTechnicianBonus: 2, includesCostRates: true))
        return problem
    }

    @Test("round-trips a Euclidean benchmark read by the Solomon reader")
    func roundTripsEuclidean() throws {
        try Self.expectRoundTrip(try SolomonReader().read(SolomonReaderTests.tiny))
    }

    @Test("writes times as date-times in the problem's offset and durations in ISO-8601")
    func writesReadableTimes() throws {
        let text = String(decoding: try ScenarioEncoder().encode(try ScenarioDecoderTests.smallCity()), as: UTF8.self)
        #expect(text.contains(#""origin": "2026-11-24T00:00:00+08:00""#))
        #expect(text.contains(#""start": "2026-11-25T08:00:00+08:00""#))
        #expect(text.contains(#""serviceDuration": "PT1H30M""#))
        #expect(text.contains(#""durations""#) == false)
    }

    @Test("refuses a travel provider it cannot describe")
    func refusesCustomTravel() throws {
        struct Teleport: TravelTimeProvider {
            func leg(from origin: Location, to destination: Location, profile: TravelProfile) -> TravelLeg { .zero }
        }
        let problem = try Problem(orders: [], technicians: [], travel: Teleport())
        #expect(throws: ScenarioError(path: "travel", message: "the travel provider Teleport has no native JSON form")) {
            try ScenarioEncoder().encode(problem)
        }
    }
}
