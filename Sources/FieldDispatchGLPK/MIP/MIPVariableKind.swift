/// The values a ``MIPVariable`` may take.
public enum MIPVariableKind: Hashable, Sendable, CaseIterable {
    /// Any real value within the bounds.
    case continuous
    /// Whole numbers within the bounds.
    case integer
    /// Zero or one; bounds given with the variable may only narrow that range, e.g. to fix it.
    case binary

    /// Whether the branch-and-bound search must make the variable whole.
    public var isIntegral: Bool { self != .continuous }
}
