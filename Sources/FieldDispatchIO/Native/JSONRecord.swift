import FieldDispatchModel

/// One JSON object being read as a record, with the path used to name its fields in issues.
///
/// Creating a record checks that the value is an object and reports every key not in the
/// allowed list, so typos such as `serviceDurtion` are caught instead of silently ignored.
struct JSONRecord {
    /// The record's path, e.g. `orders[17] "A-1093"`.
    let path: String
    /// Position in its list, for records read from a list.
    private(set) var index: Int?
    private let members: [JSONValue.Member]

    /// Reads `value` as an object at `path`; reports a wrong type or unknown keys into `issues`.
    init?(_ value: JSONValue, path: String, allowed: [String], issues: inout [ModelIssue]) {
        guard case .object(let members) = value else {
            issues.append(ModelIssue(path: path, message: "expected an object, found \(value.shortDescription)"))
            return nil
        }
        self.path = path
        self.members = members
        var seen: Set<String> = []
        for member in members {
            if !seen.insert(member.key).inserted {
                issues.append(ModelIssue(path: field(member.key), message: "appears more than once"))
            } else if !allowed.contains(member.key) {
                issues.append(ModelIssue(path: field(member.key), message: Self.unknownKeyMessage(member.key, allowed: allowed)))
            }
        }
    }

    /// Reads item `index` of the list at `listPath` as a record, naming it by its `idKey` field when it has one.
    /// A list item that is not an object becomes an empty placeholder record, so that later items
    /// keep their indices in the model and its own checks name the same positions.
    init(_ value: JSONValue, list listPath: String, index: Int, allowed: [String], idKey: String = "id", issues: inout [ModelIssue]) {
        var id: String?
        switch value[idKey] {
        case .string(let text)?: id = text
        case .integer(let number)?: id = String(number)  // VROOM ids are numbers
        default: id = nil
        }
        let path = ModelIssue.recordPath(listPath, index, id: id)
        if let record = JSONRecord(value, path: path, allowed: allowed, issues: &issues) {
            self = record
            self.index = index
        } else {
            self.index = index
            self.path = path
            members = []
            isPlaceholder = true
        }
    }

    /// The value of `key`, or `nil` when it is absent or `null` (null means "not given").
    subscript(key: String) -> JSONValue? {
        guard let value = members.first(where: { $0.key == key })?.value, value != .null else { return nil }
        return value
    }

    /// The path of a field: `orders[17] "A-1093".serviceDuration`.
    func field(_ key: String) -> String { path.isEmpty ? key : path + "." + key }

    /// Whether the record stands in for a list item that was not an object (already reported),
    /// so that missing fields are not reported a second time.
    private(set) var isPlaceholder = false

    private static func unknownKeyMessage(_ key: String, allowed: [String]) -> String {
        let lowered = key.lowercased()
        let scored = allowed.map { ($0, editDistance(lowered, $0.lowercased())) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= max(1, min(3, key.count / 3)) else {
            return "unknown key"
        }
        return "unknown key (did you mean \"\(best.0)\"?)"
    }

    /// Levenshtein distance; keys are short, so the quadratic table is cheap.
    private static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var previous = Array(0...b.count)
        for i in 1...max(1, a.count) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...max(1, b.count) where !b.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
