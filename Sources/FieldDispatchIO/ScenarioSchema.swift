import Foundation

/// The JSON Schema (draft 2020-12) of the native scenario format, shipped as a resource.
///
/// Editors that understand JSON Schema offer completion and catch typos when a scenario names
/// it with `"$schema"`; the decoder does not need it, it checks the same rules itself.
public enum ScenarioSchema {
    /// Location of `scenario.schema.json` in the module's resource bundle.
    public static var url: URL {
        guard let url = Bundle.module.url(forResource: "scenario.schema", withExtension: "json") else {
            // The file is declared as a copied resource in Package.swift; missing means a broken build.
            preconditionFailure("scenario.schema.json is missing from the FieldDispatchIO resource bundle")
        }
        return url
    }

    /// The schema's bytes, read from the bundle on each access.
    /// - Throws: the file system's error if the bundle cannot be read.
    public static var data: Data {
        get throws { try Data(contentsOf: url) }
    }
}
