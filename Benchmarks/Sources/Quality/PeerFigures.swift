import Foundation

/// Mean gaps of peer solvers (PyVRP, VROOM, OR-Tools) on the same 48 instances, read from `peers.md`.
///
/// The 10-second figures come from the summary table (`| solver | mean gap (48) | C1 | ... |`);
/// the 1-second figures from the sentence that starts "At a 1-second budget".
struct PeerFigures: Sendable {
    /// One peer's mean gaps at one budget.
    struct Line: Sendable {
        /// Peer name as the file spells it.
        var solver: String
        /// Budget in seconds.
        var budget: Int
        /// Mean gap over the 48 instances, percent.
        var meanGap: Double
        /// Mean gap per class, percent.
        var classGaps: [SolomonClass: Double]
    }

    /// Every line found: longest budget first, then best mean gap first.
    var lines: [Line]

    /// Parses the text of `peers.md`; lines it cannot read are skipped.
    /// - Complexity: O(size of the text).
    init(markdown text: String) {
        lines = (Self.tableLines(text) + Self.sentenceLines(text)).sorted {
            ($1.budget, $0.meanGap) < ($0.budget, $1.meanGap)
        }
    }

    /// Lines of the summary table.
    private static func tableLines(_ text: String) -> [Line] {
        let rows = text.split(whereSeparator: \.isNewline).map { row in
            row.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
        }
        guard let header = rows.first(where: { $0.first == "solver" }) else { return [] }
        let classColumns = header.enumerated().compactMap { index, title in
            SolomonClass(rawValue: title).map { (index, $0) }
        }
        guard let meanColumn = header.firstIndex(where: { $0.hasPrefix("mean gap") }) else { return [] }
        return rows.compactMap { cells -> Line? in
            guard cells.count == header.count, cells != header, let mean = percent(cells[meanColumn]) else { return nil }
            var gaps: [SolomonClass: Double] = [:]
            for (index, solomonClass) in classColumns { gaps[solomonClass] = percent(cells[index]) }
            return Line(solver: displayName(cells[0]), budget: 10, meanGap: mean, classGaps: gaps)
        }
    }

    /// Lines of the "At a 1-second budget" sentence: `Name **1.05 %** (C1 0.01, C2 0.01, ...)`.
    private static func sentenceLines(_ text: String) -> [Line] {
        guard let start = text.range(of: "At a 1-second budget") else { return [] }
        let sentence = text[start.upperBound...].prefix { $0 != "\n" }
        let pattern = /([A-Za-z][A-Za-z-]*)\s+\**(-?[0-9.]+)\s*%\**\s*\(([^)]*)\)/
        return sentence.matches(of: pattern).compactMap { match -> Line? in
            guard let mean = Double(match.output.2) else { return nil }
            var gaps: [SolomonClass: Double] = [:]
            for part in match.output.3.split(separator: ",") {
                let words = part.split(separator: " ")
                if words.count == 2, let solomonClass = SolomonClass(rawValue: String(words[0])), let gap = Double(words[1]) {
                    gaps[solomonClass] = gap
                }
            }
            return Line(solver: displayName(String(match.output.1)), budget: 1, meanGap: mean, classGaps: gaps)
        }
    }

    /// A percentage cell such as `**1.48 %**` or `-0.00 %`.
    private static func percent(_ cell: String) -> Double? {
        Double(cell.replacingOccurrences(of: "*", with: "").replacingOccurrences(of: "%", with: "")
            .trimmingCharacters(in: .whitespaces))
    }

    /// The table spells peers in lower case (`pyvrp`); show them as their projects do.
    private static func displayName(_ name: String) -> String {
        switch name.lowercased() {
        case "pyvrp": "PyVRP"
        case "vroom": "VROOM"
        case "ortools", "or-tools": "OR-Tools"
        default: name
        }
    }
}
