/// A JSON document as the formats read and write it.
///
/// Objects keep their members in file order, so written files read top-down the way the format
/// documents them, and integers stay apart from fractional numbers and booleans, so a `true`
/// never passes for `1`.
enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case integer(Int)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([Member])

    /// One member of an object.
    struct Member: Hashable, Sendable {
        var key: String
        var value: JSONValue

        init(_ key: String, _ value: JSONValue) {
            self.key = key
            self.value = value
        }
    }

    /// An object from members, dropping `nil` values so optional fields are simply left out.
    static func object(_ members: [(String, JSONValue?)]) -> JSONValue {
        .object(members.compactMap { key, value in value.map { Member(key, $0) } })
    }

    /// The value of `key` in an object; `nil` for a missing key or a non-object.
    /// - Complexity: O(members).
    subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    /// How the value is named in messages: strings quoted, numbers as written, containers by kind.
    var shortDescription: String {
        switch self {
        case .null: "null"
        case .bool(let value): value ? "true" : "false"
        case .integer(let value): String(value)
        case .number(let value): JSONValue.format(value)
        case .string(let value): "\"\(value)\""
        case .array: "a list"
        case .object: "an object"
        }
    }

    /// Writes the value as indented JSON text.
    /// - Complexity: O(size of the output).
    func serialized() -> String {
        var out = ""
        write(to: &out, indent: "")
        out += "\n"
        return out
    }

    private func write(to out: inout String, indent: String) {
        switch self {
        case .null, .bool, .integer, .number:
            out += shortDescription
        case .string(let value):
            JSONValue.writeString(value, to: &out)
        case .array(let items):
            // Lists of scalars (matrix rows, id lists) stay on one line: they are read as rows.
            if items.allSatisfy(\.isScalar) {
                out += "[" + items.map { $0.inline() }.joined(separator: ", ") + "]"
                return
            }
            let inner = indent + "  "
            out += "[\n"
            for (i, item) in items.enumerated() {
                out += inner
                item.write(to: &out, indent: inner)
                out += i + 1 < items.count ? ",\n" : "\n"
            }
            out += indent + "]"
        case .object(let members):
            guard !members.isEmpty else { out += "{}"; return }
            // Small flat objects (locations, windows, part quantities) read best on one line.
            if members.allSatisfy(\.value.isScalar) {
                let parts = members.map { member -> String in
                    var text = ""
                    JSONValue.writeString(member.key, to: &text)
                    return text + ": " + member.value.inline()
                }
                let line = "{ " + parts.joined(separator: ", ") + " }"
                if line.count <= 96 { out += line; return }
            }
            let inner = indent + "  "
            out += "{\n"
            for (i, member) in members.enumerated() {
                out += inner
                JSONValue.writeString(member.key, to: &out)
                out += ": "
                member.value.write(to: &out, indent: inner)
                out += i + 1 < members.count ? ",\n" : "\n"
            }
            out += indent + "}"
        }
    }

    private var isScalar: Bool {
        switch self {
        case .array(let items): items.isEmpty
        case .object(let members): members.isEmpty
        default: true
        }
    }

    private func inline() -> String {
        var out = ""
        write(to: &out, indent: "")
        return out
    }

    /// Shortest text that reads back as the same double; whole numbers keep a `.0`-free form.
    static func format(_ value: Double) -> String {
        // JSON has no NaN or infinity; null is the conventional stand-in.
        guard value.isFinite else { return "null" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return "\(value)"
    }

    /// Appends `value` as a JSON string literal, escaping quotes, backslashes and control characters.
    static func writeString(_ value: String, to out: inout String) {
        out += "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
