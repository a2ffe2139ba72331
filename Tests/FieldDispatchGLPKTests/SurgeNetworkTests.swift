import FieldDispatchGLPK
import FieldDispatchTestSupport
import Testing

/// A small surge network on a plane (one unit = one minute of travel): outlets A and B are
/// neighbours lending to each other, C is far away with no neighbours; every technician works
/// 8:00-17:00 on each day of the horizon.
struct SurgeNetwork {
    var days: Int
    var outlets: [Outlet]
    var technicians: [Technician] = []
    var orders: [ServiceOrder] = []

    static let sites = ["A": Location.plane(0, 0), "B": Location.plane(10, 0), "C": Location.plane(200, 0)]

    init(days: Int = 3, lending: Int = 2) {
        self.days = days
        outlets = [
            Outlet(id: "A", location: Self.sites["A"]!, neighbours: ["B"], maxLentTechnicians: lending),
            Outlet(id: "B", location: Self.sites["B"]!, neighbours: ["A"], maxLentTechnicians: lending),
            Outlet(id: "C", location: Self.sites["C"]!, neighbours: [], maxLentTechnicians: lending),
        ]
    }

    mutating func addTechnicians(_ count: Int, outlet: String, skills: [SkillLevel] = [SkillLevel("ac.repair")]) {
        for _ in 0..<count {
            let home = Self.sites[outlet]!
            let shifts = (0..<days).map { day in
                Shift(id: "day\(day)", start: day * 86_400 + .hours(8), end: day * 86_400 + .hours(17),
                      startLocation: home, endLocation: home)
            }
            technicians.append(Technician(id: "\(outlet)-T\(technicians.count + 1)", skills: skills, shifts: shifts, outlet: outlet))
        }
    }

    /// Adds orders near an outlet; `day` gives each a window over that whole day, `nil` none.
    mutating func addOrders(_ count: Int, outlet: String, priority: Priority = .normal, duration: Int = .hours(1),
                            skills: [SkillRequirement] = [SkillRequirement("ac.repair")], day: Int? = nil, age: Int = 1) {
        for _ in 0..<count {
            let k = orders.count
            let site = Self.sites[outlet]!
            let windows = day.map { [TimeWindow(start: $0 * 86_400 + .hours(8), end: $0 * 86_400 + .hours(16))] } ?? []
            orders.append(ServiceOrder(
                id: "\(outlet)-\(priority)-\(k)", location: .plane(site.x + Double(k % 4), site.y + Double(k / 4 % 4)),
                receivedAt: -age * 86_400, requiredSkills: skills, serviceDuration: duration, priority: priority,
                timeWindows: windows, outlet: outlet))
        }
    }

    func problem() throws -> Problem {
        try Problem(orders: orders, technicians: technicians, outlets: outlets, travel: EuclideanTravel(scale: 60))
    }

    /// Distinct technicians of `lender` serving orders of other outlets, per day.
    static func lentTechnicians(by lender: String, in plan: SurgePlan, problem: Problem) -> [Int] {
        plan.days.map { day in
            Set(day.plan.routes.filter { route in
                problem.technician(withId: route.technicianId)?.outlet == lender
                    && route.orderIds.contains { problem.order(withId: $0)?.outlet != lender }
            }.map(\.technicianId)).count
        }
    }
}

@Suite struct SurgeNetworkTests {
    @Test("builds a valid problem with one shift per technician and day")
    func validNetwork() throws {
        var network = SurgeNetwork(days: 2)
        network.addTechnicians(2, outlet: "A")
        network.addOrders(3, outlet: "A", day: 1)
        let problem = try network.problem()
        #expect(problem.technicians.allSatisfy { $0.shifts.count == 2 })
        #expect(problem.orders.allSatisfy { $0.timeWindows.first?.start == 86_400 + .hours(8) })
    }
}
