/// How urgent an order is. Higher priorities are served first, lexicographically:
/// no emergency is left unserved to save travel.
public enum Priority: Int, Hashable, Sendable, CaseIterable, Comparable, CustomStringConvertible {
    /// Gas leak, electrical hazard, flooding: serve today, before anything else.
    case emergency = 3
    /// VIP customer, overdue order, SLA about to break.
    case urgent = 2
    /// An ordinary visit.
    case normal = 1
    /// Can wait without harm.
    case low = 0

    /// Weight of leaving one order of this priority unserved, inside the priority level of the objective.
    public var unservedWeight: Int {
        switch self {
        case .emergency: 1_000
        case .urgent: 100
        case .normal: 10
        case .low: 1
        }
    }

    public static func < (lhs: Priority, rhs: Priority) -> Bool { lhs.rawValue < rhs.rawValue }

    public var description: String {
        switch self {
        case .emergency: "emergency"
        case .urgent: "urgent"
        case .normal: "normal"
        case .low: "low"
        }
    }

    /// Parses the lower-case name used in files (`emergency`, `urgent`, `normal`, `low`).
    public init?(name: String) {
        guard let match = Self.allCases.first(where: { $0.description == name }) else { return nil }
        self = match
    }
}
