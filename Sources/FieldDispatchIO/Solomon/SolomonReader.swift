import Foundation
import FieldDispatchModel

/// Reads Solomon and Gehring–Homberger VRPTW instances (the classic text format).
///
/// Customers become orders whose ids are their customer numbers; each vehicle becomes a
/// technician with one shift from and back to the depot, closing at the depot's due time.
/// Plane units are multiplied by ``scale`` (see `EuclideanTravel`) so the integer timeline
/// keeps the benchmark's precision; the objective is distance, as in the literature.
public struct SolomonReader: Sendable {
    /// Integer units per plane unit.
    public var scale: Double

    /// Creates a reader; the default scale keeps four decimals.
    public init(scale: Double = 10_000) { self.scale = scale }

    /// Whether `text` looks like a Solomon-format instance.
    /// - Complexity: O(length of the text).
    public static func recognises(_ text: String) -> Bool {
        let upper = text.uppercased()
        return upper.contains("VEHICLE") && upper.contains("CUSTOMER") && upper.contains("CAPACITY")
    }

    /// Parses an instance.
    /// - Parameters:
    ///   - text: the instance file's text.
    ///   - fallbackName: the name used when the file has no title line.
    /// - Returns: the checked problem.
    /// - Throws: `ProblemValidationError` naming each line (`line 14`) that could not be read.
    /// - Complexity: O(size of the text).
    public func read(_ text: String, name fallbackName: String = "solomon") throws(ProblemValidationError) -> Problem {
        // Line numbers count every line, blank ones included, so they match an editor's.
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        let name = lines.first(where: { !$0.isEmpty }) ?? fallbackName
        guard let vehicleHeader = lines.firstIndex(where: { $0.uppercased().hasPrefix("NUMBER") }),
              let fleetIndex = lines[(vehicleHeader + 1)...].firstIndex(where: { !$0.isEmpty })
        else { throw Self.error("VEHICLE", "missing the NUMBER / CAPACITY section") }
        let fleetLine = lines[fleetIndex]
        let fleet = fleetLine.split(whereSeparator: \.isWhitespace).map { Int($0) }
        guard fleet.count == 2, let vehicles = fleet[0], let capacity = fleet[1], vehicles > 0, capacity >= 0 else {
            throw Self.error("line \(fleetIndex + 1)", "expected two whole numbers (vehicles and capacity), found \"\(fleetLine)\"")
        }
        guard let customerHeader = lines.firstIndex(where: { $0.uppercased().hasPrefix("CUST") && $0.uppercased().contains("NO") }) else {
            throw Self.error("CUSTOMER", "missing the customer table header")
        }
        var rows: [[Double]] = []
        var issues: [ModelIssue] = []
        for index in (customerHeader + 1)..<lines.count where !lines[index].isEmpty {
            let fields = lines[index].split(whereSeparator: \.isWhitespace).map { Double($0) }
            if fields.count == 7, fields.allSatisfy({ $0?.isFinite == true }) {
                rows.append(fields.map { $0 ?? 0 })
            } else {
                issues.append(ModelIssue(
                    path: "line \(index + 1)",
                    message: "expected 7 numbers (customer, x, y, demand, ready, due, service), found \"\(lines[index])\""))
            }
        }
        if !issues.isEmpty { throw ProblemValidationError(issues: issues) }
        guard let depot = rows.first else { throw Self.error("CUSTOMER", "the table has no depot row") }
        let depotLocation = Location(x: depot[1], y: depot[2])
        let units: (Double) -> Int = { Int(($0 * scale).rounded()) }
        let orders = rows.dropFirst().map { row in
            ServiceOrder(
                id: String(Int(row[0])),
                location: Location(x: row[1], y: row[2]),
                serviceDuration: units(row[6]),
                timeWindows: [TimeWindow(start: units(row[4]), end: units(row[5]))],
                demand: Int(row[3])
            )
        }
        let shift = Shift(id: "0", start: units(depot[4]), end: units(depot[5]),
                          startLocation: depotLocation, endLocation: depotLocation)
        let technicians = (1...vehicles).map { Technician(id: "v\($0)", shifts: [shift], capacity: capacity) }
        return try Problem(
            name: name,
            orders: orders,
            technicians: technicians,
            travel: EuclideanTravel(scale: scale),
            objective: ObjectiveOptions(costMeasure: .travelDistance, allowsLateShiftStart: false)
        )
    }

    private static func error(_ path: String, _ message: String) -> ProblemValidationError {
        ProblemValidationError(issues: [ModelIssue(path: path, message: message)])
    }
}
