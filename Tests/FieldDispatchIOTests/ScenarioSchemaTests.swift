import Foundation
import Testing
@testable import FieldDispatchIO

@Suite struct ScenarioSchemaTests {
    static func schema() throws -> JSONValue { try JSONParser.parse(Array(try ScenarioSchema.data)) }

    static func propertyNames(_ value: JSONValue?) -> Set<String> {
        guard case .object(let members) = value?["properties"] ?? .null else { return [] }
        return Set(members.map(\.key))
    }

    @Test("is valid JSON declaring draft 2020-12")
    func isDraft202012() throws {
        let schema = try Self.schema()
        #expect(schema["$schema"] == .string("https://json-schema.org/draft/2020-12/schema"))
        #expect(schema["additionalProperties"] == .bool(false))
        #expect(ScenarioSchema.url.lastPathComponent == "scenario.schema.json")
    }

    @Test("names every top-level key the decoder accepts, and no other")
    func topLevelKeysMatch() throws {
        #expect(Self.propertyNames(try Self.schema()) == Set(ScenarioConverter.topLevelKeys))
    }

    @Test("names every record key the decoder accepts, and no other")
    func recordKeysMatch() throws {
        let defs = try Self.schema()["$defs"]
        #expect(Self.propertyNames(defs?["order"]) == Set(ScenarioConverter.orderKeys))
        #expect(Self.propertyNames(defs?["technician"]) == Set(ScenarioConverter.technicianKeys))
        #expect(Self.propertyNames(defs?["outlet"]) == Set(ScenarioConverter.outletKeys))
        #expect(Self.propertyNames(defs?["depot"]) == Set(ScenarioConverter.depotKeys))
        #expect(Self.propertyNames(defs?["objective"]) == Set(ScenarioConverter.objectiveKeys))
        let shift = defs?["technician"]?["properties"]?["shifts"]?["items"]
        #expect(Self.propertyNames(shift) == Set(ScenarioConverter.shiftKeys))
        #expect(Self.propertyNames(shift?["properties"]?["breaks"]?["items"]) == Set(ScenarioConverter.breakKeys))
        #expect(Self.propertyNames(defs?["technician"]?["properties"]?["costs"]) == Set(ScenarioConverter.costKeys))
        guard case .array(let kinds) = defs?["travel"]?["oneOf"] ?? .null else { Issue.record("no travel kinds"); return }
        for kind in kinds {
            guard case .string(let name) = kind["properties"]?["kind"]?["const"] ?? .null else { Issue.record("kind without a name"); continue }
            #expect(Self.propertyNames(kind) == Set(ScenarioConverter.travelKeys[name] ?? []), "travel kind \(name)")
        }
        #expect(kinds.count == ScenarioConverter.travelKeys.count)
    }

    @Test("lists the same order kinds, priorities and cost measures as the model")
    func enumerationsMatch() throws {
        let defs = try Self.schema()["$defs"]
        func names(_ value: JSONValue?) -> [String] {
            guard case .array(let items) = value?["enum"] ?? .null else { return [] }
            return items.compactMap { if case .string(let s) = $0 { s } else { nil } }
        }
        #expect(names(defs?["order"]?["properties"]?["kind"]) == OrderKind.allCases.map(\.rawValue))
        #expect(names(defs?["order"]?["properties"]?["warranty"]) == WarrantyStatus.allCases.map(\.rawValue))
        #expect(names(defs?["order"]?["properties"]?["priority"]) == Priority.allCases.map(\.description))
        #expect(names(defs?["objective"]?["properties"]?["costMeasure"]) == ObjectiveOptions.CostMeasure.allCases.map(\.rawValue))
    }
}
