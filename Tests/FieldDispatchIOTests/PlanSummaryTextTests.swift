import Testing
@testable import FieldDispatchIO

/// The header of the dispatcher's summary says how the plan was made.
@Suite struct PlanSummaryTextTests {
    private func header(threads: Int, regions: Int) throws -> String {
        let sample = try RenderSamples.plane()
        let run = PlanSummaryText.RunFacts(elapsed: 1.5, iterations: 1_200, seed: 7, threads: threads, objective: "cost 10", regions: regions)
        let text = PlanSummaryText(plan: sample.plan, problem: sample.problem, run: run).render()
        return try #require(text.split(separator: "\n").first { $0.hasPrefix("Solved in") }).description
    }

    @Test("the run line names threads, and a search the threads shared with its regions")
    func runLine() throws {
        #expect(try header(threads: 1, regions: 1) == "Solved in 1.50 s, 1200 iterations, seed 7, 1 thread; objective cost 10")
        #expect(try header(threads: 2, regions: 1) == "Solved in 1.50 s, 1200 iterations, seed 7, 2 threads; objective cost 10")
        #expect(try header(threads: 2, regions: 2)
            == "Solved in 1.50 s, 1200 iterations, seed 7, 2 threads sharing one search in 2 regions; objective cost 10")
    }
}
