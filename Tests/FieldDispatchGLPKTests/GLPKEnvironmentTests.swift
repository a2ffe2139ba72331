@testable import FieldDispatchGLPK
import Testing

@Suite struct GLPKEnvironmentTests {
    private func blockCount() -> Int { GLPKEnvironment.withExclusiveAccess { GLPKEnvironment.allocatedBlockCount() } }

    @Test("counts the memory a live GLPK problem holds")
    func countsLiveProblems() {
        let (assignment, _) = MIPTestModels.assignment(costs: MIPTestModels.assignmentCosts)
        let (idle, live) = GLPKEnvironment.withExclusiveAccess {
            let idle = GLPKEnvironment.allocatedBlockCount()
            let problem = GLPKProblem(assignment, integral: true)
            _ = problem.handle
            return (idle, GLPKEnvironment.allocatedBlockCount())
        }
        #expect(live > idle)
    }

    @Test("leaves no GLPK memory behind after solves that succeed, time out, fail or find no solution")
    func freesEveryProblem() {
        let solver = MIPSolver(timeLimit: 0.02, relativeGap: 0)
        let (assignment, _) = MIPTestModels.assignment(costs: MIPTestModels.assignmentCosts)
        var infeasible = MIPModel()
        let x = infeasible.addVariable(kind: .binary)
        infeasible.addConstraint([(x, 1)], .greaterOrEqual, 2)
        var unbounded = MIPModel(sense: .maximise)
        unbounded.addVariable(objective: 1)
        // GLPK keeps one environment per thread; the solves below run synchronously on the
        // thread this test runs on, which is the one measured.
        _ = solver.solve(assignment)
        let before = blockCount()
        for _ in 0..<3 {
            _ = solver.solve(assignment)
            _ = solver.solveRelaxation(assignment)
            _ = solver.solve(MIPTestModels.hardMultiKnapsack())
            _ = solver.solve(infeasible)
            _ = solver.solve(unbounded)
            _ = MIPSolver(timeLimit: 1, presolve: false).solve(unbounded)
        }
        #expect(blockCount() == before)
    }
}
