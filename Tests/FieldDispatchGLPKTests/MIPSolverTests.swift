import FieldDispatchGLPK
import Testing

@Suite struct MIPSolverTests {
    @Test("assigns four orders to four technicians at the known minimum cost", arguments: [true, false])
    func assignmentOptimum(presolve: Bool) throws {
        let (model, x) = MIPTestModels.assignment(costs: MIPTestModels.assignmentCosts)
        let outcome = MIPSolver(timeLimit: 10, relativeGap: 0, presolve: presolve).solve(model)
        let solution = try #require(outcome.solution, "\(outcome)")
        #expect(solution.objective == 13)
        #expect(MIPTestModels.bruteForceAssignmentCost(MIPTestModels.assignmentCosts) == 13)
        let chosen = x.map { row in row.firstIndex { solution.value($0) == 1 } }
        #expect(chosen == [1, 0, 2, 3])
        #expect(model.violations(of: solution.values).isEmpty)
        #expect(model.objectiveValue(of: solution.values) == 13)
    }

    @Test("matches brute force on random 6 x 6 assignments", arguments: [11, 12, 13] as [UInt64])
    func randomAssignments(seed: UInt64) throws {
        let costs = MIPTestModels.randomCosts(size: 6, seed: seed)
        let outcome = MIPSolver(timeLimit: 10, relativeGap: 0).solve(MIPTestModels.assignment(costs: costs).model)
        let solution = try #require(outcome.solution, "\(outcome)")
        #expect(solution.objective == MIPTestModels.bruteForceAssignmentCost(costs))
    }

    @Test("solves a knapsack to 14 while its LP relaxation reaches 14.5", arguments: [true, false])
    func knapsackAndRelaxation(presolve: Bool) throws {
        let (model, items) = MIPTestModels.smallKnapsack()
        let solver = MIPSolver(timeLimit: 10, relativeGap: 0, presolve: presolve)
        let integral = try #require(solver.solve(model).solution)
        #expect(integral.objective == 14)
        #expect(items.map(integral.value) == [1, 0, 1])
        guard case .optimal(let relaxed) = solver.solveRelaxation(model) else {
            Issue.record("the relaxation should be solved to optimality")
            return
        }
        #expect(abs(relaxed.objective - 14.5) < 1e-9)
        #expect(abs(relaxed.value(items[1]) - 0.75) < 1e-9)
    }

    @Test("reports a model whose constraints contradict each other as infeasible", arguments: [true, false])
    func contradictoryConstraints(presolve: Bool) {
        var model = MIPModel()
        let x = model.addVariable(name: "x", kind: .binary, objective: 1)
        let y = model.addVariable(name: "y", kind: .binary, objective: 1)
        model.addConstraint([(x, 1), (y, 1)], .greaterOrEqual, 3, name: "too much")
        let solver = MIPSolver(timeLimit: 5, presolve: presolve)
        #expect(solver.solve(model) == .infeasible)
        #expect(solver.solveRelaxation(model) == .infeasible)
    }

    @Test("reports a model with a feasible relaxation but no whole solution as infeasible", arguments: [true, false])
    func integerInfeasible(presolve: Bool) {
        var model = MIPModel()
        let x = model.addVariable(name: "x", lowerBound: 0, upperBound: 5, kind: .integer, objective: 1)
        let y = model.addVariable(name: "y", lowerBound: 0, upperBound: 5, kind: .integer, objective: 1)
        model.addConstraint([(x, 2), (y, 2)], .equal, 5, name: "odd total")
        let solver = MIPSolver(timeLimit: 5, presolve: presolve)
        #expect(solver.solve(model) == .infeasible)
        #expect(solver.solveRelaxation(model).isOptimal)
    }

    @Test("reports an integer variable whose bounds hold no whole number as infeasible")
    func emptyIntegerDomain() {
        var model = MIPModel()
        model.addVariable(name: "x", lowerBound: 0.2, upperBound: 0.8, kind: .integer, objective: 1)
        #expect(MIPSolver(timeLimit: 5).solve(model) == .infeasible)
        #expect(MIPSolver(timeLimit: 5).solveRelaxation(model).isOptimal)
    }

    @Test("reports a binary whose bounds exclude both zero and one as infeasible, relaxed or not")
    func binaryOutsideZeroOne() {
        var model = MIPModel()
        model.addVariable(name: "b", lowerBound: 2, kind: .binary, objective: 1)
        #expect(MIPSolver(timeLimit: 5).solve(model) == .infeasible)
        #expect(MIPSolver(timeLimit: 5).solveRelaxation(model) == .infeasible)
    }

    @Test("solves a model with bounds but no constraints", arguments: [true, false])
    func boundsOnly(presolve: Bool) throws {
        var model = MIPModel(sense: .maximise)
        let x = model.addVariable(name: "x", lowerBound: -3, upperBound: 5.5, kind: .integer, objective: 2)
        let y = model.addVariable(name: "y", lowerBound: -1, upperBound: 0.25, objective: -4)
        let fixed = model.addVariable(name: "fixed", upperBound: 0, kind: .binary, objective: 10)
        let solver = MIPSolver(timeLimit: 5, presolve: presolve)
        let solution = try #require(solver.solve(model).solution)
        #expect(solution.values == [5, -1, 0])
        #expect(solver.solveRelaxation(model).solution?.values == [5.5, -1, 0])
        #expect(solution.objective == 14)
        #expect(model.bounds(of: fixed) == (0, 0) && model.kind(of: x) == .integer && model.name(of: y) == "y")
    }

