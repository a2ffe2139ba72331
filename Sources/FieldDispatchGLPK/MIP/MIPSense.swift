/// Whether a ``MIPModel`` seeks the smallest or the largest objective value.
public enum MIPSense: Hashable, Sendable, CaseIterable {
    /// Seek the smallest objective value.
    case minimise
    /// Seek the largest objective value.
    case maximise
}
