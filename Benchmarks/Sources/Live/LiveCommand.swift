import ArgumentParser
import Foundation

/// Measures the live dispatcher: decision latency on a large planned day, and end-of-day quality
/// of three dispatch policies over replayed generated days.
@main
struct LiveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "live",
        abstract: "Live dispatch latency (500 technicians, 4,000 orders) and replayed-day policy comparison.",
        subcommands: [LatencyCommand.self, PolicyComparisonCommand.self]
    )
}

/// Prints progress to standard error so standard output stays a clean Markdown report.
func progress(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
