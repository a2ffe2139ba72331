import ArgumentParser

/// The exit codes the CLI documents (see `field-dispatch --help`).
enum CLIExit {
    /// The plan breaks hard rules.
    static let violations = ExitCode(1)
    /// Input data with issues (scenario or plan).
    static let badInput = ExitCode(65)
    /// A file cannot be read or written.
    static let unreadable = ExitCode(66)
    /// Something went wrong inside.
    static let internalError = ExitCode(70)
}
