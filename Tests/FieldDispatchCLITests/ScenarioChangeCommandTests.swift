import Foundation
import Testing

/// What each change does to the scenario, read back from whatif's variant-scenario.json.
@Suite struct ScenarioChangeCommandTests {
    static func variant(_ changes: [String]) throws -> [String: Any] {
        let folder = try CLIRunner.temporaryFolder("change")
        let outcome = try CLIRunner.run(["whatif", CLIRunner.fixture("small-city.json"), "--time-limit", "0.05s", "--threads", "1",
                                         "--quiet", "--out-dir", folder] + changes.flatMap { ["--change", $0] })
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.isEmpty)
        return try #require(try CLIRunner.jsonObject(at: folder + "/variant-scenario.json"))
    }

    static func technicians(_ scenario: [String: Any]) -> [[String: Any]] { scenario["technicians"] as? [[String: Any]] ?? [] }

    static func orders(_ scenario: [String: Any]) -> [[String: Any]] { scenario["orders"] as? [[String: Any]] ?? [] }

    @Test("shift-hours keeps each shift's day and sets its local hours")
    func shiftHours() throws {
        let scenario = try Self.variant(["shift-hours:07:30-19:00"])
        let shifts = Self.technicians(scenario).flatMap { $0["shifts"] as? [[String: Any]] ?? [] }
        #expect(!shifts.isEmpty)
        for shift in shifts {
            let id = try #require(shift["id"] as? String)
            #expect(shift["start"] as? String == "\(id)T07:30:00+08:00")
            #expect(shift["end"] as? String == "\(id)T19:00:00+08:00")
        }
    }

    @Test("windows:2h makes every window two hours wide around its centre")
    func windowWidth() throws {
        let scenario = try Self.variant(["windows:2h"])
        let first = try #require(Self.orders(scenario).first { $0["id"] as? String == "A-1001" })
        let windows = try #require(first["timeWindows"] as? [[String: Any]])
        // 08:00–12:00 has its centre at 10:00.
        #expect(windows.first?["start"] as? String == "2026-11-24T09:00:00+08:00")
        #expect(windows.first?["end"] as? String == "2026-11-24T11:00:00+08:00")
    }

    @Test("windows:half-day turns a morning window into the 08:00–13:00 block")
    func halfDay() throws {
        let scenario = try Self.variant(["windows:half-day"])
        let first = try #require(Self.orders(scenario).first { $0["id"] as? String == "A-1001" })
        let windows = try #require(first["timeWindows"] as? [[String: Any]])
        #expect(windows.first?["start"] as? String == "2026-11-24T08:00:00+08:00")
        #expect(windows.first?["end"] as? String == "2026-11-24T13:00:00+08:00")
    }

    @Test("remove-technician and move-technician change the roster and the home outlet")
    func roster() throws {
        let scenario = try Self.variant(["remove-technician:T-ZHAO", "move-technician:T-LI@GZ-HZ"])
        let technicians = Self.technicians(scenario)
        #expect(technicians.map { $0["id"] as? String } == ["T-LI", "T-CHEN"])
        let li = try #require(technicians.first)
        #expect(li["outlet"] as? String == "GZ-HZ")
        let shift = try #require((li["shifts"] as? [[String: Any]])?.first)
        #expect((shift["startLocation"] as? [String: Any])?["lat"] as? Double == 23.0950)
    }

    @Test("priority raises one order and add-technician adds one named copy")
    func priorityAndNamedCopy() throws {
        let scenario = try Self.variant(["priority:A-1002=emergency", "add-technician:T-NEW@GZ-TH:like=T-CHEN"])
        #expect(Self.orders(scenario).first { $0["id"] as? String == "A-1002" }?["priority"] as? String == "emergency")
        let added = try #require(Self.technicians(scenario).last)
        #expect(added["id"] as? String == "T-NEW")
        #expect(added["outlet"] as? String == "GZ-TH")
    }

    @Test("surge:0.5 keeps half the orders and surge:1.4 adds copies under new ids")
    func surge() throws {
        #expect(Self.orders(try Self.variant(["surge:0.5"])).count == 8)
        let grown = Self.orders(try Self.variant(["surge:1.4"]))
        #expect(grown.count == 21)
        let ids = grown.compactMap { $0["id"] as? String }
        #expect(Set(ids).count == ids.count)
        #expect(ids.suffix(6).allSatisfy { $0.hasSuffix("-S1") })
    }
}
