/// A plain-text table with aligned columns, for terminals and logs.
public struct TextTable: Sendable {
    /// Column headers.
    public var headers: [String]
    /// Rows of cells; short rows are padded.
    public var rows: [[String]]
    /// Columns (by index) aligned to the right, usually numbers.
    public var rightAligned: Set<Int>

    /// Creates a table.
    public init(headers: [String], rows: [[String]] = [], rightAligned: Set<Int> = []) {
        self.headers = headers
        self.rows = rows
        self.rightAligned = rightAligned
    }

    /// The table as lines of text, headers underlined.
    /// - Complexity: O(cells).
    public func render(indent: String = "") -> String {
        let columns = max(headers.count, rows.map(\.count).max() ?? 0)
        var widths = [Int](repeating: 0, count: columns)
        for row in [headers] + rows {
            for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) }
        }
        func line(_ row: [String]) -> String {
            let cells = (0..<columns).map { i -> String in
                let cell = i < row.count ? row[i] : ""
                let pad = String(repeating: " ", count: widths[i] - cell.count)
                return rightAligned.contains(i) ? pad + cell : cell + pad
            }
            var text = indent + cells.joined(separator: "  ")
            while text.hasSuffix(" ") { text.removeLast() }
            return text
        }
        let rule = indent + widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
        return ([line(headers), rule] + rows.map(line)).joined(separator: "\n")
    }
}
