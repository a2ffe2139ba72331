/// A GitHub-flavoured Markdown table, for pasting measured results into documents.
struct MarkdownTable: Sendable {
    /// Column headers.
    var headers: [String]
    /// Rows of cells; short rows are padded.
    var rows: [[String]]
    /// Columns (by index) aligned to the right, usually numbers.
    var rightAligned: Set<Int>

    /// The table as Markdown lines.
    /// - Complexity: O(cells).
    func render() -> String {
        func line(_ cells: [String]) -> String {
            let padded = cells + Array(repeating: "", count: max(0, headers.count - cells.count))
            return "| " + padded.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |"
        }
        let rule = "|" + headers.indices.map { rightAligned.contains($0) ? "---:|" : "---|" }.joined()
        return ([line(headers), rule] + rows.map(line)).joined(separator: "\n")
    }
}
