import FieldDispatchGLPK
import FieldDispatchTestSupport
import Testing

@Suite struct SurgeDetectorTests {
    @Test("flags an outlet whose order-hours exceed its technician-hours")
    func flagsOverloadedOutlet() throws {
        var network = SurgeNetwork(days: 1)
        network.addTechnicians(1, outlet: "A")
        network.addTechnicians(2, outlet: "B")
        network.addOrders(20, outlet: "A")
        network.addOrders(3, outlet: "B")
        let assessment = SurgeDetector(horizon: 1).assess(try network.problem())
        let a = try #require(assessment.rows.first { $0.outlet == "A" })
        let b = try #require(assessment.rows.first { $0.outlet == "B" })
        #expect(a.capacityHours == 9)
        #expect(a.demandHours >= 20 && a.demandHours < 21)
        #expect(a.ratio > 2)
        #expect(b.ratio < 0.5)
        #expect(assessment.isSurge)
        #expect(assessment.surgingRows.map(\.outlet) == ["A"])
    }

    @Test("counts orders on the day of their window and reports every outlet and day")
    func ordersCountOnTheirDay() throws {
        var network = SurgeNetwork(days: 3)
        network.addTechnicians(1, outlet: "A")
        network.addOrders(4, outlet: "A", day: 2)
        network.addOrders(2, outlet: "A")
        let assessment = SurgeDetector(horizon: 3, threshold: 1.1).assess(try network.problem())
        #expect(assessment.rows.count == 9)
        let a = assessment.rows.filter { $0.outlet == "A" }
        #expect(a.map { $0.demandHours.rounded(.down) } == [2, 0, 4])
        #expect(!assessment.isSurge)
    }

    @Test("an outlet with orders and no technicians has an infinite ratio")
    func outletWithoutTechnicians() throws {
        var network = SurgeNetwork(days: 1)
        network.addTechnicians(1, outlet: "A")
        network.addOrders(2, outlet: "C")
        let assessment = SurgeDetector().assess(try network.problem())
        let c = try #require(assessment.rows.first { $0.outlet == "C" })
        #expect(c.capacityHours == 0)
        #expect(c.ratio == .infinity)
        #expect(assessment.isSurge)
    }
}
