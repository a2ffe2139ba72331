/// Builds SVG text element by element, with escaping and fixed number formatting.
///
/// Numbers are written with at most one decimal, computed from integers, so the same drawing
/// gives the same bytes on every platform and no locale can slip a comma in.
struct SVGWriter {
    /// The text written so far.
    private(set) var text = ""
    private var depth = 0

    /// Starts a document of the given size with a white-ish background.
    init(width: Int, height: Int, title: String) {
        text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        open("svg", [
            ("xmlns", "http://www.w3.org/2000/svg"), ("width", "\(width)"), ("height", "\(height)"),
            ("viewBox", "0 0 \(width) \(height)"),
            ("font-family", "Helvetica, Arial, sans-serif"), ("font-size", "11"),
        ])
        element("title", text: title)
        element("rect", [("x", "0"), ("y", "0"), ("width", "\(width)"), ("height", "\(height)"), ("fill", "#fbfbf8")])
    }

    /// Opens an element that later content goes into; close it with ``close(_:)``.
    mutating func open(_ name: String, _ attributes: [(String, String)] = []) {
        line("<" + name + Self.attributes(attributes) + ">")
        depth += 1
    }

    /// Closes the innermost open element.
    mutating func close(_ name: String) {
        depth -= 1
        line("</" + name + ">")
    }

    /// Writes a whole element: empty, with escaped text, or with a `<title>` tooltip inside.
    mutating func element(_ name: String, _ attributes: [(String, String)] = [], text content: String? = nil, tooltip: String? = nil) {
        let head = "<" + name + Self.attributes(attributes)
        if let tooltip {
            line(head + "><title>" + Self.escape(tooltip) + "</title>" + (content.map(Self.escape) ?? "") + "</" + name + ">")
        } else if let content {
            line(head + ">" + Self.escape(content) + "</" + name + ">")
        } else {
            line(head + "/>")
        }
    }

    /// Finishes the document and returns its text.
    mutating func finish() -> String {
        while depth > 0 { close("svg") }
        return text
    }

    private mutating func line(_ content: String) {
        text += String(repeating: " ", count: depth) + content + "\n"
    }

    private static func attributes(_ list: [(String, String)]) -> String {
        list.map { " " + $0.0 + "=\"" + escape($0.1) + "\"" }.joined()
    }

    /// Escapes text for XML content and double-quoted attributes; drops characters XML 1.0 forbids.
    /// - Complexity: O(length).
    static func escape(_ value: String) -> String {
        var out = ""
        out.reserveCapacity(value.utf8.count)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                // Control characters cannot appear in XML 1.0 at all, not even as references.
                if scalar.value >= 0x20 && scalar.value != 0xFFFE && scalar.value != 0xFFFF { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// A coordinate or length with one decimal at most (`12`, `12.5`, `-0.3`).
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let tenths = Int((value * 10).rounded())
        let whole = String(abs(tenths) / 10), fraction = abs(tenths) % 10
        return (tenths < 0 ? "-" : "") + whole + (fraction == 0 ? "" : ".\(fraction)")
    }

    /// A list of points for `points="…"`.
    static func points(_ list: [(x: Double, y: Double)]) -> String {
        list.map { number($0.x) + "," + number($0.y) }.joined(separator: " ")
    }

    /// Shortens a label to `limit` characters, ending in an ellipsis when cut.
    static func truncate(_ label: String, to limit: Int) -> String {
        label.count <= limit ? label : String(label.prefix(max(1, limit - 1))) + "…"
    }
}
