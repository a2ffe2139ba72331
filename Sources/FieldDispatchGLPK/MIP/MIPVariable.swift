/// A handle to one variable of a ``MIPModel``: its column, counted from zero in the order added.
///
/// A handle is only meaningful in the model that created it (or a copy of that model);
/// the solver rejects handles whose index the model does not have.
public struct MIPVariable: Hashable, Sendable, Comparable {
    /// Position of the variable in its model, from zero.
    public let index: Int

    init(index: Int) { self.index = index }

    public static func < (lhs: MIPVariable, rhs: MIPVariable) -> Bool { lhs.index < rhs.index }
}
