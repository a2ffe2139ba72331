import Testing
@testable import FieldDispatch
import FieldDispatchTestSupport

/// The exact schedule reads the service start of an order with at most one hard window from its
/// bounds; it must agree with the rule applied to the window list itself.
@Suite struct ServiceStartTests {
    @Test("an order's service start from its bounds equals the one from its windows, for every kind of window list")
    func boundsAgreeWithWindows() throws {
        var builder = ProblemBuilder()
        builder.addTechnician("T-1", at: .plane(0, 0))
        let lists: [[TimeWindow]] = [
            [],
            [TimeWindow(start: 3_600, end: 7_200)],
            [TimeWindow(start: 3_600, end: 3_600)],
            [TimeWindow(start: 3_600, end: 5_400), TimeWindow(start: 9_000, end: 10_800)],
            [TimeWindow(start: 3_600, end: 7_200, latenessCostPerHour: 40)],
        ]
        for (k, windows) in lists.enumerated() {
            builder.addOrder("O-\(k)", at: .plane(Double(k), 1), duration: 600, windows: windows)
        }
        let instance = try Instance(problem: builder.build())
        #expect(instance.hasPlainWindow == [true, true, true, false, false])
        let walker = ScheduleWalker(schedule: RouteSchedule(instance: instance, vehicle: 0), time: 0, location: 0)
        for order in lists.indices {
            for arrival in stride(from: 0, through: 12_600, by: 300) + [3_599, 3_601, 7_199, 7_201] {
                let fromBounds = walker.serviceStart(of: order, arrival: arrival)
                let fromWindows = ScheduleWalker.serviceStart(instance.windows[order], arrival: arrival)
                #expect(fromBounds == fromWindows, "order \(order) arriving at \(arrival)")
            }
        }
    }
}
