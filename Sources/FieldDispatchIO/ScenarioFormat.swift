import Foundation

/// The scenario file formats the library recognises.
public enum ScenarioFormat: String, Hashable, Sendable, CaseIterable {
    /// The native JSON format (see ``ScenarioDecoder`` and the JSON Schema in ``ScenarioSchema``).
    case native
    /// A Solomon or Gehring–Homberger VRPTW text instance (see ``SolomonReader``).
    case solomon
    /// VROOM's JSON input (`vehicles` with `jobs` or `shipments`; see ``VROOMReader``).
    case vroom

    /// Recognises a format by content, not by file name.
    ///
    /// JSON with `vehicles` and `jobs` or `shipments` is VROOM input; any other JSON object, and any
    /// text that starts like JSON but does not parse, is native (so its syntax error is reported);
    /// text with the Solomon `VEHICLE` / `CUSTOMER` / `CAPACITY` headings is Solomon.
    /// - Parameter data: the file's bytes.
    /// - Returns: the format, or `nil` when the content matches none.
    /// - Complexity: O(size of the data).
    public static func detect(_ data: Data) -> ScenarioFormat? {
        let bytes = [UInt8](data)
        guard let first = bytes.first(where: { ![0x20, 0x0A, 0x0D, 0x09, 0xEF, 0xBB, 0xBF].contains($0) }) else { return nil }
        if first == UInt8(ascii: "{") || first == UInt8(ascii: "[") {
            guard let document = try? JSONParser.parse(bytes) else { return .native }
            if document["vehicles"] != nil && (document["jobs"] != nil || document["shipments"] != nil) { return .vroom }
            return .native
        }
        let text = String(decoding: bytes, as: UTF8.self)
        return SolomonReader.recognises(text) ? .solomon : nil
    }
}
