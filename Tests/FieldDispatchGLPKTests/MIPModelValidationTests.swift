import FieldDispatchGLPK
import Testing

@Suite struct MIPModelValidationTests {
    /// The failure message of a solve, or a recorded issue when the solve did not fail.
    private func failureMessage(_ model: MIPModel, solver: MIPSolver = MIPSolver(timeLimit: 1)) -> String {
        guard case .failed(let message) = solver.solve(model) else {
            Issue.record("expected the model to be rejected")
            return ""
        }
        #expect(solver.solveRelaxation(model) == .failed(message))
        return message
    }

    @Test("rejects a NaN coefficient and names the constraint and variable")
    func nanCoefficient() {
        var model = MIPModel()
        let x = model.addVariable(name: "x", kind: .binary)
        model.addConstraint([(x, .nan)], .lessOrEqual, 1, name: "capacity")
        let message = failureMessage(model)
        #expect(message.contains("constraint 0 \"capacity\""))
        #expect(message.contains("variable 0 \"x\""))
        #expect(message.contains("not a finite number"))
    }

    @Test("rejects a variable that belongs to a larger model")
    func foreignVariable() {
        var larger = MIPModel()
        larger.addVariable()
        let foreign = larger.addVariable(name: "elsewhere")
        var model = MIPModel()
        let x = model.addVariable(name: "x")
        model.addConstraint([(x, 1), (foreign, 1)], .lessOrEqual, 1)
        #expect(failureMessage(model).contains("variable index 1 is out of range (the model has 1 variables)"))
    }

    @Test("rejects a lower bound above the upper bound")
    func crossedBounds() {
        var model = MIPModel()
        model.addVariable(name: "hours", lowerBound: 8, upperBound: 4)
        #expect(failureMessage(model).contains("variable 0 \"hours\": lower bound 8.0 is above upper bound 4.0"))
    }

    @Test("rejects non-finite objective coefficients, right-hand sides and impossible infinite bounds")
    func nonFiniteNumbers() {
        var model = MIPModel()
        let x = model.addVariable(name: "x", objective: .infinity)
        model.addVariable(name: "y", lowerBound: .infinity)
        model.addVariable(name: "z", lowerBound: .nan)
        model.addConstraint([(x, 1)], .equal, .nan, name: "balance")
        let message = failureMessage(model)
        #expect(message.contains("variable 0 \"x\": objective coefficient inf"))
        #expect(message.contains("variable 1 \"y\": lower bound is +infinity"))
        #expect(message.contains("variable 2 \"z\": bounds [nan, inf] are not numbers"))
        #expect(message.contains("constraint 0 \"balance\": right-hand side nan"))
        #expect(model.validationIssues().count == 4)
    }

    @Test("rejects a negative time limit and a negative gap before touching the model")
    func badSolverSettings() {
        let model = MIPTestModels.smallKnapsack().model
        #expect(failureMessage(model, solver: MIPSolver(timeLimit: -1)).contains("time limit"))
        #expect(failureMessage(model, solver: MIPSolver(timeLimit: 1, relativeGap: -0.1)).contains("relative gap"))
    }

    @Test("reports at most the requested number of issues")
    func issueLimit() {
        var model = MIPModel()
        for index in 0..<20 { model.addVariable(name: "v\(index)", objective: .nan) }
        #expect(model.validationIssues(limit: 3).count == 3)
        #expect(model.validationIssues(limit: 50).count == 20)
    }

    @Test("finds the violations of a hand-made assignment")
    func violations() {
        let (model, items) = MIPTestModels.smallKnapsack()
        #expect(model.violations(of: [1, 0, 1]).isEmpty)
        let found = model.violations(of: [1, 1, 0.5])
        #expect(found.count == 2)
        #expect(found.contains { $0.contains("\"item 2\"") && $0.contains("not whole") })
        #expect(found.contains { $0.contains("\"capacity\"") })
        #expect(model.objectiveValue(of: [1, 0, 1]) == 14)
        #expect(model.kind(of: items[0]) == .binary)
    }
}
