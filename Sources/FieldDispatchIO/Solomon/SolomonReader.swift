import Foundation
import FieldDispatchModel

/// Reads Solomon and Gehring–Homberger VRPTW instances (the classic text format).
///
/// Customers become orders whose ids are their customer numbers; each vehicle becomes a
/// technician with one shift from and back to the depot, closing at the depot's due time.
/// Plane units are multiplied by ``scale`` (see ``EuclideanTravel``) so the integer timeline
/// keeps the benchmark's precision; the objective is distance, as in the literature.
public struct SolomonReader: Sendable {
    /// Integer units per plane unit.
    public var scale: Double

    /// Creates a reader; the default scale keeps four decimals.
    public init(scale: Double = 10_000) { self.scale = scale }

    /// Whether `text` looks like a Solomon-format instance.
    public static func recognises(_ text: String) -> Bool {
        let upper = text.uppercased()
        return upper.contains("VEHICLE") && upper.contains("CUSTOMER") && upper.contains("CAPACITY")
    }

    /// Parses an instance.
    /// - Throws: ``ProblemValidationError`` naming the line that could not be read.
    /// - Complexity: O(size of the text).
    public func read(_ text: String, name fallbackName: String = "solomon") throws(ProblemValidationError) -> Problem {
        let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
        let name = lines.first(where: { !$0.isEmpty }) ?? fallbackName
        guard let vehicleHeader = lines.firstIndex(where: { $0.uppercased().hasPrefix("NUMBER") }),
              let fleetLine = lines[(vehicleHeader + 1)...].first(where: { !$0.isEmpty })
        else { throw Self.error("VEHICLE", "missing the NUMBER / CAPACITY section") }
        let fleet = fleetLine.split(separator: " ").compactMap { Int($0) }
        guard fleet.count == 2, fleet[0] > 0, fleet[1] >= 0 else {
            throw Self.error("VEHICLE", "expected two whole numbers (vehicles and capacity), found \"\(fleetLine)\"")
        }
        guard let customerHeader = lines.firstIndex(where: { $0.uppercased().hasPrefix("CUST") && $0.uppercased().contains("NO") }) else {
            throw Self.error("CUSTOMER", "missing the customer table header")
        }
        var rows: [[Double]] = []
        var issues: [ModelIssue] = []
        for (offset, line) in lines[(customerHeader + 1)...].enumerated() where !line.isEmpty {
            let fields = line.split(separator: " ").compactMap { Double($0) }
            if fields.count != 7 {
                issues.append(ModelIssue(path: "CUSTOMER line \(offset + 1)", message: "expected 7 numbers, found \"\(line)\""))
            } else {
                rows.append(fields)
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
        let technicians = (1...fleet[0]).map { Technician(id: "v\($0)", shifts: [shift], capacity: fleet[1]) }
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
