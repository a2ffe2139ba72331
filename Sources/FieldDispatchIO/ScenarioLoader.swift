import Foundation
import FieldDispatchModel

/// Loads a scenario file of any recognised format into a checked `Problem`.
public enum ScenarioLoader {
    /// Reads a file, recognises its format by content (``ScenarioFormat/detect(_:)``) and decodes it.
    /// - Parameter url: the file to read.
    /// - Returns: a problem that passed the model's checks.
    /// - Throws: ``ScenarioError`` when the file cannot be read, its format is not recognised or
    ///   not supported, or its content has issues (all of them are listed).
    /// - Complexity: O(size of the file + n log n) in the number of records.
    public static func load(contentsOf url: URL) throws(ScenarioError) -> Problem {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw ScenarioError(path: url.lastPathComponent, message: "cannot be read (\(error.localizedDescription))")
        }
        return try load(data, name: url.deletingPathExtension().lastPathComponent)
    }

    /// Decodes a scenario already in memory, recognising its format by content.
    /// - Parameters:
    ///   - data: the scenario's bytes.
    ///   - name: the name to use when the format has none of its own (Solomon instances without a title).
    /// - Returns: a problem that passed the model's checks.
    /// - Throws: ``ScenarioError`` listing every issue.
    public static func load(_ data: Data, name: String = "scenario") throws(ScenarioError) -> Problem {
        switch ScenarioFormat.detect(data) {
        case .native:
            return try ScenarioDecoder().decode(data)
        case .solomon:
            do {
                return try SolomonReader().read(String(decoding: data, as: UTF8.self), name: name)
            } catch {
                throw ScenarioError(issues: error.issues)
            }
        case .vroom:
            return try VROOMReader().read(data, name: name)
        case nil:
            let isEmpty = data.allSatisfy { [0x20, 0x0A, 0x0D, 0x09].contains($0) }
            throw ScenarioError(path: "", message: isEmpty
                ? "the file is empty"
                : "unrecognised format: expected a native JSON scenario, VROOM JSON or a Solomon instance")
        }
    }
}
