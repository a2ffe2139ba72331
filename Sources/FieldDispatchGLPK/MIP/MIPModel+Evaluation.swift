extension MIPModel {
    /// The objective value of an assignment of values to the variables, constant included.
    /// - Parameter values: One value per variable.
    /// - Returns: The objective value.
    /// - Precondition: `values.count == variableCount`.
    /// - Complexity: O(n).
    public func objectiveValue(of values: [Double]) -> Double {
        precondition(values.count == variableCount, "expected \(variableCount) values, got \(values.count)")
        return zip(objectiveCoefficients, values).reduce(objectiveConstant) { $0 + $1.0 * $1.1 }
    }

    /// The constraints an assignment breaks by more than a tolerance, and variables it puts
    /// outside their bounds or domain; for checking rounded or repaired solutions.
    /// - Parameters:
    ///   - values: One value per variable.
    ///   - tolerance: The absolute violation accepted.
    /// - Returns: A description of each violation, empty when the assignment is feasible.
    /// - Precondition: `values.count == variableCount`.
    /// - Complexity: O(n + nnz).
    public func violations(of values: [Double], tolerance: Double = 1e-6) -> [String] {
        precondition(values.count == variableCount, "expected \(variableCount) values, got \(values.count)")
        var found: [String] = []
        for column in 0..<variableCount {
            let value = values[column]
            var (lower, upper) = (lowerBounds[column], upperBounds[column])
            if kinds[column] == .binary { (lower, upper) = (max(lower, 0), min(upper, 1)) }
            if value < lower - tolerance || value > upper + tolerance {
                found.append("\(variableLabel(column)) = \(value) is outside [\(lower), \(upper)]")
            }
            if kinds[column].isIntegral && abs(value - value.rounded()) > tolerance {
                found.append("\(variableLabel(column)) = \(value) is not whole")
            }
        }
        for row in 0..<constraintCount {
            var lhs = 0.0
            for term in rowStarts[row]..<rowStarts[row + 1] where termColumns[term] < values.count {
                lhs += termCoefficients[term] * values[termColumns[term]]
            }
            let rhs = rightHandSides[row]
            let slack: Double
            switch relations[row] {
            case .lessOrEqual: slack = rhs - lhs
            case .greaterOrEqual: slack = lhs - rhs
            case .equal: slack = -abs(lhs - rhs)
            }
            if slack < -tolerance {
                found.append("\(constraintLabel(row)): \(lhs) \(relations[row]) \(rhs) does not hold")
            }
        }
        return found
    }

    /// `variable 3 "x[1,2]"`, or `variable 3` for an unnamed one.
    func variableLabel(_ column: Int) -> String {
        let name = column < variableNames.count ? variableNames[column] : ""
        return name.isEmpty ? "variable \(column)" : "variable \(column) \"\(name)\""
    }

    /// `constraint 7 "order 4 once"`, or `constraint 7` for an unnamed one.
    func constraintLabel(_ row: Int) -> String {
        constraintNames[row].isEmpty ? "constraint \(row)" : "constraint \(row) \"\(constraintNames[row])\""
    }
}
