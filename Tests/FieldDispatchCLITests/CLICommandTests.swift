import Foundation
import Testing

@Suite struct CLICommandTests {
    @Test("lists the subcommands and the exit codes in its help")
    func help() throws {
        let outcome = try CLIRunner.run(["--help"])
        #expect(outcome.status == 0)
        for word in ["solve", "validate", "generate", "demo", "65 bad input data"] {
            #expect(outcome.stdout.contains(word), "help lacks \(word)")
        }
    }

    @Test("solves a scenario, writes the plan, and the plan validates")
    func solveThenValidate() throws {
        let plan = CLIRunner.temporaryFile("plan.json")
        let solved = try CLIRunner.run(["solve", CLIRunner.fixture("small-city.json"), "--time-limit", "0.5s", "--threads", "1", "-o", plan])
        #expect(solved.status == 0, "\(solved.stderr)")
        #expect(solved.stdout.contains("On time"))
        #expect(solved.stdout.contains("technician"))
        let validated = try CLIRunner.run(["validate", CLIRunner.fixture("small-city.json"), plan])
        #expect(validated.status == 0, "\(validated.stdout)\(validated.stderr)")
        #expect(validated.stdout.hasPrefix("valid:"))
    }

    @Test("solves a Solomon instance detected by content")
    func solomon() throws {
        let solved = try CLIRunner.run(["solve", CLIRunner.fixture("solomon/C101.txt"), "--time-limit", "0.3", "--threads", "1", "--format", "json"])
        #expect(solved.status == 0, "\(solved.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(solved.stdout.utf8)) as? [String: Any]
        #expect(json?["routes"] != nil)
    }

    @Test("rejects a bad scenario with exit code 65 and the field path")
    func badScenario() throws {
        let path = CLIRunner.temporaryFile("bad.json")
        try Data(#"{"orders": [{"id": "A-1", "location": {"lat": 23.1, "lon": 113.2}, "serviceDuration": "soon"}], "technicians": []}"#.utf8)
            .write(to: URL(fileURLWithPath: path))
        let outcome = try CLIRunner.run(["solve", path])
        #expect(outcome.status == 65)
        #expect(outcome.stderr.contains(#"orders[0] "A-1".serviceDuration"#), "\(outcome.stderr)")
    }

    @Test("reports a missing file with exit code 66")
    func missingFile() throws {
        #expect(try CLIRunner.run(["solve", "/nonexistent/scenario.json"]).status == 66)
    }

    @Test("rejects a bad option value with a usage error")
    func badOption() throws {
        let outcome = try CLIRunner.run(["solve", CLIRunner.fixture("small-city.json"), "--threads", "0"])
        #expect(outcome.status == 64)
        #expect(outcome.stderr.contains("--threads must be at least 1"))
    }

    @Test("validate exits 1 and names the rule when a plan breaks one")
    func validateBrokenPlan() throws {
        let plan = CLIRunner.temporaryFile("plan.json")
        #expect(try CLIRunner.run(["solve", CLIRunner.fixture("small-city.json"), "--time-limit", "0.3", "--threads", "1", "-o", plan]).status == 0)
        var json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: plan))) as? [String: Any])
        var routes = try #require(json["routes"] as? [[String: Any]])
        try #require(!routes.isEmpty)
        var stops = try #require(routes[0]["stops"] as? [[String: Any]])
        stops.append(stops[0])  // serve the first stop twice
        routes[0]["stops"] = stops
        json["routes"] = routes
        try JSONSerialization.data(withJSONObject: json).write(to: URL(fileURLWithPath: plan))
        let outcome = try CLIRunner.run(["validate", CLIRunner.fixture("small-city.json"), plan])
        #expect(outcome.status == 1)
        #expect(outcome.stdout.contains("invalid:"))
    }

    @Test("generates the bundled city day byte for byte")
    func generateMatchesFixture() throws {
        let outcome = try CLIRunner.run(["generate", "--orders", "300", "--technicians", "25", "--seed", "1"])
        #expect(outcome.status == 0)
        let fixture = try String(contentsOfFile: CLIRunner.fixture("city-day.json"), encoding: .utf8)
        #expect(outcome.stdout == fixture)
    }

    @Test("demo prints a readable summary checked by the validator")
    func demo() throws {
        let outcome = try CLIRunner.run(["demo", "--time-limit", "1s"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.contains("Served"))
        #expect(outcome.stdout.contains("every hard rule kept"))
    }
}
