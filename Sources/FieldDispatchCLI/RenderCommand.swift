import ArgumentParser
import FieldDispatchIO
import Foundation

/// `field-dispatch render`: pictures of a plan for dispatchers and GIS tools.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw a plan: map.svg (routes on a map), gantt.svg (technicians' days) and routes.geojson.",
        discussion: """
            Example:
              field-dispatch solve day.json -o plan.json
              field-dispatch render plan.json --scenario day.json --out-dir pictures
            """)

    @Argument(help: "Plan file (JSON, as written by 'solve -o').")
    var plan: String

    @Option(name: .long, help: "The scenario the plan solves.")
    var scenario: String

    @Option(name: .long, help: "Folder for map.svg, gantt.svg and routes.geojson (created when missing).")
    var outDir: String = "."

    @Option(name: .long, help: "Width of the pictures in pixels.")
    var width: Int?

    @OptionGroup var printing: OutputOptions

    @OptionGroup var day: PlanningDayOptions

    func validate() throws {
        if let width, !(200...20_000).contains(width) { throw ValidationError("--width must be between 200 and 20000 (got \(width))") }
    }

    func run() throws {
        let problem = try InputFiles.problem(at: scenario, csv: day.reader)
        let plan = try InputFiles.plan(at: self.plan, for: problem)
        try InputFiles.makeFolder(outDir)
        let folder = URL(fileURLWithPath: outDir)
        let map = width.map { RouteMapSVG(plan: plan, problem: problem, width: $0, height: $0 * 3 / 4) } ?? RouteMapSVG(plan: plan, problem: problem)
        let gantt = width.map { GanttChartSVG(plan: plan, problem: problem, width: $0) } ?? GanttChartSVG(plan: plan, problem: problem)
        let files: [(String, Data)] = [
            ("map.svg", Data(map.render().utf8)),
            ("gantt.svg", Data(gantt.render().utf8)),
            ("routes.geojson", PlanGeoJSON(plan: plan, problem: problem).encode()),
        ]
        for (name, data) in files { try InputFiles.write(data, to: folder.appendingPathComponent(name).path) }
        let paths = files.map { folder.appendingPathComponent($0.0).path }
        if printing.json {
            let list = paths.map { "\"" + $0.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\"" }
            print("{ \"files\": [" + list.joined(separator: ", ") + "] }")
        } else if !printing.quiet {
            for (path, file) in zip(paths, files) { print("wrote \(path) (\(file.1.count) bytes)") }
        }
    }
}
