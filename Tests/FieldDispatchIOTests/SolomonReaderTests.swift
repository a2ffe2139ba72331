import Foundation
import Testing
@testable import FieldDispatchIO

@Suite struct SolomonReaderTests {
    static let benchmarks = URL(fileURLWithPath: "/work/shared/benchmarks/solomon")

    /// A three-customer instance in the Solomon layout.
    static let tiny = """
        TINY

        VEHICLE
        NUMBER     CAPACITY
          2         50

        CUSTOMER
        CUST NO.  XCOORD.   YCOORD.    DEMAND   READY TIME  DUE DATE   SERVICE   TIME

            0      10         10          0          0        200          0
            1      13         14         10         10         60         10
            2       7         10         20          0        100          5
            3      10         20         30         50        150         10
        """

    @Test("reads a small instance: orders, fleet, windows and distances scaled by 10,000")
    func readsTiny() throws {
        let problem = try SolomonReader().read(Self.tiny)
        #expect(problem.name == "TINY")
        #expect(problem.orders.map(\.id) == ["1", "2", "3"])
        #expect(problem.orders.map(\.demand) == [10, 20, 30])
        #expect(problem.orders[0].timeWindows == [TimeWindow(start: 100_000, end: 600_000)])
        #expect(problem.orders[0].serviceDuration == 100_000)
        #expect(problem.technicians.count == 2)
        #expect(problem.technicians.allSatisfy { $0.capacity == 50 && $0.shifts[0].end == 2_000_000 })
        let depot = problem.technicians[0].shifts[0].startLocation
        #expect(problem.travel.leg(from: depot, to: problem.orders[0].location, profile: .car) == TravelLeg(duration: 50_000, distance: 50_000))
        #expect(problem.objective.costMeasure == .travelDistance)
    }

    @Test("reads C101: 100 orders, 25 technicians of capacity 200, windows scaled by 10,000",
          .enabled(if: FileManager.default.fileExists(atPath: benchmarks.appendingPathComponent("C101.txt").path)))
    func readsC101() throws {
        let problem = try ScenarioLoader.load(contentsOf: Self.benchmarks.appendingPathComponent("C101.txt"))
        #expect(problem.name == "C101")
        #expect(problem.orders.count == 100)
        #expect(problem.technicians.count == 25)
        #expect(problem.technicians.allSatisfy { $0.capacity == 200 })
        #expect(problem.technicians[0].shifts[0].end == 12_360_000)
        let first = try #require(problem.order(withId: "1"))
        #expect(first.timeWindows == [TimeWindow(start: 9_120_000, end: 9_670_000)])
        #expect(first.serviceDuration == 900_000)
        #expect(first.demand == 10)
        #expect(problem.orders.reduce(0) { $0 + $1.demand } == 1810)
    }

    @Test("names the line of a customer row with a missing field")
    func reportsShortRow() {
        let broken = Self.tiny.replacingOccurrences(of: "    2       7         10         20          0        100          5",
                                                    with: "    2       7         10         20          0        100")
        #expect(throws: ProblemValidationError(issues: [
            ModelIssue(path: "line 12", message: "expected 7 numbers (customer, x, y, demand, ready, due, service), found \"2       7         10         20          0        100\""),
        ])) { try SolomonReader().read(broken) }
    }

    @Test("names the line of a customer row with text in a number column")
    func reportsTextInRow() {
        let broken = Self.tiny.replacingOccurrences(of: "30         50", with: "30         fifty")
        let row = broken.split(separator: "\n", omittingEmptySubsequences: false)[12].trimmingCharacters(in: .whitespaces)
        #expect(row.hasPrefix("3 ") && row.contains("fifty"))
        #expect(throws: ProblemValidationError(issues: [
            ModelIssue(path: "line 13", message: "expected 7 numbers (customer, x, y, demand, ready, due, service), found \"\(row)\""),
        ])) { try SolomonReader().read(broken) }
    }

    @Test("names the line of a malformed fleet row")
    func reportsFleetLine() {
        let broken = Self.tiny.replacingOccurrences(of: "  2         50", with: "  two       50")
        #expect(throws: ProblemValidationError(issues: [
            ModelIssue(path: "line 5", message: "expected two whole numbers (vehicles and capacity), found \"two       50\""),
        ])) { try SolomonReader().read(broken) }
    }

    @Test("reports a missing customer table")
    func reportsMissingTable() {
        let header = Self.tiny.components(separatedBy: "CUSTOMER\n")[0]
        #expect(throws: ProblemValidationError(issues: [ModelIssue(path: "CUSTOMER", message: "missing the customer table header")])) {
            try SolomonReader().read(header)
        }
    }
}
