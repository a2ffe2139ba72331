/// How the left-hand side of a linear constraint compares with its right-hand side.
public enum MIPRelation: Hashable, Sendable, CaseIterable, CustomStringConvertible {
    /// `sum <= rhs`.
    case lessOrEqual
    /// `sum >= rhs`.
    case greaterOrEqual
    /// `sum == rhs`.
    case equal

    public var description: String {
        switch self {
        case .lessOrEqual: "<="
        case .greaterOrEqual: ">="
        case .equal: "=="
        }
    }

    /// Whether a left-hand side value satisfies the relation with a right-hand side exactly.
    func holds(_ lhs: Double, _ rhs: Double) -> Bool {
        switch self {
        case .lessOrEqual: lhs <= rhs
        case .greaterOrEqual: lhs >= rhs
        case .equal: lhs == rhs
        }
    }
}
