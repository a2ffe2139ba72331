import Benchmark
import FieldDispatch
import FieldDispatchIO
import Foundation

/// Search iterations per second of wall clock inside one solve, as the solver reports them.
let iterationsPerSecond = BenchmarkMetric.custom("iterations/s", polarity: .prefersLarger, useScalingFactor: false)

/// Moves priced per second (insertion positions and local-search moves), as the solver counts them.
let evaluationsPerSecond = BenchmarkMetric.custom("move evaluations/s", polarity: .prefersLarger, useScalingFactor: false)

/// Solver micro benchmarks: construction alone, and construction plus a fixed number of
/// ruin-and-recreate iterations, so the work per run is constant and wall clock, throughput and
/// allocations compare over commits.
let benchmarks: @Sendable () -> Void = {
    let construction = Benchmark.Configuration(
        metrics: [.wallClock, .throughput, .mallocCountTotal], warmupIterations: 1, maxDuration: .seconds(10), maxIterations: 50)
    let search = Benchmark.Configuration(
        metrics: [.wallClock, .throughput, .mallocCountTotal, iterationsPerSecond, evaluationsPerSecond],
        warmupIterations: 1, maxDuration: .seconds(20), maxIterations: 20)

    Benchmark("Solve C101, construction only", configuration: construction) { benchmark in
        solve(Workload.c101, iterations: 0, benchmark: benchmark)
    }

    Benchmark("Solve C101, \(Workload.solomonIterations) iterations", configuration: search) { benchmark in
        solve(Workload.c101, iterations: Workload.solomonIterations, benchmark: benchmark)
    }

    Benchmark("Solve city day 300 orders, construction only", configuration: construction) { benchmark in
        solve(Workload.cityDay, iterations: 0, benchmark: benchmark)
    }

    Benchmark("Solve city day 300 orders, \(Workload.cityIterations) iterations", configuration: search) { benchmark in
        solve(Workload.cityDay, iterations: Workload.cityIterations, benchmark: benchmark)
    }

    Benchmark("Nearest certified technician, city day 300 orders", configuration: construction) { _ in
        blackHole(Solver(problem: Workload.cityDay).nearestCertifiedTechnicianPlan())
    }
}

/// Compiles the problem and solves it with a fixed iteration count, one thread, seed 0; records
/// the solver's own iteration rate, and fails the benchmark if the wall-clock guard stopped it
/// instead (the work would no longer be fixed).
func solve(_ problem: Problem, iterations: Int, benchmark: Benchmark) {
    let options = SolveOptions(timeLimit: Workload.guardSeconds, seed: 0, threads: 1, maxIterations: iterations)
    let report = Solver(problem: problem).solve(options: options)
    if report.stopReason == .timeLimit {
        benchmark.error("stopped by the \(Workload.guardSeconds) s guard after \(report.iterations) of \(iterations) iterations")
    }
    if report.iterations > 0, report.elapsed > 0 {
        benchmark.measurement(iterationsPerSecond, Int(Double(report.iterations) / report.elapsed))
        benchmark.measurement(evaluationsPerSecond, Int(Double(report.moveEvaluations) / report.elapsed))
    }
    blackHole(report)
}

/// The problems the benchmarks solve, built once per process.
enum Workload {
    /// Ruin-and-recreate iterations per measured solve of C101 (under a second on the reference machine).
    static let solomonIterations = 2_000
    /// Iterations per measured solve of the city day (a few seconds on the reference machine).
    static let cityIterations = 200
    /// A wall-clock limit far above the iteration budgets, so the iteration count decides.
    static let guardSeconds = 120.0

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
