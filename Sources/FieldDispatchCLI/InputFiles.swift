import ArgumentParser
import FieldDispatchIO
import Foundation

/// Reading inputs with the CLI's exit codes: 66 for a file that cannot be read, 65 for bad data.
enum InputFiles {
    /// Loads a scenario in any supported format, detected by content.
    static func problem(at path: String) throws -> Problem {
        let url = URL(fileURLWithPath: path)
        guard FileManager.default.isReadableFile(atPath: url.path) else {
            printError("cannot read \(path)")
            throw CLIExit.unreadable
        }
        do {
            return try ScenarioLoader.load(contentsOf: url)
        } catch {
            printError("\(path): \(error)")
            throw CLIExit.badInput
        }
    }

    /// Loads a plan written by `solve -o`.
    static func plan(at path: String, for problem: Problem) throws -> Plan {
        guard let data = FileManager.default.contents(atPath: path) else {
            printError("cannot read \(path)")
            throw CLIExit.unreadable
        }
        do {
            return try PlanDecoder().decode(data, for: problem)
        } catch {
            printError("\(path): \(error)")
            throw CLIExit.badInput
        }
    }

    /// Writes data to a file, or to standard output for `-`.
    static func write(_ data: Data, to path: String) throws {
        if path == "-" {
            FileHandle.standardOutput.write(data)
            return
        }
        do {
            try data.write(to: URL(fileURLWithPath: path))
        } catch {
            printError("cannot write \(path): \(error.localizedDescription)")
            throw CLIExit.unreadable
        }
    }

    static func printError(_ message: String) {
        FileHandle.standardError.write(Data("error: \(message)\n".utf8))
    }
}
