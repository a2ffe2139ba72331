import Foundation
import Testing
@testable import FieldDispatchIO

@Suite struct ScenarioFormatArticleTests {
    @Test("the example in the format article decodes without issues")
    func exampleDecodes() throws {
        let article = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/FieldDispatchIO/FieldDispatchIO.docc/ScenarioFormat.md")
        let text = try String(contentsOf: article, encoding: .utf8)
        let blocks = text.components(separatedBy: "```json\n").dropFirst()
        let example = try #require(blocks.first?.components(separatedBy: "```").first)
        let problem = try ScenarioDecoder().decode(Data(example.utf8))
        #expect(problem.orders.map(\.id) == ["A-1001", "A-1004"])
        #expect(problem.orders[1].timeWindows[0] == TimeWindow(start: 46_800, end: 61_200, latenessCostPerHour: 1500))
    }
}
