/// Why a what-if change could not be read or applied, naming the change as it was written.
///
/// ```
/// change "remove-technician:T-99": no technician has the id "T-99"
/// ```
public struct ScenarioChangeError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The change as written, e.g. `surge:two`.
    public var change: String
    /// What is wrong with it.
    public var message: String

    /// Creates an error.
    /// - Parameters:
    ///   - change: the change's text.
    ///   - message: what is wrong with it.
    public init(change: String, message: String) {
        self.change = change
        self.message = message
    }

    /// `change "<text>": <message>`.
    public var description: String { "change \"\(change)\": \(message)" }
}
