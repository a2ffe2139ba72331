/// Which method produced a surge triage.
public enum TriagePath: String, Hashable, Sendable, CaseIterable {
    /// GLPK solved the assignment MIP, to optimality or within the reported gap.
    case exactMIP
    /// The MIP was too large for the budget: its LP relaxation was rounded (largest values first,
    /// within capacities) and the rest placed greedily.
    case relaxationRounding
    /// GLPK gave no usable answer in time (or failed): orders were placed greedily by priority and age.
    case heuristicFallback
}
