import ArgumentParser
import Foundation
import FieldDispatch
import FieldDispatchIO

/// Solves Solomon VRPTW instances one after another and prints each plan's distance, its gap to
/// the reference and whether an independent check accepts it, then mean gaps per class beside
/// the peers' figures.
@main
struct QualityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quality",
        abstract: "Gap to best-known distances on Solomon VRPTW instances, one instance at a time."
    )

    @Option(help: "Folder with the instances (*.txt).")
    var folder: String

    @Option(help: "Reference table (default: <folder>/bks.csv).")
    var bks: String?

    @Option(help: "Peer figures to print beside the means (default: <folder>/../peers.md; skipped when absent).")
    var peers: String?

    @Option(help: "Seconds per solve.")
    var timeLimit: Double = 10

    @Option(help: "Search iterations per solve; the time limit then only guards against runaway solves, so the result does not depend on the machine's load.")
    var iterations: Int?

    @Option(help: "Search threads per solve.")
    var threads: Int = 1

    @Option(help: "Whether ruin-and-recreate crosses infeasible space with adaptive penalties: on or off.")
    var infeasible: Switch = .off

    @Option(help: "Whether the local search adds SWAP* route-pair exchanges: on or off.")
    var swapStar: Switch = .off

    @Option(help: "Only instances whose name starts with one of these (comma-separated, e.g. R2,RC1).")
    var filter: String?

    @Option(help: "Solves per instance, with seeds first-seed, first-seed + 1, ...")
    var seeds: Int = 1

    @Option(help: "The first seed.")
    var firstSeed: UInt64 = 0

    @Option(help: "Also write the tables as Markdown to this file.")
    var markdown: String?

    func validate() throws {
        guard timeLimit > 0 else { throw ValidationError("--time-limit must be positive") }
        if let iterations { guard iterations >= 1 else { throw ValidationError("--iterations must be at least 1") } }
        guard threads >= 1 else { throw ValidationError("--threads must be at least 1") }
        guard seeds >= 1 else { throw ValidationError("--seeds must be at least 1") }
    }

    func run() throws {
        let folderURL = URL(fileURLWithPath: folder)
        let references = try ReferenceTable(csv: String(contentsOfFile: bks ?? folderURL.appendingPathComponent("bks.csv").path,
                                                        encoding: .utf8))
        let peersPath = peers ?? folderURL.deletingLastPathComponent().appendingPathComponent("peers.md").path
        let peerFigures = (try? String(contentsOfFile: peersPath, encoding: .utf8)).map(PeerFigures.init(markdown:))
        let files = try instanceFiles(in: folderURL)
        guard !files.isEmpty else { throw QualityError("no instance matches in \(folder)") }

        var runs: [InstanceRun] = []
        let total = files.count * seeds
        for file in files {
            let name = file.deletingPathExtension().lastPathComponent
            let problem = try SolomonReader().read(String(contentsOf: file, encoding: .utf8), name: name)
            for seed in firstSeed..<(firstSeed + UInt64(seeds)) {
                let run = solve(problem, instance: name, seed: seed, reference: references[name])
                runs.append(run)
                report(run, number: runs.count, of: total)
            }
        }

        let report = QualityReport(runs: runs, peers: peerFigures, showsSeeds: seeds > 1)
        print(header())
        print()
        print(report.instanceTable(markdown: false))
        print()
        print(report.summaryTable(markdown: false))
        print()
        for note in report.notes() { print(note) }
        if let markdown {
            let text = [
                "<!-- \(header()) -->", report.instanceTable(markdown: true), report.summaryTable(markdown: true),
                report.notes().map { "- " + $0 }.joined(separator: "\n"),
            ].joined(separator: "\n\n") + "\n"
            try text.write(toFile: markdown, atomically: true, encoding: .utf8)
        }
    }

    /// Instance files in name order, restricted by `--filter`.
    private func instanceFiles(in folderURL: URL) throws -> [URL] {
        let prefixes = (filter ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).uppercased() }
        return try FileManager.default.contentsOfDirectory(at: folderURL, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension.lowercased() == "txt" }
            .filter { url in
                let name = url.deletingPathExtension().lastPathComponent.uppercased()
                return prefixes.isEmpty || prefixes.contains { name.hasPrefix($0) }
            }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    private func solve(_ problem: Problem, instance: String, seed: UInt64, reference: ReferenceTable.Entry?) -> InstanceRun {
        var options = SolveOptions(timeLimit: timeLimit, seed: seed, threads: threads, maxIterations: iterations)
        options.crossesInfeasibleSpace = infeasible == .on
        options.usesSwapStar = swapStar == .on
        let clock = ContinuousClock()
        let start = clock.now
        let result = Solver(problem: problem).solve(options: options)
        let wall = start.duration(to: clock.now)
        let seconds = Double(wall.components.seconds) + Double(wall.components.attoseconds) * 1e-18
        return InstanceRun(instance: instance, seed: seed, problem: problem, plan: result.plan, reference: reference,
                           seconds: seconds, iterations: result.iterations)
    }

    private func report(_ run: InstanceRun, number: Int, of total: Int) {
        let gap = run.gap.map { " (" + QualityReport.signed($0) + " %)" } ?? ""
        let line = "[\(number)/\(total)] \(run.instance) seed \(run.seed): \(run.vehicles) v, "
            + QualityReport.fixed(run.distance, 2) + gap + ", " + QualityReport.fixed(run.seconds, 1) + " s"
            + (run.isValid ? "" : ", INVALID: " + run.defects.joined(separator: "; "))
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    private func header() -> String {
        #if DEBUG
        let build = "DEBUG build (figures not comparable; use -c release)"
        #else
        let build = "release build"
        #endif
        let budget = iterations.map { "\($0) iterations (time limit \(timeLimit) s)" } ?? "time limit \(timeLimit) s"
        return "quality: \(budget), \(threads) thread(s), infeasible space \(infeasible.rawValue), SWAP* \(swapStar.rawValue), seeds \(firstSeed)..<\(firstSeed + UInt64(seeds)), "
            + build + ", one instance at a time"
    }
}
