import FieldDispatch
import Foundation
import Testing
@testable import FieldDispatchIO

@Suite struct ScenarioDecoderRobustnessTests {
    @Test("damaged copies of the fixture are either read or refused with named issues, never a crash",
          arguments: [1, 2, 3, 4] as [UInt64])
    func survivesDamage(seed: UInt64) throws {
        let original = try [UInt8](Data(contentsOf: ScenarioDecoderTests.fixturesURL.appendingPathComponent("small-city.json")))
        var random = SplitMix64(seed: seed)
        let replacements = Array(#"{}[]",:0123456789-.eE"tfnx \#n"#.utf8)
        var refused = 0
        for _ in 0..<150 {
            var bytes = original
            for _ in 0..<Int.random(in: 1...3, using: &random) {
                let at = Int.random(in: 0..<bytes.count, using: &random)
                switch Int.random(in: 0..<3, using: &random) {
                case 0: bytes.remove(at: at)
                case 1: bytes[at] = replacements.randomElement(using: &random)!
                default: bytes = Array(bytes[..<at])
                }
                if bytes.isEmpty { break }
            }
            do {
                _ = try ScenarioDecoder().decode(Data(bytes))
            } catch {
                refused += 1
                #expect(!error.issues.isEmpty)
                #expect(error.issues.allSatisfy { !$0.message.isEmpty })
            }
        }
        #expect(refused > 0)
    }

    /// Replaces one randomly chosen value anywhere in the document.
    static func replacingOne(in value: JSONValue, with replacement: JSONValue, target: inout Int) -> JSONValue {
        if target == 0 { target -= 1; return replacement }
        target -= 1
        switch value {
        case .array(let items):
            return .array(items.map { replacingOne(in: $0, with: replacement, target: &target) })
        case .object(let members):
            return .object(members.map { JSONValue.Member($0.key, replacingOne(in: $0.value, with: replacement, target: &target)) })
        default:
            return value
        }
    }

    static func count(_ value: JSONValue) -> Int {
        switch value {
        case .array(let items): 1 + items.reduce(0) { $0 + count($1) }
        case .object(let members): 1 + members.reduce(0) { $0 + count($1.value) }
        default: 1
        }
    }

    @Test("a value of the wrong type anywhere is refused with a path, never a crash")
    func survivesWrongTypes() throws {
        let data = try Data(contentsOf: ScenarioDecoderTests.fixturesURL.appendingPathComponent("small-city.json"))
        let document = try JSONParser.parse([UInt8](data))
        let size = Self.count(document)
        let replacements: [JSONValue] = [.null, .bool(true), .integer(-1), .number(1e300), .string("x"), .array([]),
                                         .object([JSONValue.Member]()), .string("2026-02-30T00:00:00Z")]
        var random = SplitMix64(seed: 99)
        var refused = 0
        for _ in 0..<250 {
            var target = Int.random(in: 1..<size, using: &random)
            let damaged = Self.replacingOne(in: document, with: replacements.randomElement(using: &random)!, target: &target)
            do {
                _ = try ScenarioDecoder().decode(Data(damaged.serialized().utf8))
            } catch {
                refused += 1
                #expect(error.issues.allSatisfy { !$0.path.isEmpty && !$0.message.isEmpty })
            }
        }
        #expect(refused > 60)
    }

    @Test("deeply nested input is refused with a message, not a stack overflow")
    func refusesDeepNesting() {
        let deep = String(repeating: "[", count: 100_000)
        #expect(throws: ScenarioError(path: "", message: "not valid JSON: line 1, column 513: nesting is deeper than 512 levels")) {
            try ScenarioDecoder().decode(Data(deep.utf8))
        }
    }
}
