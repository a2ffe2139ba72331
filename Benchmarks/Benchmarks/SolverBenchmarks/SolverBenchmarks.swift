import Benchmark
import FieldDispatch
import FieldDispatchIO
import Foundation

/// Search iterations per second of wall clock inside one solve, as the solver reports them.
let iterationsPerSecond = BenchmarkMetric.custom("iterations/s", polarity: .prefersLarger, useScalingFactor: false)

/// Solver micro benchmarks: construction plus a fixed number of local-search iterations, so the
/// work per run is constant and wall clock, throughput and allocations are comparable over commits.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .throughput, .mallocCountTotal, iterationsPerSecond],
        warmupIterations: 1,
        maxDuration: .seconds(10),
        maxIterations: 50
    )

    Benchmark("Solve C101, construction only") { benchmark in
        solve(Workload.c101, iterations: 0, benchmark: benchmark)
    }

    Benchmark("Solve C101, \(Workload.iterations) iterations") { benchmark in
        solve(Workload.c101, iterations: Workload.iterations, benchmark: benchmark)
    }

    Benchmark("Solve city day 300 orders, construction only") { benchmark in
        solve(Workload.cityDay, iterations: 0, benchmark: benchmark)
    }

    Benchmark("Solve city day 300 orders, \(Workload.iterations) iterations") { benchmark in
        solve(Workload.cityDay, iterations: Workload.iterations, benchmark: benchmark)
    }

    Benchmark("Nearest certified technician, city day 300 orders") { _ in
        blackHole(Solver(problem: Workload.cityDay).nearestCertifiedTechnicianPlan())
    }
}

/// Solves once with a fixed iteration count and records the solver's own iteration rate.
func solve(_ problem: Problem, iterations: Int, benchmark: Benchmark) {
    let report = Solver(problem: problem).solve(options: SolveOptions(seed: 0, threads: 1, maxIterations: iterations))
    let seconds = report.elapsed
    if seconds > 0 { benchmark.measurement(iterationsPerSecond, Int(Double(report.iterations) / seconds)) }
    blackHole(report)
}

/// The problems the benchmarks solve, built once per process.
enum Workload {
    /// Local-search iterations per measured solve.
    static let iterations = 2_000

    /// Solomon C101 from the repository's fixtures.
    static let c101: Problem = {
        let root = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let file = root.appendingPathComponent("fixtures/solomon/C101.txt")
        do {
            return try SolomonReader().read(String(contentsOf: file, encoding: .utf8), name: "C101")
        } catch {
            fatalError("cannot read \(file.path): \(error)")
        }
    }()

    /// A generated 300-order after-sales day with 25 technicians.
    static let cityDay: Problem = {
        var rng = SplitMix64(seed: 1)
        return ScenarioGenerator(orders: 300, technicians: 25, days: 1, surge: 1).generate(using: &rng)
    }()
}
