/// One thing wrong with an input, named by its path: `orders[17] "A-1093".timeWindows[0]: end 09:00 is before start 12:00`.
public struct ModelIssue: Hashable, Sendable, CustomStringConvertible {
    /// Where the problem is, e.g. `orders[17] "A-1093".timeWindows[0]`.
    public var path: String
    /// What is wrong.
    public var message: String

    /// Creates an issue.
    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { path.isEmpty ? message : "\(path): \(message)" }

    /// The path of one record in a list: `orders[17] "A-1093"`.
    public static func recordPath(_ list: String, _ index: Int, id: String?) -> String {
        guard let id, !id.isEmpty else { return "\(list)[\(index)]" }
        return "\(list)[\(index)] \"\(id)\""
    }
}

/// The error thrown when a ``Problem`` (or a file that describes one) has issues; lists all of them.
public struct ProblemValidationError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Every issue found, in input order.
    public var issues: [ModelIssue]

    /// Creates an error from its issues.
    public init(issues: [ModelIssue]) { self.issues = issues }

    public var description: String {
        let noun = issues.count == 1 ? "problem" : "problems"
        return "\(issues.count) \(noun) in the input:\n" + issues.map { "  \($0)" }.joined(separator: "\n")
    }
}
