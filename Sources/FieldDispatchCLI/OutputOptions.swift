import ArgumentParser

/// How much a command prints: `--quiet` and `--json`.
struct OutputOptions: ParsableArguments {
    @Flag(name: .long, help: "Print no progress and no summary (files are still written; errors still go to standard error).")
    var quiet = false

    @Flag(name: .long, help: "Print machine-readable JSON on standard output instead of the table.")
    var json = false
}
