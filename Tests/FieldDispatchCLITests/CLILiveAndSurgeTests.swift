import Foundation
import Testing

@Suite struct CLILiveAndSurgeTests {
    @Test("generate --events writes a day of events that replay turns into decisions and a valid end-of-day plan")
    func generateAndReplay() throws {
        let scenario = CLIRunner.temporaryFile("day.json"), events = CLIRunner.temporaryFile("events.jsonl")
        let plan = CLIRunner.temporaryFile("eod.json")
        let generated = try CLIRunner.run(["generate", "--orders", "60", "--technicians", "6", "--seed", "4",
                                           "-o", scenario, "--events", events, "--arriving", "8"])
        #expect(generated.status == 0, "\(generated.stderr)")
        let lines = try String(contentsOfFile: events, encoding: .utf8).split(separator: "\n")
        #expect(lines.contains { $0.contains(#""event":"orderAdded""#) })
        #expect(lines.contains { $0.contains(#""event":"emergencyAdded""#) })
        let replayed = try CLIRunner.run(["replay", scenario, events, "--time-limit", "0.3s", "-o", plan])
        #expect(replayed.status == 0, "\(replayed.stderr)")
        #expect(replayed.stdout.contains("Replayed \(lines.count) events"))
        #expect(replayed.stdout.contains("Emergency"))
        #expect(FileManager.default.fileExists(atPath: plan))
    }

    @Test("replay names the line of a bad event and exits 65")
    func badEvents() throws {
        let events = CLIRunner.temporaryFile("bad.jsonl")
        try Data("{\"event\":\"orderCancelled\",\"orderId\":\"A-1\"}\n{\"event\":\"teleported\"}\n".utf8).write(to: URL(fileURLWithPath: events))
        let outcome = try CLIRunner.run(["replay", CLIRunner.fixture("small-city.json"), events, "--time-limit", "0.2s"])
        #expect(outcome.status == 65)
        #expect(outcome.stderr.contains("line 2"), "\(outcome.stderr)")
    }

    @Test("surge-report prints demand, capacity and service per outlet and day")
    func surgeReport() throws {
        let scenario = CLIRunner.temporaryFile("storm.json")
        #expect(try CLIRunner.run(["generate", "--orders", "60", "--technicians", "8", "--days", "2", "--surge", "3",
                                   "--seed", "2", "-o", scenario]).status == 0)
        let outcome = try CLIRunner.run(["surge-report", scenario, "--horizon", "2d", "--time-limit", "0.5s"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        for word in ["triage:", "demand h", "capacity h", "deferred", "borrowed", "emergencies"] {
            #expect(outcome.stdout.contains(word), "surge-report lacks \(word)")
        }
    }

    @Test("solve --surge on plans day 0 after triage and succeeds only when the validator passes the plan")
    func solveWithSurge() throws {
        let scenario = CLIRunner.temporaryFile("storm.json"), plan = CLIRunner.temporaryFile("plan.json")
        #expect(try CLIRunner.run(["generate", "--orders", "50", "--technicians", "6", "--days", "2", "--surge", "2",
                                   "--seed", "5", "-o", scenario]).status == 0)
        let outcome = try CLIRunner.run(["solve", scenario, "--surge", "on", "--horizon", "2d", "--time-limit", "0.4s",
                                         "--threads", "1", "-o", plan])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stderr.contains("triage:"))
        #expect(outcome.stdout.contains("Served"))
    }
}
