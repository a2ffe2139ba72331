import Testing
@testable import FieldDispatchIO

@Suite struct JSONParserTests {
    static func parse(_ text: String) throws(JSONParser.SyntaxError) -> JSONValue { try JSONParser.parse(Array(text.utf8)) }

    @Test("keeps member order and tells integers from numbers and booleans")
    func keepsTypes() throws {
        let value = try Self.parse(#"{"b": 1, "a": 1.5, "c": true, "d": null, "e": [1e3, -0, "x"]}"#)
        #expect(value == .object([
            .init("b", .integer(1)), .init("a", .number(1.5)), .init("c", .bool(true)), .init("d", .null),
            .init("e", .array([.number(1000), .integer(0), .string("x")])),
        ]))
    }

    @Test("decodes escapes, including surrogate pairs")
    func decodesEscapes() throws {
        #expect(try Self.parse(#""a\"b\\c\/d\n\u00e9\ud83d\ude80""#) == .string("a\"b\\c/d\né🚀"))
        #expect(try Self.parse("\"广州\"") == .string("广州"))
    }

    @Test("names line and column of syntax errors", arguments: [
        ("{\"a\": 1,}", "line 1, column 9: expected a quoted key"),
        ("{\"a\" 1}", "line 1, column 6: expected ':' after the key \"a\""),
        ("[1, 2\n", "line 2, column 1: expected ',' or ']' in a list"),
        ("{\"a\": tru}", "line 1, column 7: unexpected character 't', expected a value"),
        ("\"abc", "line 1, column 5: unterminated string"),
        ("01", "line 1, column 2: a number must not have leading zeros"),
        ("1 x", "line 1, column 3: unexpected text after the end of the document"),
        ("{\"é\": @}", "line 1, column 7: unexpected character '@', expected a value"),
        ("[\"\\q\"]", "line 1, column 4: invalid escape \\q in a string"),
    ])
    func namesPositions(_ text: String, _ message: String) {
        #expect(throws: JSONParser.SyntaxError.self) { try Self.parse(text) }
        do { _ = try Self.parse(text) } catch { #expect(error.description == message) }
    }

    @Test("writes text that parses back to the same value")
    func roundTrips() throws {
        let value = JSONValue.object([
            .init("name", .string("tab\there \"q\" \u{1}")), .init("rows", .array([.array([.integer(0), .integer(5)]), .array([])])),
            .init("empty", .object([JSONValue.Member]())), .init("x", .number(0.1)), .init("big", .number(1e300)),
        ])
        #expect(try JSONParser.parse(Array(value.serialized().utf8)) == value)
    }
}
