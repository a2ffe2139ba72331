import Testing
@testable import quality

@Suite struct PeerFiguresTests {
    static let excerpt = """
        | solver | mean gap (48) | C1 | C2 | R1 | R2 | RC1 | RC2 | mean s |
        |---|---|---|---|---|---|---|---|---|
        | vroom | **1.48 %** | -0.00 % | 0.00 % | 0.96 % | 3.71 % | 0.90 % | 2.70 % | 6.8 |
        | ortools | **3.39 %** | 1.28 % | 0.95 % | 4.02 % | 3.77 % | 8.63 % | 3.27 % | 10.0 |
        | pyvrp | **0.20 %** | -0.00 % | 0.00 % | 0.15 % | 0.29 % | 0.66 % | 0.21 % | 10.0 |

        At a 1-second budget (anytime behaviour), same protocol: PyVRP **1.05 %** (C1 0.01, C2 0.01, R1 1.67, R2 1.13, RC1 3.29, RC2 0.96), OR-Tools 6.09 % (C1 2.98, C2 3.26, R1 6.95, R2 6.96, RC1 12.23, RC2 5.99).

        | instance | ref | VROOM | OR-Tools | PyVRP |
        |---|---|---|---|---|
        | C101 | 828.94 | 828.94 (-0.00 %, 10 v, 0.9 s) | 854.31 (+3.06 %, 10 v, 10.0 s) | 828.94 (-0.00 %, 10 v, 10.0 s) |
        """

    @Test("reads the 10-second table and the 1-second sentence, longest budget and best gap first")
    func readsBothBudgets() {
        let lines = PeerFigures(markdown: Self.excerpt).lines
        #expect(lines.map(\.solver) == ["PyVRP", "VROOM", "OR-Tools", "PyVRP", "OR-Tools"])
        #expect(lines.map(\.budget) == [10, 10, 10, 1, 1])
        #expect(lines.map(\.meanGap) == [0.20, 1.48, 3.39, 1.05, 6.09])
    }

    @Test("keeps every class gap of a peer")
    func keepsClassGaps() {
        let lines = PeerFigures(markdown: Self.excerpt).lines
        #expect(lines[0].classGaps[.rc1] == 0.66)
        #expect(lines[2].classGaps[.c1] == 1.28)
        #expect(lines[4].classGaps[.rc1] == 12.23)
        #expect(lines.allSatisfy { $0.classGaps.count == 6 })
    }

    @Test("finds nothing in text without the summary table or sentence")
    func ignoresOtherText() {
        #expect(PeerFigures(markdown: "| instance | ref |\n|---|---|\n| C101 | 828.94 |").lines.isEmpty)
    }
}
