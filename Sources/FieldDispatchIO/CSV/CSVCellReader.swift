import Foundation
import FieldDispatchModel

/// Reads typed cells from CSV rows, collecting every issue with its row and column.
struct CSVCellReader {
    var issues: [ModelIssue] = []
    /// Local midnight of the planning day on the timeline: clock times (`HH:MM`) count from here.
    var origin: ISO8601DateTime?

    mutating func report(_ table: CSVTable, _ row: CSVTable.Row, _ column: String, _ message: String) {
        issues.append(ModelIssue(path: table.path(row, column), message: message))
    }

    mutating func string(_ table: CSVTable, _ row: CSVTable.Row, _ column: String, required: Bool = false) -> String? {
        let value = table.value(row, column)
        if value == nil && required { report(table, row, column, "is empty; every row needs it") }
        return value
    }

    mutating func double(_ table: CSVTable, _ row: CSVTable.Row, _ column: String, required: Bool = false) -> Double? {
        guard let text = string(table, row, column, required: required) else { return nil }
        guard let value = Double(text.replacingOccurrences(of: ",", with: ".")), value.isFinite else {
            report(table, row, column, "\(text) is not a number")
            return nil
        }
        return value
    }

    mutating func int(_ table: CSVTable, _ row: CSVTable.Row, _ column: String, minimum: Int = 0) -> Int? {
        guard let text = string(table, row, column) else { return nil }
        guard let value = Int(text), value >= minimum else {
            report(table, row, column, "\(text) is not a whole number of at least \(minimum)")
            return nil
        }
        return value
    }

    /// Minutes (`45`), a clock length (`1:30`), units (`1h30m`, `90m`) or ISO-8601 (`PT45M`), as seconds.
    mutating func duration(_ table: CSVTable, _ row: CSVTable.Row, _ column: String, required: Bool = false) -> Int? {
        guard let text = string(table, row, column, required: required) else { return nil }
        if let seconds = Self.seconds(ofDuration: text) { return seconds }
        report(table, row, column, "\(text) is not a duration (minutes like 45, 1:30, 1h30m or PT1H30M)")
        return nil
    }

    static func seconds(ofDuration text: String) -> Int? {
        if let minutes = Double(text), minutes >= 0, minutes.isFinite { return Int((minutes * 60).rounded()) }
        if let iso = ISO8601Duration.seconds(parsing: text.uppercased()) { return iso }
        let clock = text.split(separator: ":", omittingEmptySubsequences: false)
        if clock.count == 2, let h = Int(clock[0]), let m = Int(clock[1]), h >= 0, (0..<60).contains(m), clock[1].count == 2 {
            return h * 3600 + m * 60
        }
        var total = 0, digits = ""
        for character in text.lowercased() {
            if character.isASCII && character.isNumber { digits.append(character); continue }
            guard let value = Int(digits) else { return nil }
            switch character {
            case "h": total += value * 3600
            case "m": total += value * 60
            case "s": total += value
            default: return nil
            }
            digits = ""
        }
        return digits.isEmpty && total >= 0 && !text.isEmpty ? total : nil
    }

    /// An ISO-8601 date-time with offset, `YYYY-MM-DD HH:MM` in the planning offset, or `HH:MM`
    /// on the planning day; seconds on the timeline.
    mutating func time(_ table: CSVTable, _ row: CSVTable.Row, _ column: String, required: Bool = false) -> Int? {
        guard let text = string(table, row, column, required: required) else { return nil }
        if let seconds = time(text) { return seconds }
        report(table, row, column, "\(text) is not a time (HH:MM, or a date-time such as 2026-11-24T09:00+08:00)")
        return nil
    }

    func time(_ text: String) -> Int? {
        let base = origin?.unixTime ?? 0
        if let moment = ISO8601DateTime(parsing: text) { return moment.unixTime - base }
        if text.count == 16, let offset = origin?.utcOffset,
           let moment = ISO8601DateTime(parsing: text.replacingOccurrences(of: " ", with: "T") + ISO8601DateTime.formatOffset(offset)) {
            return moment.unixTime - base
        }
        let clock = text.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(clock.count), clock.dropFirst().allSatisfy({ $0.count == 2 }),
              let h = Int(clock[0]), let m = Int(clock[1]), (0...24).contains(h), (0..<60).contains(m)
        else { return nil }
        let s = clock.count == 3 ? Int(clock[2]) ?? 60 : 0
        guard s < 60, h * 3600 + m * 60 + s <= 86_400 else { return nil }
        return h * 3600 + m * 60 + s
    }

    /// `ac.repair:2;gas.certified` (levels default to 1); separators `;`, `|` or `,`.
    mutating func skills(_ table: CSVTable, _ row: CSVTable.Row, _ column: String) -> [(String, Int)] {
        pairs(table, row, column, what: "skill", defaultAmount: 1)
    }

    /// `CAP-35UF:2;PCB-WH-01` (quantities default to 1).
    mutating func parts(_ table: CSVTable, _ row: CSVTable.Row, _ column: String) -> [PartQuantity] {
        pairs(table, row, column, what: "part", defaultAmount: 1).map { PartQuantity($0.0, quantity: $0.1) }
    }

    /// A list of names separated by `;`, `|` or `,`.
    func list(_ table: CSVTable, _ row: CSVTable.Row, _ column: String) -> [String] {
        guard let text = table.value(row, column) else { return [] }
        return text.split(whereSeparator: { ";|,".contains($0) }).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    private mutating func pairs(_ table: CSVTable, _ row: CSVTable.Row, _ column: String, what: String, defaultAmount: Int) -> [(String, Int)] {
        list(table, row, column).compactMap { item in
            let parts = item.split(separator: ":", omittingEmptySubsequences: false)
            let name = parts[0].trimmingCharacters(in: .whitespaces)
            guard parts.count <= 2, !name.isEmpty else {
                report(table, row, column, "\"\(item)\" is not NAME or NAME:NUMBER")
                return nil
            }
            guard parts.count == 2 else { return (name, defaultAmount) }
            guard let amount = Int(parts[1].trimmingCharacters(in: .whitespaces)), amount >= 1 else {
                report(table, row, column, "\(what) \"\(name)\" needs a whole number of at least 1 after the colon (got \"\(parts[1])\")")
                return nil
            }
            return (name, amount)
        }
    }
}
