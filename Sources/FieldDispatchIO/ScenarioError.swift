import FieldDispatchModel

/// The error thrown when a scenario or plan file cannot be read: every issue found, each named by
/// its field path and record id, e.g. `orders[17] "A-1093".timeWindows[0]: end 09:00 is before start 12:00`.
public struct ScenarioError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Every issue found, in file order (format issues first, then the model's own checks).
    public var issues: [ModelIssue]

    /// Creates an error from its issues.
    public init(issues: [ModelIssue]) { self.issues = issues }

    /// Creates an error with a single issue.
    public init(path: String, message: String) { self.init(issues: [ModelIssue(path: path, message: message)]) }

    /// One issue per line.
    public var description: String { issues.map(\.description).joined(separator: "\n") }
}
