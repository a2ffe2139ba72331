#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Durations of one kind of call, wall clock and process CPU time, summarised as percentiles.
///
/// CPU time leaves out the time the thread waits for a core, which on a shared machine is most
/// of what makes the slowest wall-clock calls slow.
struct LatencySample {
    /// The call measured.
    var name: String
    /// Wall-clock duration of each call, microseconds.
    var micros: [Double] = []
    /// Process CPU time of each call, microseconds.
    var cpuMicros: [Double] = []

    /// The process's CPU time so far, microseconds.
    static func processCPUMicros() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) * 1e6 + Double(time.tv_nsec) / 1e3
    }

    /// The value at or below which `fraction` of `values` fall (nearest rank).
    /// - Complexity: O(n log n).
    static func percentile(_ fraction: Double, of values: [Double]) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        let rank = max(1, Int((fraction * Double(sorted.count)).rounded(.up)))
        return sorted[min(rank, sorted.count) - 1]
    }

    /// One Markdown table row: name, calls, wall p50 / p99 / max and CPU p50 / p99 / max in
    /// milliseconds, and whether the wall and CPU p99 meet `target`.
    func row(targetMillis target: Double) -> String {
        let wall = [Self.percentile(0.5, of: micros), Self.percentile(0.99, of: micros), micros.max() ?? 0]
        let cpu = [Self.percentile(0.5, of: cpuMicros), Self.percentile(0.99, of: cpuMicros), cpuMicros.max() ?? 0]
        let cells = (wall + cpu).map { String(format: "%.3f", $0 / 1_000) }.joined(separator: " | ")
        let meets = "wall \(wall[1] / 1_000 < target ? "yes" : "no"), CPU \(cpu[1] / 1_000 < target ? "yes" : "no")"
        return "| \(name) | \(micros.count) | \(cells) | < \(target) ms: \(meets) |"
    }

    /// Times one call.
    mutating func measure<T>(_ call: () async -> T) async -> T {
        let timer = ContinuousClock()
        let cpuStart = Self.processCPUMicros()
        let start = timer.now
        let result = await call()
        let elapsed = timer.now - start
        cpuMicros.append(Self.processCPUMicros() - cpuStart)
        let (seconds, attoseconds) = elapsed.components
        micros.append(Double(seconds) * 1e6 + Double(attoseconds) / 1e12)
        return result
    }
}
