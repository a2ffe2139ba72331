import CGLPK

/// A GLPK problem object built from a ``MIPModel``, freed when it goes out of scope.
///
/// Non-copyable so that exactly one owner frees the GLPK object; only used inside
/// ``GLPKEnvironment/withExclusiveAccess(_:)``.
struct GLPKProblem: ~Copyable {
    let handle: OpaquePointer

    /// Translates a model that passed ``MIPModel/validationIssues(limit:)``.
    /// - Parameters:
    ///   - model: The model.
    ///   - integral: Whether integer and binary variables keep their kind (false for the LP relaxation).
    /// - Precondition: Every variable has ``MIPModel/effectiveBounds(_:integral:)``.
    /// - Complexity: O(n + nnz).
    init(_ model: MIPModel, integral: Bool) {
        handle = glp_create_prob()
        glp_set_obj_dir(handle, model.sense == .minimise ? GLP_MIN : GLP_MAX)
        glp_set_obj_coef(handle, 0, model.objectiveConstant)
        if model.variableCount > 0 { glp_add_cols(handle, Int32(model.variableCount)) }
        if model.constraintCount > 0 { glp_add_rows(handle, Int32(model.constraintCount)) }
        for column in 0..<model.variableCount {
            let j = Int32(column + 1)
            guard let bounds = model.effectiveBounds(column, integral: integral) else {
                preconditionFailure("\(model.variableLabel(column)) has no allowed value")
            }
            glp_set_col_bnds(handle, j, Self.boundType(bounds.lower, bounds.upper), bounds.lower, bounds.upper)
            glp_set_obj_coef(handle, j, model.objectiveCoefficients[column])
            if integral && model.kinds[column].isIntegral { glp_set_col_kind(handle, j, GLP_IV) }
        }
        for row in 0..<model.constraintCount {
            let rhs = model.rightHandSides[row]
            switch model.relations[row] {
            case .lessOrEqual: glp_set_row_bnds(handle, Int32(row + 1), GLP_UP, 0, rhs)
            case .greaterOrEqual: glp_set_row_bnds(handle, Int32(row + 1), GLP_LO, rhs, 0)
            case .equal: glp_set_row_bnds(handle, Int32(row + 1), GLP_FX, rhs, rhs)
            }
        }
        loadMatrix(model)
    }

    deinit { glp_delete_prob(handle) }

    /// Hands the constraint matrix to GLPK, which aborts on repeated (row, column) pairs:
    /// coefficients of a variable repeated within a constraint are summed first, and zeros dropped.
    private func loadMatrix(_ model: MIPModel) {
        var rows: [Int32] = [0]
        var columns: [Int32] = [0]
        var coefficients: [Double] = [0]
        rows.reserveCapacity(model.termCount + 1)
        columns.reserveCapacity(model.termCount + 1)
        coefficients.reserveCapacity(model.termCount + 1)
        // Position of each column's entry in the current row, valid while `owner[column] == row`.
        var position = [Int](repeating: 0, count: model.variableCount)
        var owner = [Int](repeating: -1, count: model.variableCount)
        for row in 0..<model.constraintCount {
            let rowStart = coefficients.count
            for term in model.rowStarts[row]..<model.rowStarts[row + 1] {
                let column = model.termColumns[term]
                if owner[column] == row {
                    coefficients[position[column]] += model.termCoefficients[term]
                } else {
                    owner[column] = row
                    position[column] = coefficients.count
                    rows.append(Int32(row + 1))
                    columns.append(Int32(column + 1))
                    coefficients.append(model.termCoefficients[term])
                }
            }
            var kept = rowStart
            for entry in rowStart..<coefficients.count where coefficients[entry] != 0 {
                rows[kept] = rows[entry]
                columns[kept] = columns[entry]
                coefficients[kept] = coefficients[entry]
                kept += 1
            }
            rows.removeSubrange(kept...)
            columns.removeSubrange(kept...)
            coefficients.removeSubrange(kept...)
        }
        glp_load_matrix(handle, Int32(coefficients.count - 1), rows, columns, coefficients)
    }

    /// GLPK's bound type for a range whose infinite ends mean "no bound".
    private static func boundType(_ lower: Double, _ upper: Double) -> Int32 {
        switch (lower.isFinite, upper.isFinite) {
        case (false, false): GLP_FR
        case (true, false): GLP_LO
        case (false, true): GLP_UP
        case (true, true): lower == upper ? GLP_FX : GLP_DB
        }
    }

    /// The values of the last MIP search, integer variables rounded.
    func mipSolution(_ model: MIPModel) -> MIPSolution {
        let values = (0..<model.variableCount).map { column in
            let value = glp_mip_col_val(handle, Int32(column + 1))
            return model.kinds[column].isIntegral ? value.rounded() : value
        }
        return MIPSolution(objective: glp_mip_obj_val(handle), values: values)
    }

    /// The values of the last simplex run.
    func basicSolution(_ model: MIPModel) -> MIPSolution {
        let values = (0..<model.variableCount).map { glp_get_col_prim(handle, Int32($0 + 1)) }
        return MIPSolution(objective: glp_get_obj_val(handle), values: values)
    }

    /// A readable name for a GLPK return code, for failure messages.
    static func describe(returnCode code: Int32) -> String {
        let names: [Int32: String] = [
            GLP_EBADB: "invalid basis", GLP_ESING: "singular matrix", GLP_ECOND: "ill-conditioned matrix",
            GLP_EBOUND: "invalid bounds", GLP_EFAIL: "solver failure", GLP_EOBJLL: "objective lower limit reached",
            GLP_EOBJUL: "objective upper limit reached", GLP_EITLIM: "iteration limit exceeded",
            GLP_ETMLIM: "time limit exceeded", GLP_ENOPFS: "no primal feasible solution",
            GLP_ENODFS: "no dual feasible solution", GLP_EROOT: "root LP optimum not provided",
            GLP_ESTOP: "search terminated by application", GLP_EMIPGAP: "relative gap tolerance reached",
        ]
        return "GLPK code \(code) (\(names[code] ?? "unknown"))"
    }
}
