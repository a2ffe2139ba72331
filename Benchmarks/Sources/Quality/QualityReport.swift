import Foundation
import FieldDispatchIO

/// The tables the quality runner prints: one row per solve, then mean gaps per class and overall
/// beside the peers' figures.
struct QualityReport: Sendable {
    /// Every solve, in the order run.
    var runs: [InstanceRun]
    /// Peer figures to print beside the means (empty when `peers.md` was not found).
    var peers: PeerFigures?
    /// Whether more than one seed was run per instance (adds a seed column).
    var showsSeeds: Bool

    /// One row per solve: instance, vehicles, distance, reference, gap, seconds, validity.
    func instanceTable(markdown: Bool) -> String {
        var headers = ["instance", "vehicles", "distance", "ref", "gap %", "seconds", "iterations", "valid"]
        if showsSeeds { headers.insert("seed", at: 1) }
        let rows = runs.map { run -> [String] in
            let marker = run.reference.map { $0.countsInMean ? "" : " *" } ?? " ?"
            var row = [
                run.instance + marker,
                String(run.vehicles),
                Self.fixed(run.distance, 2),
                run.reference.map { Self.fixed($0.distance, 2) } ?? "-",
                run.gap.map { Self.signed($0) } ?? "-",
                Self.fixed(run.seconds, 1),
                String(run.iterations),
                run.isValid ? "yes" : "INVALID",
            ]
            if showsSeeds { row.insert(String(run.seed), at: 1) }
            return row
        }
        return table(headers: headers, rows: rows, rightAligned: Set(1..<(headers.count - 1)), markdown: markdown)
    }

    /// Mean gap per class and overall over the runs that count, beside the peers at 10 s and 1 s.
    func summaryTable(markdown: Bool) -> String {
        let peerLines = peers?.lines ?? []
        var headers = ["class", "runs", "in mean", "invalid", "mean gap %", "mean s"]
        headers += peerLines.map { "\($0.solver) \($0.budget) s" }
        var rows: [[String]] = []
        for solomonClass in SolomonClass.allCases {
            let members = runs.filter { $0.solomonClass == solomonClass }
            guard !members.isEmpty else { continue }
            rows.append(summaryRow(solomonClass.rawValue, members) + peerLines.map { line in
                line.classGaps[solomonClass].map { Self.signed($0) } ?? "-"
            })
        }
        rows.append(summaryRow("all", runs) + peerLines.map { Self.signed($0.meanGap) })
        return table(headers: headers, rows: rows, rightAligned: Set(1..<headers.count), markdown: markdown)
    }

    /// Notes under the tables: what `*` means, invalid runs and their first defect.
    func notes() -> [String] {
        var notes = [
            "ref: DIMACS 2021 distance-only routes recomputed in double precision; * = those routes are infeasible "
                + "in double precision, the classic best-known distance is shown and the instance is left out of the means.",
        ]
        if peers != nil {
            notes.append("Peers: mean gaps over the same 48 instances from peers.md (one thread, 10 s and 1 s budgets).")
        }
        let ran = Set(runs.filter { $0.reference?.countsInMean == true }.map(\.instance))
        let counted = Set(runs.filter(\.countsInMean).map(\.instance))
        if counted.count < ran.count {
            notes.append("Only \(counted.count) of the \(ran.count) reference instances run gave a valid plan.")
        }
        if counted.count < 48 {
            notes.append("\(counted.count) of the 48 reference instances count in the overall mean, so it is not comparable with the peers' 48-instance mean.")
        }
        for run in runs where !run.isValid {
            notes.append("\(run.instance) seed \(run.seed) INVALID: " + run.defects.joined(separator: "; "))
        }
        return notes
    }

    private func summaryRow(_ label: String, _ members: [InstanceRun]) -> [String] {
        let counted = members.filter(\.countsInMean).compactMap(\.gap)
        let meanGap = counted.isEmpty ? nil : counted.reduce(0, +) / Double(counted.count)
        let meanSeconds = members.map(\.seconds).reduce(0, +) / Double(max(1, members.count))
        return [
            label, String(members.count), String(counted.count), String(members.count { !$0.isValid }),
            meanGap.map { Self.signed($0) } ?? "-", Self.fixed(meanSeconds, 1),
        ]
    }

    private func table(headers: [String], rows: [[String]], rightAligned: Set<Int>, markdown: Bool) -> String {
        markdown
            ? MarkdownTable(headers: headers, rows: rows, rightAligned: rightAligned).render()
            : TextTable(headers: headers, rows: rows, rightAligned: rightAligned).render()
    }

    static func fixed(_ value: Double, _ digits: Int) -> String {
        value.isFinite ? String(format: "%.\(digits)f", value) : "-"
    }

    static func signed(_ value: Double) -> String {
        String(format: "%+.2f", value)
    }
}
