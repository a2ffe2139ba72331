/// Families of cutting planes GLPK's branch-and-cut may add to tighten the LP relaxation.
///
/// Cuts cost time at every node but can close gaps branching alone cannot; clique cuts suit
/// set-partitioning and assignment models, cover cuts knapsack rows.
public struct MIPCuts: OptionSet, Hashable, Sendable {
    public let rawValue: Int

    public init(rawValue: Int) { self.rawValue = rawValue }

    /// Gomory's mixed-integer cuts.
    public static let gomory = MIPCuts(rawValue: 1 << 0)
    /// Mixed-integer rounding cuts.
    public static let mixedIntegerRounding = MIPCuts(rawValue: 1 << 1)
    /// Mixed cover cuts, from knapsack-like rows.
    public static let cover = MIPCuts(rawValue: 1 << 2)
    /// Clique cuts, from rows over binaries that allow at most one of them.
    public static let clique = MIPCuts(rawValue: 1 << 3)
    /// Every family.
    public static let all: MIPCuts = [.gomory, .mixedIntegerRounding, .cover, .clique]
}
