import Foundation
import Testing

@Suite struct SolveSetPartitioningTests {
    @Test("solve --help documents --set-partitioning with its values")
    func helpNamesTheOption() throws {
        let help = try CLIRunner.run(["solve", "--help"]).stdout
        #expect(help.contains("--set-partitioning"))
        let words = help.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(words.contains("Recombine the routes the search finds by set partitioning with GLPK: on or off"))
    }

    @Test("solve --set-partitioning on plans a Solomon instance validly and says how often it recombined")
    func solvesWithSetPartitioning() throws {
        let plan = CLIRunner.temporaryFile("partitioned-plan.json")
        let outcome = try CLIRunner.run(["solve", CLIRunner.fixture("solomon/R101.txt"), "--set-partitioning", "on",
                                         "--time-limit", "1s", "--threads", "1", "-o", plan])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stderr.contains("set partitioning:"))
        #expect(FileManager.default.fileExists(atPath: plan))
        let validation = try CLIRunner.run(["validate", CLIRunner.fixture("solomon/R101.txt"), plan])
        #expect(validation.status == 0, "\(validation.stdout)\(validation.stderr)")
    }

    @Test("solve --set-partitioning rejects values other than on and off")
    func rejectsOtherValues() throws {
        let outcome = try CLIRunner.run(["solve", CLIRunner.fixture("solomon/R101.txt"), "--set-partitioning", "sometimes"])
        #expect(outcome.status != 0)
        #expect(outcome.stderr.contains("set-partitioning"))
    }
}
