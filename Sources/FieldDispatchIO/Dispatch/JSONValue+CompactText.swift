/// One-line JSON, for formats with one record per line.
extension JSONValue {
    /// The first item of an array; `nil` for an empty array or a non-array.
    var firstItem: JSONValue? {
        guard case .array(let items) = self else { return nil }
        return items.first
    }

    /// The value as JSON text without line breaks or indentation.
    /// - Complexity: O(size of the output).
    var compactText: String {
        var out = ""
        writeCompact(to: &out)
        return out
    }

    private func writeCompact(to out: inout String) {
        switch self {
        case .null: out += "null"
        case .bool(let value): out += value ? "true" : "false"
        case .integer(let value): out += String(value)
        case .number(let value): out += value.isFinite ? JSONValue.format(value) : "null"
        case .string(let value): Self.writeString(value, to: &out)
        case .array(let items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                item.writeCompact(to: &out)
            }
            out += "]"
        case .object(let members):
            out += "{"
            for (i, member) in members.enumerated() {
                if i > 0 { out += "," }
                Self.writeString(member.key, to: &out)
                out += ":"
                member.value.writeCompact(to: &out)
            }
            out += "}"
        }
    }
}
