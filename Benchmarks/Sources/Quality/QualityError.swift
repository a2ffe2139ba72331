/// A problem with the runner's inputs (files, options), reported as one sentence.
struct QualityError: Error, CustomStringConvertible {
    /// What went wrong.
    var description: String

    init(_ description: String) { self.description = description }
}
