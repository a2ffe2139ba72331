/// Makes a day of live events for a planned problem: orders arriving over the day, about 5 %
/// of orders cancelled, visits overrunning, one technician falling ill and a few emergencies,
/// each preceded by a clock event, in time order.
///
/// The same problem, plan, settings and random source always give the same events.
public struct DispatchDayGenerator: Sendable {
    /// Orders that arrive during the day.
    public var arrivingOrders: Int
    /// Share of orders (planned and arriving) cancelled.
    public var cancellationRate: Double
    /// Share of planned visits that overrun.
    public var overrunRate: Double
    /// Emergencies during the day.
    public var emergencies: Int
    /// Technicians who fall ill.
    public var illTechnicians: Int

    /// Creates a generator.
    public init(arrivingOrders: Int = 20, cancellationRate: Double = 0.05, overrunRate: Double = 0.1,
                emergencies: Int = 3, illTechnicians: Int = 1) {
        self.arrivingOrders = arrivingOrders
        self.cancellationRate = cancellationRate
        self.overrunRate = overrunRate
        self.emergencies = emergencies
        self.illTechnicians = illTechnicians
    }

    /// The events of one day.
    /// - Parameters:
    ///   - problem: the planned problem; arriving orders copy the skills and durations of its orders.
    ///   - plan: its plan at the start of the day.
    ///   - rng: the random source.
    /// - Returns: events in time order, each timed event preceded by nothing else at a later time.
    /// - Complexity: O((orders + stops) log(orders + stops)).
    public func events(for problem: Problem, plan: Plan, using rng: inout some RandomNumberGenerator) -> [DispatchEvent] {
        guard !problem.orders.isEmpty, let first = problem.technicians.flatMap(\.shifts).min(by: { $0.start < $1.start }) else { return [] }
        let dayStart = first.start
        let dayEnd = problem.technicians.flatMap(\.shifts).filter { $0.start < dayStart + 86_400 }.map(\.end).max() ?? dayStart + 9 * 3600
        var timed: [(time: Int, sequence: Int, event: DispatchEvent)] = []
        func add(_ time: Int, _ event: DispatchEvent) { timed.append((time, timed.count, event)) }
        let span = max(1, dayEnd - dayStart)
        for k in 0..<arrivingOrders {
            let arrival = dayStart + Int.random(in: 0..<(span * 2 / 3), using: &rng)
            var order = copy(of: problem.orders[Int.random(in: 0..<problem.orders.count, using: &rng)], id: "L-\(k + 1)", problem: problem, using: &rng)
            let opens = arrival + 3600 + Int.random(in: 0...3, using: &rng) * 1800
            order.timeWindows = opens + 7200 <= dayEnd ? [TimeWindow(start: opens, end: opens + 7200)] : []
            order.priority = [.low, .normal, .normal, .normal, .urgent][Int.random(in: 0..<5, using: &rng)]
            order.slaDeadline = nil
            add(arrival, .orderAdded(order))
            if Double.random(in: 0..<1, using: &rng) < cancellationRate {
                add(arrival + Int.random(in: 600...3600, using: &rng), .orderCancelled(orderId: order.id))
            }
        }
        for order in problem.orders where Double.random(in: 0..<1, using: &rng) < cancellationRate {
            add(dayStart + Int.random(in: 0..<span, using: &rng), .orderCancelled(orderId: order.id))
        }
        for route in plan.routes {
            for stop in route.stops where stop.orderId != nil && Double.random(in: 0..<1, using: &rng) < overrunRate {
                add(max(dayStart, stop.end - 300), .visitOverran(orderId: stop.orderId!, overrun: .extraSeconds(Int.random(in: 10...45, using: &rng) * 60)))
            }
        }
        for k in 0..<emergencies {
            var order = copy(of: problem.orders[Int.random(in: 0..<problem.orders.count, using: &rng)], id: "E-\(k + 1)", problem: problem, using: &rng)
            order.priority = .emergency
            order.timeWindows = []
            order.slaDeadline = nil
            add(dayStart + Int.random(in: 0..<(span * 3 / 4), using: &rng), .emergencyAdded(order, allowInterruption: Bool.random(using: &rng)))
        }
        let working = plan.routes.filter { !$0.isEmpty }.map(\.technicianId)
        var ill: [String] = []
        for _ in 0..<min(illTechnicians, working.count) {
            let candidates = working.filter { !ill.contains($0) }
            guard !candidates.isEmpty else { break }
            let id = candidates[Int.random(in: 0..<candidates.count, using: &rng)]
            ill.append(id)
            add(dayStart + span / 4 + Int.random(in: 0..<(span / 2), using: &rng), .technicianUnavailable(technicianId: id, from: 0))
        }
        timed.sort { ($0.time, $0.sequence) < ($1.time, $1.sequence) }
        var result: [DispatchEvent] = []
        for entry in timed {
            if case .technicianUnavailable(let id, _) = entry.event {
                result.append(.technicianUnavailable(technicianId: id, from: entry.time))
            } else {
                if entry.event.time == nil { result.append(.clockAdvanced(to: entry.time)) }
                result.append(entry.event)
            }
        }
        return result
    }

    /// A new order like `template`: same work and skills, a nearby address when coordinates allow.
    private func copy(of template: ServiceOrder, id: String, problem: Problem, using rng: inout some RandomNumberGenerator) -> ServiceOrder {
        var order = template
        order.id = id
        order.preferredTechnicians = []
        order.requiredTechnicians = []
        order.excludedTechnicians = []
        if template.location.matrixIndex == nil {
            let xs = problem.orders.map(\.location.x), ys = problem.orders.map(\.location.y)
            let dx = ((xs.max() ?? 0) - (xs.min() ?? 0)) * 0.02, dy = ((ys.max() ?? 0) - (ys.min() ?? 0)) * 0.02
            order.location = Location(x: template.location.x + Double.random(in: -1...1, using: &rng) * dx,
                                      y: template.location.y + Double.random(in: -1...1, using: &rng) * dy)
        }
        return order
    }
}
