import Foundation
import Testing
@testable import FieldDispatchIO

@Suite struct ScenarioFormatTests {
    @Test("recognises native JSON, VROOM JSON and Solomon text by content")
    func detects() {
        #expect(ScenarioFormat.detect(Data(MalformedCase.scenario().utf8)) == .native)
        #expect(ScenarioFormat.detect(Data(#"{"vehicles": [], "jobs": []}"#.utf8)) == .vroom)
        #expect(ScenarioFormat.detect(Data(#"{"vehicles": [{"id": 1}], "shipments": []}"#.utf8)) == .vroom)
        #expect(ScenarioFormat.detect(Data(SolomonReaderTests.tiny.utf8)) == .solomon)
        #expect(ScenarioFormat.detect(Data("{\"orders\": [,]}".utf8)) == .native)
        #expect(ScenarioFormat.detect(Data("just some words".utf8)) == nil)
        #expect(ScenarioFormat.detect(Data()) == nil)
    }

    @Test("loads the small-city fixture from its URL")
    func loadsFixture() throws {
        let problem = try ScenarioLoader.load(contentsOf: ScenarioDecoderTests.fixturesURL.appendingPathComponent("small-city.json"))
        #expect(problem.orders.count == 15)
    }

    @Test("loads a Solomon instance from memory, named by its title line")
    func loadsSolomon() throws {
        #expect(try ScenarioLoader.load(Data(SolomonReaderTests.tiny.utf8)).name == "TINY")
    }

    @Test("loads VROOM input through the VROOM reader")
    func loadsVroom() throws {
        let problem = try ScenarioLoader.load(Data(VROOMReaderTests.example.utf8), name: "vroom-example")
        #expect(problem.name == "vroom-example")
        #expect(problem.orders.count == 3)
    }

    @Test("names an unrecognised format, an empty file and a missing file")
    func refusesUnknown() {
        #expect(throws: ScenarioError(path: "", message: "unrecognised format: expected a native JSON scenario, VROOM JSON or a Solomon instance")) {
            try ScenarioLoader.load(Data("just some words".utf8))
        }
        #expect(throws: ScenarioError(path: "", message: "the file is empty")) { try ScenarioLoader.load(Data("\n".utf8)) }
        do {
            _ = try ScenarioLoader.load(contentsOf: URL(fileURLWithPath: "/nonexistent/nowhere.json"))
            Issue.record("loaded a missing file")
        } catch {
            #expect(error.issues.first?.path == "nowhere.json")
            #expect(error.issues.first?.message.hasPrefix("cannot be read") == true)
        }
    }

    @Test("passes Solomon line numbers through as issues")
    func solomonIssues() {
        let broken = SolomonReaderTests.tiny.replacingOccurrences(of: "  2         50", with: "  2")
        #expect(throws: ScenarioError(path: "line 5", message: "expected two whole numbers (vehicles and capacity), found \"2\"")) {
            try ScenarioLoader.load(Data(broken.utf8))
        }
    }

    @Test("lists every issue on its own line in the error's description")
    func describesIssues() {
        let error = ScenarioError(issues: [ModelIssue(path: "orders[0]", message: "a"), ModelIssue(path: "", message: "b")])
        #expect(error.description == "orders[0]: a\nb")
    }
}
