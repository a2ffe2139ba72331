import ArgumentParser
import FieldDispatchIO
import Foundation

/// Reading inputs with the CLI's exit codes: 66 for a file that cannot be read, 65 for bad data.
enum InputFiles {
    /// Loads a scenario in any supported format, detected by content; a folder is read as CSV
    /// (`orders.csv`, `technicians.csv`, optional `outlets.csv`).
    static func problem(at path: String, csv: CSVScenarioReader = CSVScenarioReader()) throws -> Problem {
        let url = URL(fileURLWithPath: path)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder),
              isFolder.boolValue || FileManager.default.isReadableFile(atPath: url.path)
        else {
            printError("cannot read \(path)")
            throw CLIExit.unreadable
        }
        if isFolder.boolValue {
            for name in ["orders.csv", "technicians.csv"] where !FileManager.default.isReadableFile(atPath: url.appendingPathComponent(name).path) {
                printError("\(path) is a folder without a readable \(name)")
                throw CLIExit.unreadable
            }
        }
        do {
            return isFolder.boolValue ? try csv.read(folder: url) : try ScenarioLoader.load(contentsOf: url)
        } catch {
            printError(describe(error, in: path))
            throw CLIExit.badInput
        }
    }

    /// An input error: one issue on the line, several on lines of their own.
    static func describe(_ error: ScenarioError, in path: String?) -> String {
        let prefix = path.map { $0 + ": " } ?? ""
        guard error.issues.count > 1 else { return prefix + error.description }
        return prefix + "\(error.issues.count) issues\n" + error.issues.map { "  \($0)" }.joined(separator: "\n")
    }

    /// Loads a scenario from CSV files.
    static func problem(orders: String, technicians: String, outlets: String?, csv: CSVScenarioReader) throws -> Problem {
        for path in [orders, technicians] + (outlets.map { [$0] } ?? []) where !FileManager.default.isReadableFile(atPath: path) {
            printError("cannot read \(path)")
            throw CLIExit.unreadable
        }
        let ordersURL = URL(fileURLWithPath: orders)
        do {
            return try csv.read(orders: ordersURL, technicians: URL(fileURLWithPath: technicians),
                                outlets: outlets.map { URL(fileURLWithPath: $0) },
                                name: ordersURL.deletingLastPathComponent().lastPathComponent)
        } catch {
            printError(describe(error, in: nil))
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

    /// Creates a folder (and its parents) for output files.
    static func makeFolder(_ path: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            printError("cannot create \(path): \(error.localizedDescription)")
            throw CLIExit.unreadable
        }
    }

    static func printError(_ message: String) {
        FileHandle.standardError.write(Data("error: \(message)\n".utf8))
    }
}
