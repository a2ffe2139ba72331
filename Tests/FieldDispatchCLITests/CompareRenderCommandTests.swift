import Foundation
import Testing

@Suite struct CompareRenderCommandTests {
    /// Two plans of the small city: one from the solver, one with the first route's first order moved to the unassigned list.
    static func twoPlans() throws -> (String, String) {
        let folder = try CLIRunner.temporaryFolder("compare")
        let a = folder + "/monday-a.json", b = folder + "/monday-b.json"
        let solved = try CLIRunner.run(["solve", CLIRunner.fixture("small-city.json"), "--time-limit", "0.3s", "--threads", "1",
                                        "--quiet", "-o", a])
        #expect(solved.status == 0, "\(solved.stderr)")
        #expect(solved.stdout.isEmpty)
        var json = try #require(try CLIRunner.jsonObject(at: a))
        var routes = try #require(json["routes"] as? [[String: Any]])
        let index = try #require(routes.firstIndex { ($0["stops"] as? [[String: Any]])?.contains { $0["kind"] as? String == "order" } == true })
        var stops = try #require(routes[index]["stops"] as? [[String: Any]])
        let orderStop = try #require(stops.firstIndex { $0["kind"] as? String == "order" })
        let dropped = try #require(stops[orderStop]["id"] as? String)
        stops.remove(at: orderStop)
        routes[index]["stops"] = stops
        json["routes"] = routes
        var unassigned = json["unassigned"] as? [[String: Any]] ?? []
        unassigned.append(["orderId": dropped, "reason": "limitsReached"])
        json["unassigned"] = unassigned
        try JSONSerialization.data(withJSONObject: json).write(to: URL(fileURLWithPath: b))
        return (a, b)
    }

    @Test("compare prints the KPI table and lists an order served in one plan only")
    func compareTable() throws {
        let (a, b) = try Self.twoPlans()
        let outcome = try CLIRunner.run(["compare", a, b, "--scenario", CLIRunner.fixture("small-city.json")])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let lines = outcome.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.contains("monday-a.json") == true && lines.first?.hasSuffix("difference") == true)
        let served = try #require(lines.first { $0.hasPrefix("Served") })
        #expect(served.hasSuffix("-1"), "\(served)")
        #expect(outcome.stdout.contains("Orders that moved: 1 dropped"))
    }

    @Test("compare --json gives the metrics and the moved order")
    func compareJSON() throws {
        let (a, b) = try Self.twoPlans()
        let outcome = try CLIRunner.run(["compare", a, b, "--scenario", CLIRunner.fixture("small-city.json"), "--json"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        let changes = try #require(json["orderChanges"] as? [[String: Any]])
        #expect(changes.count == 1)
        #expect(changes.first?["change"] as? String == "onlyInBaseline")
        #expect(changes.first?["variant"] is NSNull)
        let metrics = try #require(json["metrics"] as? [[String: Any]])
        #expect(metrics.first { $0["name"] as? String == "Served" }?["difference"] as? Int == -1)
    }

    @Test("compare of a plan with itself shows no differences")
    func compareSame() throws {
        let (a, _) = try Self.twoPlans()
        let outcome = try CLIRunner.run(["compare", a, a, "--scenario", CLIRunner.fixture("small-city.json")])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("No order changed technician or shift."))
        #expect(!outcome.stdout.split(separator: "\n").contains { $0.hasSuffix("+1") || $0.hasSuffix("-1") })
    }

    @Test("render writes a map, a Gantt chart and GeoJSON")
    func render() throws {
        let (a, _) = try Self.twoPlans()
        let folder = try CLIRunner.temporaryFolder("render") + "/pictures"
        let outcome = try CLIRunner.run(["render", a, "--scenario", CLIRunner.fixture("small-city.json"), "--out-dir", folder])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.split(separator: "\n").count == 3)
        for name in ["map.svg", "gantt.svg"] {
            let svg = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
            #expect(svg.hasPrefix("<?xml") && svg.contains("<svg") && svg.hasSuffix("</svg>\n"), "\(name) is not an SVG document")
        }
        let geojson = try #require(try CLIRunner.jsonObject(at: folder + "/routes.geojson"))
        #expect(geojson["type"] as? String == "FeatureCollection")
        let features = try #require(geojson["features"] as? [[String: Any]])
        #expect(features.contains { ($0["geometry"] as? [String: Any])?["type"] as? String == "LineString" })
    }

    @Test("render refuses a plan that does not exist with exit 66")
    func renderMissing() throws {
        let outcome = try CLIRunner.run(["render", "/nonexistent/plan.json", "--scenario", CLIRunner.fixture("small-city.json")])
        #expect(outcome.status == 66)
    }
}
