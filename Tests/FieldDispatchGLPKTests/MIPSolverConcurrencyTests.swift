import FieldDispatchGLPK
import Testing

@Suite struct MIPSolverConcurrencyTests {
    @Test("concurrent solves from a task group give the same answers as solving one at a time")
    func concurrentSolves() async {
        let models = (0..<12).map { index in
            index.isMultiple(of: 3)
                ? MIPTestModels.hardMultiKnapsack(items: 20, dimensions: 3, seed: UInt64(index))
                : MIPTestModels.assignment(costs: MIPTestModels.randomCosts(size: 7, seed: UInt64(index))).model
        }
        let solver = MIPSolver(timeLimit: 30, relativeGap: 0)
        let sequential = models.map { solver.solve($0) }
        #expect(sequential.allSatisfy { $0.isOptimal })
        let relaxations = models.map { solver.solveRelaxation($0) }
        let concurrent = await withTaskGroup(of: (index: Int, isRelaxed: Bool, outcome: MIPOutcome).self) { group in
            for round in 0..<3 {
                for (index, model) in models.enumerated() {
                    let isRelaxed = round == 1
                    group.addTask { (index, isRelaxed, isRelaxed ? solver.solveRelaxation(model) : solver.solve(model)) }
                }
            }
            var outcomes: [(index: Int, isRelaxed: Bool, outcome: MIPOutcome)] = []
            for await outcome in group { outcomes.append(outcome) }
            return outcomes
        }
        #expect(concurrent.count == 36)
        for run in concurrent {
            #expect(run.outcome == (run.isRelaxed ? relaxations : sequential)[run.index], "model \(run.index)")
        }
    }
}
