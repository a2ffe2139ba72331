import Foundation
import Testing

@Suite struct ProgressOutputTests {
    @Test("a run over a second prints plain progress lines to a pipe, at most one a second")
    func plainLines() throws {
        let outcome = try CLIRunner.run(["solve", CLIRunner.fixture("small-city.json"), "--time-limit", "2.2s", "--threads", "1", "--json"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let lines = outcome.stderr.split(separator: "\n")
        #expect((1...2).contains(lines.count), "\(outcome.stderr)")
        #expect(lines.allSatisfy { $0.contains("/2.2 s  best cost") && $0.contains("unassigned") && !$0.contains("\u{1B}") })
        #expect(outcome.stdout.hasPrefix("{"))
    }

    @Test("--quiet prints neither progress nor the summary")
    func quiet() throws {
        let outcome = try CLIRunner.run(["solve", CLIRunner.fixture("small-city.json"), "--time-limit", "1.3s", "--threads", "1", "--quiet"])
        #expect(outcome.status == 0)
        #expect(outcome.stderr.isEmpty)
        #expect(outcome.stdout.isEmpty)
    }

    @Test("--json conflicts with a non-JSON --format")
    func jsonConflict() throws {
        let outcome = try CLIRunner.run(["solve", CLIRunner.fixture("small-city.json"), "--json", "--format", "vroom"])
        #expect(outcome.status == 64)
    }
}
