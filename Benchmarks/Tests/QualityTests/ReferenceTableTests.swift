import Testing
@testable import quality

@Suite struct ReferenceTableTests {
    static let csv = """
        instance,vehicles,distance,source,bks_routes_distance_double,bks_routes_vehicles,bks_routes_feasible,bks_routes_source,dimacs_distance_trunc1,dimacs_vehicles,dimacs_routes_distance_double,dimacs_routes_feasible_double,dimacs_source
        C101,10,828.94,a,828.9369,10,True,b,827.3,10,828.9369,True,c
        R102,17,1486.12,a,1486.1198,17,True,b,1466.6,18,1471.7457,False,c
        """

    @Test("takes the DIMACS double-precision distance where those routes are feasible")
    func usesDimacsWhenFeasible() throws {
        let entry = try #require(try ReferenceTable(csv: Self.csv)["c101"])
        #expect(entry.distance == 828.9369)
        #expect(entry.vehicles == 10)
        #expect(entry.countsInMean)
    }

    @Test("falls back to the classic distance and leaves the instance out of the mean otherwise")
    func fallsBackToClassic() throws {
        let entry = try #require(try ReferenceTable(csv: Self.csv)["R102"])
        #expect(entry.distance == 1486.12)
        #expect(entry.vehicles == 17)
        #expect(!entry.countsInMean)
    }

    @Test("names a missing column")
    func namesMissingColumn() {
        #expect(throws: QualityError.self) { try ReferenceTable(csv: "instance,distance\nC101,828.94") }
    }

    @Test("classifies instance names by their longest class prefix")
    func classifiesNames() {
        #expect(SolomonClass(instance: "RC105") == .rc1)
        #expect(SolomonClass(instance: "rc208") == .rc2)
        #expect(SolomonClass(instance: "R211") == .r2)
        #expect(SolomonClass(instance: "C109") == .c1)
        #expect(SolomonClass(instance: "X101") == nil)
    }
}
