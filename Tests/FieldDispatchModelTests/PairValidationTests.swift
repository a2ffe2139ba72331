import Testing
@testable import FieldDispatchModel

@Suite struct PairValidationTests {
    let depot = Location(x: 0, y: 0)

    func order(_ id: String, pickup: String? = nil) -> ServiceOrder {
        ServiceOrder(id: id, location: Location(x: 1, y: 1), serviceDuration: 600, pickupOrderId: pickup)
    }

    func messages(_ orders: [ServiceOrder]) -> [String] {
        let technician = Technician(id: "T-1", shifts: [Shift(id: "mon", start: 28_800, end: 61_200, startLocation: depot, endLocation: depot)])
        do {
            _ = try Problem(orders: orders, technicians: [technician], travel: EuclideanTravel(scale: 1))
            return []
        } catch {
            return error.issues.map(\.description)
        }
    }

    @Test("a delivery naming an existing pick-up is accepted")
    func validPair() {
        #expect(messages([order("P-1"), order("D-1", pickup: "P-1")]).isEmpty)
    }

    @Test("names the delivery whose pick-up does not exist, is itself, is a delivery, or is taken")
    func invalidPairs() {
        let orders = [
            order("D-0", pickup: "nowhere"),
            order("D-1", pickup: "D-1"),
            order("P-2"),
            order("D-2", pickup: "P-2"),
            order("D-3", pickup: "D-2"),
            order("D-4", pickup: "P-2"),
        ]
        #expect(messages(orders) == [
            #"orders[0] "D-0".pickupOrderId: unknown order "nowhere""#,
            #"orders[1] "D-1".pickupOrderId: an order cannot be its own pick-up"#,
            #"orders[4] "D-3".pickupOrderId: order "D-2" is itself the delivery of "P-2"; chains of pick-ups are not supported"#,
            #"orders[5] "D-4".pickupOrderId: order "P-2" is already the pick-up of "D-2""#,
        ])
    }
}
