import Foundation

/// One instance and seed solved with set partitioning off and on.
struct PairedRun: Sendable {
    var instance: String
    var seed: UInt64
    var off: SettingRun
    var on: SettingRun
    /// Whether the run enters the means (Solomon instances whose reference counts).
    var countsInMean: Bool

    /// A progress line for standard error.
    var line: String {
        "\(instance) seed \(seed): off \(Self.fixed(off.score)) (\(off.iterations) it), on \(Self.fixed(on.score)) "
            + "(\(on.iterations) it, \(on.recombinations.calls) recombinations, \(on.recombinations.improvements) improved, "
            + "\(String(format: "%.2f", on.recombinationSeconds)) s recombining)"
            + (off.isValid && on.isValid ? "" : " INVALID") + (countsInMean ? "" : " (not in means)")
    }

    /// Mean score off and on, wins and ties, for a terminal and Markdown alike.
    static func summary(_ runs: [PairedRun], label: String) -> String {
        guard !runs.isEmpty else { return "\(label): no runs" }
        let count = Double(runs.count)
        let off = runs.reduce(0) { $0 + $1.off.score } / count
        let on = runs.reduce(0) { $0 + $1.on.score } / count
        let tolerance = 1e-9
        let onWins = runs.count { $0.on.score < $0.off.score - tolerance * max(1, abs($0.off.score)) }
        let offWins = runs.count { $0.off.score < $0.on.score - tolerance * max(1, abs($0.on.score)) }
        let calls = runs.reduce(0) { $0 + $1.on.recombinations.calls }
        let improved = runs.reduce(0) { $0 + $1.on.recombinations.improvements }
        return """
            | \(label) | runs | mean off | mean on | on better | off better | ties | recombinations (improved) |
            |---|---|---|---|---|---|---|---|
            | | \(runs.count) | \(fixed(off)) | \(fixed(on)) | \(onWins) | \(offWins) | \(runs.count - onWins - offWins) | \(calls) (\(improved)) |
            """
    }

    static func fixed(_ value: Double) -> String { String(format: "%.3f", value) }
}
