/// Values of every variable of a ``MIPModel`` and the objective they reach.
public struct MIPSolution: Hashable, Sendable {
    /// The objective value, including the model's constant term.
    public var objective: Double
    /// One value per variable, in the order the variables were added. Values of integer and
    /// binary variables are rounded to the nearest whole number, so `value(x) == 1` is a safe test.
    public var values: [Double]

    /// Creates a solution.
    /// - Parameters:
    ///   - objective: The objective value.
    ///   - values: One value per variable, by ``MIPVariable/index``.
    public init(objective: Double, values: [Double]) {
        self.objective = objective
        self.values = values
    }

    /// The value of one variable.
    /// - Parameter variable: A variable of the model this solution solves.
    /// - Returns: Its value.
    /// - Precondition: The variable belongs to the solved model.
    public func value(_ variable: MIPVariable) -> Double { values[variable.index] }
}
