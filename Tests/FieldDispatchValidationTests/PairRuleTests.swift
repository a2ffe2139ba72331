import FieldDispatchTestSupport
import Testing

/// Pairs: a pick-up and its delivery on one route, pick-up first, or both left out.
@Suite struct PairRuleTests {
    func problem() throws -> Problem {
        var builder = ProblemBuilder()
        builder.addTechnician("T-1", at: .plane(0, 0))
        builder.addTechnician("T-2", at: .plane(0, 0))
        builder.addOrder("P", at: .plane(10, 0)) { $0.demand = 1 }
        builder.addOrder("D", at: .plane(20, 0)) { $0.pickupOrderId = "P" }
        return try builder.build()
    }

    func violations(_ sequences: [(technicianId: String, orderIds: [String])]) throws -> [Violation] {
        let problem = try problem()
        return PlanValidator(problem: problem).validate(Plan.scheduled(sequences, in: problem))
    }

    @Test("accepts a pair served pick-up first, and a pair left out whole")
    func accepted() throws {
        #expect(try violations([("T-1", ["P", "D"])]).isEmpty)
        #expect(try violations([]).isEmpty)
    }

    @Test("reports a delivery before its pick-up, at the delivery's stop")
    func deliveryFirst() throws {
        let found = try violations([("T-1", ["D", "P"])])
        #expect(found.map(\.kind) == [.deliveryBeforePickup])
        #expect(found.first?.stopIndex == 0)
        #expect(found.first?.message == #"order "D" at technician "T-1" shift "day" stop 0: delivered before its pick-up "P" at stop 1"#)
    }

    @Test("reports a pair split over two technicians, or served only in part")
    func split() throws {
        let twoTechnicians = try violations([("T-1", ["P"]), ("T-2", ["D"])])
        #expect(twoTechnicians.map(\.kind) == [.pairSplit])
        #expect(twoTechnicians.first?.message
            == #"order "D" (technician "T-2" shift "day" stop 0) and its pick-up "P" (technician "T-1" shift "day" stop 0) must be served together by one technician on one shift"#)
        let pickupOnly = try violations([("T-1", ["P"])])
        #expect(pickupOnly.map(\.kind) == [.pairSplit])
        #expect(pickupOnly.first?.message
            == #"order "D" (unassigned) and its pick-up "P" (technician "T-1" shift "day" stop 0) must be served together by one technician on one shift"#)
        #expect(pickupOnly.first?.isHard == true)
    }
}
