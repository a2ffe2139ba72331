import Foundation
import Testing
import FieldDispatchTestSupport

@Suite struct RenderPreviewTests {
    @Test("writes previews of the city day", .enabled(if: ProcessInfo.processInfo.environment["RENDER_PREVIEW"] != nil))
    func preview() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        for name in ["city-day", "small-city"] {
            let problem = try ScenarioLoader.load(contentsOf: root.appendingPathComponent("fixtures/\(name).json"))
            let plan = Solver(problem: problem).solve(options: SolveOptions(timeLimit: name == "city-day" ? 2 : 0.5, seed: 1, threads: 1)).plan
            try RouteMapSVG(plan: plan, problem: problem).render().write(toFile: "/tmp/\(name)-map.svg", atomically: true, encoding: .utf8)
            try GanttChartSVG(plan: plan, problem: problem).render().write(toFile: "/tmp/\(name)-gantt.svg", atomically: true, encoding: .utf8)
            try PlanGeoJSON(plan: plan, problem: problem).encode().write(to: URL(fileURLWithPath: "/tmp/\(name).geojson"))
        }
    }
}
