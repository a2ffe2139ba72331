import FieldDispatch

/// Orders that come in during the measured day: drawn from another scenario of the same city,
/// renamed, with windows that still lie ahead of the clock.
struct FreshOrders {
    /// Normal, urgent and low orders with a two-hour window after the clock when theirs has passed.
    var orders: [ServiceOrder] = []
    /// The same orders as emergencies: no window, served as soon as possible.
    var emergencies: [ServiceOrder] = []

    /// Draws `count` orders.
    /// - Parameters:
    ///   - problem: the planned problem, whose technician count sets the city's outlets.
    ///   - count: orders to draw.
    ///   - seed: seed of the other scenario and the windows.
    ///   - clock: the time the orders come in, seconds.
    init(problem: Problem, count: Int, seed: UInt64, after clock: Int) {
        var random = SplitMix64(seed: seed)
        let source = ScenarioGenerator(orders: count, technicians: problem.technicians.count, days: 1).generate(using: &random)
        let dayEnd = 17 * 3600
        for (k, template) in source.orders.enumerated() {
            var order = template
            order.id = "F-\(k + 1)"
            order.preferredTechnicians = []
            order.requiredTechnicians = []
            order.excludedTechnicians = []
            if order.priority == .emergency { order.priority = .urgent }
            if (order.timeWindows.last?.end ?? Int.max) < clock + 3600 {
                let opens = clock + 3600 + Int.random(in: 0...max(0, (dayEnd - 7200 - clock - 3600) / 1800), using: &random) * 1800
                order.timeWindows = [TimeWindow(start: opens, end: opens + 7200)]
            }
            if let sla = order.slaDeadline, sla < clock + 3600 { order.slaDeadline = nil }
            orders.append(order)
            var emergency = template
            emergency.id = "E-\(k + 1)"
            emergency.priority = .emergency
            emergency.timeWindows = []
            emergency.slaDeadline = nil
            emergency.preferredTechnicians = []
            emergency.requiredTechnicians = []
            emergency.excludedTechnicians = []
            emergencies.append(emergency)
        }
    }
}
