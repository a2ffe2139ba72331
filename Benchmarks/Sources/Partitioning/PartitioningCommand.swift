import ArgumentParser
import FieldDispatch
import FieldDispatchGLPK
import FieldDispatchIO
import FieldDispatchValidation
import Foundation

/// Set partitioning over the search's route pool, on against off at equal time: the Solomon
/// instances (gap to the reference distances) and generated city days (objective), each
/// instance solved once per seed with and once without the recombiner.
@main
struct PartitioningCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "partitioning",
        abstract: "Set partitioning on vs off at equal time, on Solomon instances and generated days."
    )

    @Option(help: "Folder with the Solomon instances (*.txt) and bks.csv; skipped when absent.")
    var folder: String?

    @Option(help: "Only Solomon instances whose name starts with one of these (comma-separated, e.g. R1,C2).")
    var filter: String?

    @Option(help: "Generated days to plan, by order count (comma-separated; empty for none).")
    var orders: String = "300,1000"

    @Option(help: "Seconds per Solomon solve.")
    var timeLimit: Double = 2

    @Option(help: "Seconds per generated-day solve.")
    var dayTimeLimit: Double = 10

    @Option(help: "Solves per instance and setting, seeds 0, 1, ...")
    var seeds: Int = 1

    @Option(help: "Iterations between recombinations.")
    var interval: Int = 1_000

    @Option(help: "Share of the time limit per recombination, and most share of the time spent recombining.")
    var timeShare: Double = 0.1

    func validate() throws {
        guard timeLimit > 0, dayTimeLimit > 0 else { throw ValidationError("time limits must be positive") }
        guard seeds >= 1 else { throw ValidationError("--seeds must be at least 1") }
        guard interval >= 1 else { throw ValidationError("--interval must be at least 1") }
    }

    func run() throws {
        #if DEBUG
        print("DEBUG build: figures not comparable; build with -c release")
        #endif
        print("partitioning: Solomon \(timeLimit) s, days \(dayTimeLimit) s, seeds 0..<\(seeds), 1 thread, "
              + "recombination every \(interval) iterations, time share \(timeShare)")
        var comparisons: [PairedRun] = []
        if let folder {
            comparisons += try solomonRuns(folder: URL(fileURLWithPath: folder))
            print(PairedRun.summary(comparisons.filter(\.countsInMean), label: "Solomon (gap % to reference)"))
        }
        var days: [PairedRun] = []
        for count in orders.split(separator: ",").compactMap({ Int($0.trimmingCharacters(in: .whitespaces)) }) {
            let technicians = (count + 11) / 12
            for seed in 0..<UInt64(seeds) {
                var rng = SplitMix64(seed: seed)
                let problem = ScenarioGenerator(orders: count, technicians: technicians).generate(using: &rng)
                let run = pair(problem, name: "day-\(count)", seed: seed, timeLimit: dayTimeLimit, reference: nil)
                days.append(run)
                log(run)
            }
        }
        if !days.isEmpty { print(PairedRun.summary(days, label: "Generated days (objective cost)")) }
        if (comparisons + days).contains(where: { !$0.off.isValid || !$0.on.isValid }) { throw ExitCode(2) }
    }

    private func solomonRuns(folder: URL) throws -> [PairedRun] {
        let references = try BestKnown(csv: String(contentsOf: folder.appendingPathComponent("bks.csv"), encoding: .utf8))
        let prefixes = (filter ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).uppercased() }
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension.lowercased() == "txt" }
            .filter { url in prefixes.isEmpty || prefixes.contains { url.lastPathComponent.uppercased().hasPrefix($0) } }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        var runs: [PairedRun] = []
        for file in files {
            let name = file.deletingPathExtension().lastPathComponent
            let problem = try SolomonReader().read(String(contentsOf: file, encoding: .utf8), name: name)
            for seed in 0..<UInt64(seeds) {
                var run = pair(problem, name: name, seed: seed, timeLimit: timeLimit, reference: references[name]?.distance)
                run.countsInMean = references[name]?.countsInMean ?? false
                runs.append(run)
                log(run)
            }
        }
        return runs
    }

    /// Solves `problem` without and with set partitioning, same seed and time.
    private func pair(_ problem: Problem, name: String, seed: UInt64, timeLimit: Double, reference: Double?) -> PairedRun {
        let solver = Solver(problem: problem)
        var options = SolveOptions(timeLimit: timeLimit, seed: seed, threads: 1)
        let off = SettingRun(solver.solve(options: options), problem: problem, reference: reference)
        options.recombiner = SetPartitioningRecombiner()
        options.recombinationInterval = interval
        options.recombinationTimeShare = timeShare
        let on = SettingRun(solver.solve(options: options), problem: problem, reference: reference)
        return PairedRun(instance: name, seed: seed, off: off, on: on, countsInMean: true)
    }

    private func log(_ run: PairedRun) {
        FileHandle.standardError.write(Data((run.line + "\n").utf8))
    }
}
