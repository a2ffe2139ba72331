import FieldDispatchGLPK
import Testing

@Suite struct MIPSolverStartTests {
    /// Items taken in order while every dimension has room: feasible, far from optimal.
    private func greedyStart(_ model: MIPModel) -> [Double] {
        var values = [Double](repeating: 0, count: model.variableCount)
        for variable in model.variables {
            values[variable.index] = 1
            if !model.violations(of: values).isEmpty { values[variable.index] = 0 }
        }
        return values
    }

    @Test("returns a solution at least as good as the start even with no time to search", arguments: [0, 0.05])
    func startIsAFloor(timeLimit: Double) throws {
        let model = MIPTestModels.hardMultiKnapsack()
        let start = greedyStart(model)
        let floor = model.objectiveValue(of: start)
        let outcome = MIPSolver(timeLimit: timeLimit, relativeGap: 0).solve(model, startingFrom: start)
        let solution = try #require(outcome.solution, "\(outcome)")
        #expect(solution.objective >= floor)
        #expect(model.violations(of: solution.values).isEmpty)
        if case .feasible(_, let gap) = outcome, timeLimit > 0 { #expect(gap > 0 && gap.isFinite) }
    }

    @Test("still proves the optimum when started from a poor solution")
    func startStillOptimal() throws {
        let (model, x) = MIPTestModels.assignment(costs: MIPTestModels.assignmentCosts)
        var start = [Double](repeating: 0, count: model.variableCount)
        for t in 0..<4 { start[x[t][t].index] = 1 }
        #expect(model.objectiveValue(of: start) == 9 + 4 + 1 + 4)
        let outcome = MIPSolver(timeLimit: 10, relativeGap: 0).solve(model, startingFrom: start)
        guard case .optimal(let solution) = outcome else {
            Issue.record("expected the optimum, got \(outcome)")
            return
        }
        #expect(solution.objective == 13)
    }

    @Test("rejects a start of the wrong length or one that breaks a constraint")
    func badStarts() {
        let (model, _) = MIPTestModels.smallKnapsack()
        let solver = MIPSolver(timeLimit: 1)
        #expect(solver.solve(model, startingFrom: [1, 1]) == .failed("the start has 2 values for 3 variables"))
        guard case .failed(let message) = solver.solve(model, startingFrom: [1, 1, 0]) else {
            Issue.record("an overfull knapsack must not be accepted as a start")
            return
        }
        #expect(message.contains("the start is not feasible") && message.contains("\"capacity\""))
        #expect(solver.solve(model, startingFrom: [.nan, 0, 0]) == .failed("the start gives variable 0 \"item 0\" the value nan"))
    }
}
