import Foundation
import FieldDispatchModel

/// A comma-separated table as spreadsheets write it (RFC 4180): a header row, quoted cells
/// with `""` for a quote, CRLF or LF line ends, an optional byte-order mark. A header with
/// semicolons and no commas is read with `;` as the separator, as some locales export.
///
/// Rows keep their spreadsheet row number (the header is row 1) so messages can point at them.
public struct CSVTable: Sendable {
    /// One data row.
    public struct Row: Sendable {
        /// The spreadsheet row number (the header is row 1, the first data row 2).
        public var number: Int
        /// The cells, in column order; missing trailing cells are empty.
        public var cells: [String]
    }

    /// The file name used in messages, e.g. `orders.csv`.
    public var name: String
    /// Column names from the header, trimmed and lower-cased.
    public var columns: [String]
    /// The data rows; blank lines are skipped.
    public var rows: [Row]

    /// Parses a table.
    /// - Parameters:
    ///   - text: the file's text.
    ///   - name: the file name for messages.
    /// - Throws: ``ScenarioError`` when the file is empty, a quote is not closed, or a column name repeats.
    /// - Complexity: O(length of the text).
    public init(parsing text: String, name: String) throws(ScenarioError) {
        self.name = name
        var records = try Self.records(text, name: name)
        guard !records.isEmpty else { throw ScenarioError(path: name, message: "is empty (expected a header row)") }
        let header = records.removeFirst()
        columns = header.cells.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        var issues: [ModelIssue] = []
        for (i, column) in columns.enumerated() where columns.firstIndex(of: column) != i && !column.isEmpty {
            issues.append(ModelIssue(path: "\(name) row 1", message: "column \"\(column)\" appears twice"))
        }
        if !issues.isEmpty { throw ScenarioError(issues: issues) }
        let width = columns.count
        rows = records.filter { !$0.cells.allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty } }.map { record in
            Row(number: record.number, cells: record.cells + Array(repeating: "", count: max(0, width - record.cells.count)))
        }
    }

    /// Whether the table has a column.
    public func hasColumn(_ column: String) -> Bool { columns.contains(column) }

    /// A row's trimmed cell in a column; `nil` when the column is absent or the cell is empty.
    public func value(_ row: Row, _ column: String) -> String? {
        guard let index = columns.firstIndex(of: column), index < row.cells.count else { return nil }
        let cell = row.cells[index].trimmingCharacters(in: .whitespaces)
        return cell.isEmpty ? nil : cell
    }

    /// The path that names a cell in messages: `orders.csv row 17, column "window_end"`.
    public func path(_ row: Row, _ column: String) -> String { "\(name) row \(row.number), column \"\(column)\"" }

    private static func records(_ text: String, name: String) throws(ScenarioError) -> [Row] {
        var characters = Substring(text)
        if characters.first == "\u{FEFF}" { characters.removeFirst() }
        let firstLine = characters.prefix { $0 != "\n" && $0 != "\r\n" }
        let separator: Character = firstLine.contains(";") && !firstLine.contains(",") ? ";" : ","
        var rows: [Row] = []
        var cells: [String] = [], cell = "", line = 1, recordLine = 1
        var quoted = false, quoteLine = 0, wasQuoted = false
        var index = characters.startIndex
        while index < characters.endIndex {
            let c = characters[index]
            index = characters.index(after: index)
            if quoted {
                if c == "\"" {
                    if index < characters.endIndex, characters[index] == "\"" {
                        cell.append("\"")
                        index = characters.index(after: index)
                    } else {
                        quoted = false
                    }
                } else {
                    if c == "\n" || c == "\r\n" { line += 1 }
                    cell.append(c)
                }
                continue
            }
            switch c {
            case "\"" where cell.trimmingCharacters(in: .whitespaces).isEmpty && !wasQuoted:
                quoted = true
                wasQuoted = true
                quoteLine = line
                cell = ""
            case separator:
                cells.append(cell)
                cell = ""
                wasQuoted = false
            case "\n", "\r\n", "\r":
                cells.append(cell)
                rows.append(Row(number: recordLine, cells: cells))
                cells = []
                cell = ""
                wasQuoted = false
                line += 1
                recordLine = line
            default:
                cell.append(c)
            }
        }
        if quoted { throw ScenarioError(path: "\(name) row \(quoteLine)", message: "a quoted cell is not closed") }
        if !cell.isEmpty || !cells.isEmpty {
            cells.append(cell)
            rows.append(Row(number: recordLine, cells: cells))
        }
        return rows
    }
}
