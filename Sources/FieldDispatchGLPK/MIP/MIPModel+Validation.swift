extension MIPModel {
    /// The issues that would make GLPK reject the model (GLPK aborts the process on some of
    /// them, so they must be caught here): non-finite numbers, empty bound ranges, handles from
    /// another model, and sizes beyond GLPK's 32-bit indices.
    /// - Parameter limit: The most issues to report.
    /// - Returns: Descriptions naming the variable or constraint, empty when the model is sound.
    /// - Complexity: O(n + nnz).
    public func validationIssues(limit: Int = 5) -> [String] {
        var issues: [String] = []
        func note(_ issue: @autoclosure () -> String) -> Bool {
            issues.append(issue())
            return issues.count >= limit
        }
        if !objectiveConstant.isFinite, note("objective constant \(objectiveConstant) is not a finite number") {
            return issues
        }
        let sizeLimit = Int(Int32.max) - 1
        if variableCount > sizeLimit || constraintCount > sizeLimit || termCount > sizeLimit {
            _ = note("the model has more variables, constraints or terms than GLPK can index (\(sizeLimit))")
            return issues
        }
        for column in 0..<variableCount {
            if let issue = boundIssue(column), note("\(variableLabel(column)): \(issue)") { return issues }
            let objective = objectiveCoefficients[column]
            if !objective.isFinite, note("\(variableLabel(column)): objective coefficient \(objective) is not a finite number") {
                return issues
            }
        }
        for row in 0..<constraintCount {
            let rhs = rightHandSides[row]
            if !rhs.isFinite, note("\(constraintLabel(row)): right-hand side \(rhs) is not a finite number") {
                return issues
            }
            for term in rowStarts[row]..<rowStarts[row + 1] {
                let column = termColumns[term]
                let coefficient = termCoefficients[term]
                if column < 0 || column >= variableCount {
                    if note("\(constraintLabel(row)): variable index \(column) is out of range (the model has \(variableCount) variables)") {
                        return issues
                    }
                } else if !coefficient.isFinite,
                    note("\(constraintLabel(row)): coefficient \(coefficient) of \(variableLabel(column)) is not a finite number")
                {
                    return issues
                }
            }
        }
        return issues
    }

    /// What is wrong with a variable's bounds as given, if anything.
    private func boundIssue(_ column: Int) -> String? {
        let (lower, upper) = (lowerBounds[column], upperBounds[column])
        if lower.isNaN || upper.isNaN { return "bounds [\(lower), \(upper)] are not numbers" }
        if lower == .infinity { return "lower bound is +infinity" }
        if upper == -.infinity { return "upper bound is -infinity" }
        if lower > upper { return "lower bound \(lower) is above upper bound \(upper)" }
        return nil
    }

    /// The bounds handed to GLPK: binaries kept within 0...1 and integer bounds rounded inwards.
    /// `nil` when no allowed value is left, which makes the model infeasible rather than wrong.
    func effectiveBounds(_ column: Int, integral: Bool) -> (lower: Double, upper: Double)? {
        var (lower, upper) = (lowerBounds[column], upperBounds[column])
        if kinds[column] == .binary { (lower, upper) = (max(lower, 0), min(upper, 1)) }
        if integral && kinds[column].isIntegral { (lower, upper) = (lower.rounded(.up), upper.rounded(.down)) }
        return lower <= upper ? (lower, upper) : nil
    }
}