    @Test("names an unbounded objective as a failure", arguments: [true, false])
    func unbounded(presolve: Bool) {
        var model = MIPModel(sense: .maximise)
        let x = model.addVariable(name: "x", objective: 1)
        let y = model.addVariable(name: "y", kind: .integer, objective: 1)
        model.addConstraint([(x, 1), (y, -1)], .greaterOrEqual, 0)
        let outcome = MIPSolver(timeLimit: 5, presolve: presolve).solve(model)
        guard case .failed(let message) = outcome else {
            Issue.record("expected a failure, got \(outcome)")
            return
        }
        #expect(message.contains("unbounded"))
    }

    // Unlimited, GLPK still has no proof of optimality for this model after 5 s; a 0.05 s limit
    // that is honoured therefore ends the search early. Wall-clock time is not asserted: GLPK is
    // shared by the tests running at once, so it would also measure the queue for it.
    @Test("stops a hard multidimensional knapsack at its time limit", arguments: [true, false])
    func timeLimit(presolve: Bool) {
        let model = MIPTestModels.hardMultiKnapsack()
        let outcome = MIPSolver(timeLimit: 0.05, relativeGap: 0, presolve: presolve).solve(model)
        switch outcome {
        case .feasible(let solution, let gap):
            #expect(gap > 0 && gap.isFinite)
            #expect(model.violations(of: solution.values).isEmpty)
        case .timedOut:
            break
        case .optimal, .infeasible, .failed:
            Issue.record("expected the time limit to stop the search, got \(outcome)")
        }
    }

    @Test("stops once the incumbent is within the relative gap tolerance and reports that gap")
    func gapTolerance() {
        let model = MIPTestModels.hardMultiKnapsack()
        let outcome = MIPSolver(timeLimit: 30, relativeGap: 0.02).solve(model)
        switch outcome {
        case .feasible(let solution, let gap):
            #expect(gap <= 0.02)
            #expect(model.violations(of: solution.values).isEmpty)
            #expect(abs(model.objectiveValue(of: solution.values) - solution.objective) < 1e-6)
        case .optimal:
            break
        default:
            Issue.record("unexpected outcome \(outcome)")
        }
    }

    @Test("finds the same optimum with every cut family and root heuristic switched on")
    func cutsAndHeuristics() throws {
        var solver = MIPSolver(timeLimit: 10, relativeGap: 0)
        solver.cuts = .all
        solver.usesFeasibilityPump = true
        solver.usesProximitySearch = true
        let costs = MIPTestModels.randomCosts(size: 6, seed: 21)
        let solution = try #require(solver.solve(MIPTestModels.assignment(costs: costs).model).solution)
        #expect(solution.objective == MIPTestModels.bruteForceAssignmentCost(costs))
        let knapsack = try #require(solver.solve(MIPTestModels.smallKnapsack().model).solution)
        #expect(knapsack.objective == 14)
    }

    @Test("adds up repeated variables in a constraint and drops cancelled ones")
    func repeatedTerms() throws {
        var model = MIPModel(sense: .maximise)
        let x = model.addVariable(name: "x", upperBound: 10, kind: .integer, objective: 1)
        let y = model.addVariable(name: "y", upperBound: 3, kind: .integer, objective: 1)
        model.addConstraint([(x, 1), (x, 1), (y, 0)], .lessOrEqual, 5, name: "2x <= 5")
        model.addConstraint([(y, 1), (y, -1)], .lessOrEqual, 0, name: "cancels")
        let solution = try #require(MIPSolver(timeLimit: 5).solve(model).solution)
        #expect(solution.value(x) == 2)
        #expect(solution.value(y) == 3)
    }

    @Test("keeps the objective constant and honours a binary fixed by its bounds")
    func constantAndFixedBinary() throws {
        var model = MIPModel(sense: .minimise, objectiveConstant: 100)
        let forced = model.addVariable(name: "forced", lowerBound: 1, kind: .binary, objective: 5)
        let free = model.addVariable(name: "free", kind: .binary, objective: 3)
        model.addConstraint([(forced, 1), (free, 1)], .lessOrEqual, 2)
        let solution = try #require(MIPSolver(timeLimit: 5).solve(model).solution)
        #expect(solution.objective == 105)
        #expect(solution.value(forced) == 1 && solution.value(free) == 0)
    }

    @Test("decides a model without variables from its constant constraints")
    func noVariables() {
        var satisfied = MIPModel(objectiveConstant: 7)
        satisfied.addConstraint([], .lessOrEqual, 1)
        #expect(MIPSolver(timeLimit: 1).solve(satisfied) == .optimal(MIPSolution(objective: 7, values: [])))
        var violated = MIPModel()
        violated.addConstraint([], .greaterOrEqual, 1)
        #expect(MIPSolver(timeLimit: 1).solve(violated) == .infeasible)
    }
}
