/// Cuts the scenario timeline into planning days: day 0 is the calendar day of the earliest shift.
struct SurgeCalendar: Sendable {
    /// Timeline second at which day 0 begins.
    let dayZeroStart: Int

    static let secondsPerDay = 86_400

    init(problem: Problem) {
        let shiftStarts = problem.technicians.flatMap { $0.shifts.map(\.start) }
        let earliest = shiftStarts.min() ?? problem.orders.flatMap { $0.timeWindows.map(\.start) }.min() ?? 0
        dayZeroStart = Self.floorDivide(earliest, Self.secondsPerDay) * Self.secondsPerDay
    }

    /// The day a timeline second falls on (negative before day 0).
    func day(of time: Int) -> Int { Self.floorDivide(time - dayZeroStart, Self.secondsPerDay) }

    /// Timeline second at which `day` begins.
    func start(of day: Int) -> Int { dayZeroStart + day * Self.secondsPerDay }

    /// The first day an order may be served: the day of its earliest window, day 0 without windows.
    func firstDay(of order: ServiceOrder) -> Int {
        guard let earliest = order.timeWindows.map(\.start).min() else { return 0 }
        return max(0, day(of: earliest))
    }

    /// Whole days between an order's SLA deadline day and `day`; 0 when on time or without SLA.
    func daysLate(_ order: ServiceOrder, on day: Int) -> Int {
        guard let deadline = order.slaDeadline else { return 0 }
        return max(0, day - self.day(of: deadline))
    }

    private static func floorDivide(_ a: Int, _ b: Int) -> Int { a >= 0 ? a / b : (a - b + 1) / b }
}
