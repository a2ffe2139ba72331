/// A mixed-integer linear program as a plain value: variables with bounds, kinds and objective
/// coefficients, linear constraints stored row by row in compressed sparse form, and a sense.
///
/// Building a model never touches GLPK, so models can be built, copied and sent between tasks
/// freely; ``MIPSolver`` checks a model and translates it when it solves it.
///
/// ```swift
/// var model = MIPModel(sense: .maximise)
/// let x = model.addVariable(name: "x", kind: .binary, objective: 3)
/// let y = model.addVariable(name: "y", kind: .binary, objective: 2)
/// model.addConstraint([(x, 1), (y, 1)], .lessOrEqual, 1, name: "pick one")
/// ```
public struct MIPModel: Sendable {
    /// Whether the objective is minimised or maximised.
    public var sense: MIPSense
    /// A constant added to the objective.
    public var objectiveConstant: Double

    private(set) var variableNames: [String] = []
    private(set) var lowerBounds: [Double] = []
    private(set) var upperBounds: [Double] = []
    private(set) var kinds: [MIPVariableKind] = []
    private(set) var objectiveCoefficients: [Double] = []

    /// Where each constraint's terms start in `termColumns`; one extra entry closes the last row.
    private(set) var rowStarts: [Int] = [0]
    private(set) var termColumns: [Int] = []
    private(set) var termCoefficients: [Double] = []
    private(set) var relations: [MIPRelation] = []
    private(set) var rightHandSides: [Double] = []
    private(set) var constraintNames: [String] = []

    /// Creates an empty model.
    /// - Parameters:
    ///   - sense: Whether to minimise or maximise.
    ///   - objectiveConstant: A constant added to the objective.
    public init(sense: MIPSense = .minimise, objectiveConstant: Double = 0) {
        self.sense = sense
        self.objectiveConstant = objectiveConstant
    }

    /// The number of variables.
    public var variableCount: Int { kinds.count }
    /// The number of constraints.
    public var constraintCount: Int { relations.count }
    /// The number of constraint terms stored (duplicates within a constraint counted separately).
    public var termCount: Int { termColumns.count }
    /// Every variable, in the order added.
    public var variables: [MIPVariable] { (0..<variableCount).map(MIPVariable.init(index:)) }

    /// Adds a variable.
    /// - Parameters:
    ///   - name: A name used in messages about the variable.
    ///   - lowerBound: The smallest value allowed; `-.infinity` for none.
    ///   - upperBound: The largest value allowed; `.infinity` for none.
    ///   - kind: Continuous, integer or binary. A binary variable is kept within 0...1 whatever its bounds.
    ///   - objective: The variable's coefficient in the objective.
    /// - Returns: A handle for use in constraints and for reading solutions.
    /// - Complexity: Amortised O(1).
    @discardableResult
    public mutating func addVariable(
        name: String = "",
        lowerBound: Double = 0,
        upperBound: Double = .infinity,
        kind: MIPVariableKind = .continuous,
        objective: Double = 0
    ) -> MIPVariable {
        variableNames.append(name)
        lowerBounds.append(lowerBound)
        upperBounds.append(upperBound)
        kinds.append(kind)
        objectiveCoefficients.append(objective)
        return MIPVariable(index: kinds.count - 1)
    }

    /// Adds the linear constraint `sum(coefficient * variable) relation rhs`.
    ///
    /// A variable may appear several times; its coefficients are added up when solving.
    /// Handles and numbers are checked when solving, not here, so that building stays cheap.
    /// - Parameters:
    ///   - terms: Pairs of a variable and its coefficient.
    ///   - relation: How the sum compares with `rhs`.
    ///   - rhs: The right-hand side.
    ///   - name: A name used in messages about the constraint.
    /// - Returns: The position of the constraint, from zero.
    /// - Complexity: Amortised O(k) for k terms.
    @discardableResult
    public mutating func addConstraint(
        _ terms: [(MIPVariable, Double)],
        _ relation: MIPRelation,
        _ rhs: Double,
        name: String = ""
    ) -> Int {
        for (variable, coefficient) in terms {
            termColumns.append(variable.index)
            termCoefficients.append(coefficient)
        }
        rowStarts.append(termColumns.count)
        relations.append(relation)
        rightHandSides.append(rhs)
        constraintNames.append(name)
        return relations.count - 1
    }

    /// Changes a variable's objective coefficient.
    /// - Parameters:
    ///   - coefficient: The new coefficient.
    ///   - variable: A variable of this model.
    public mutating func setObjective(_ coefficient: Double, for variable: MIPVariable) {
        objectiveCoefficients[variable.index] = coefficient
    }

    /// Changes a variable's bounds, e.g. to fix it while rounding a relaxation.
    /// - Parameters:
    ///   - variable: A variable of this model.
    ///   - lower: The smallest value allowed.
    ///   - upper: The largest value allowed.
    public mutating func setBounds(of variable: MIPVariable, lower: Double, upper: Double) {
        lowerBounds[variable.index] = lower
        upperBounds[variable.index] = upper
    }

    /// The name a variable was given.
    public func name(of variable: MIPVariable) -> String { variableNames[variable.index] }
    /// The kind of a variable.
    public func kind(of variable: MIPVariable) -> MIPVariableKind { kinds[variable.index] }
    /// The bounds of a variable as given (binary variables are further kept within 0...1).
    public func bounds(of variable: MIPVariable) -> (lower: Double, upper: Double) {
        (lowerBounds[variable.index], upperBounds[variable.index])
    }
    /// The objective coefficient of a variable.
    public func objectiveCoefficient(of variable: MIPVariable) -> Double { objectiveCoefficients[variable.index] }

    /// The terms of one constraint as added, duplicates included.
    /// - Complexity: O(k) for k terms.
    public func terms(ofConstraint row: Int) -> [(MIPVariable, Double)] {
        (rowStarts[row]..<rowStarts[row + 1]).map { (MIPVariable(index: termColumns[$0]), termCoefficients[$0]) }
    }

    /// The relation and right-hand side of one constraint.
    public func bound(ofConstraint row: Int) -> (relation: MIPRelation, rhs: Double) {
        (relations[row], rightHandSides[row])
    }

    /// The name of one constraint.
    public func name(ofConstraint row: Int) -> String { constraintNames[row] }
}
