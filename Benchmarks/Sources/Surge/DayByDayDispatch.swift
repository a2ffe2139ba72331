import Dispatch
import FieldDispatch
import Foundation
import Synchronization

/// Plans a surge horizon without triage: each day, every open request of an outlet is offered to
/// that outlet's technicians working that day; what no route takes waits for the next day, re-booked
/// at the same clock time. Outlets are planned in parallel, each with its share of the day's budget.
struct DayByDayDispatch: Sendable {
    let problem: Problem
    let horizon: SurgeHorizon
    /// Seconds per day for all outlets together.
    let dayBudget: Double

    /// Runs `planner(regionProblem, budget)` per outlet and day; `budget()` gives the region's
    /// seconds at the moment it is called: its share of the day's time still left, so a planner
    /// that builds its instance first keeps the day within ``dayBudget``.
    /// - Returns: each day's problem (all technicians with that day's shift, the day's requests) and plan.
    func run(_ planner: @escaping @Sendable (Problem, @escaping @Sendable () -> Double) -> Plan) -> [(Problem, Plan)] {
        var served = Array(repeating: false, count: problem.orders.count)
        var result: [(Problem, Plan)] = []
        let outletIds = problem.outlets.map(\.id)
        let workers = Double(min(ProcessInfo.processInfo.activeProcessorCount, max(1, outletIds.count)))
        for day in 0..<horizon.days {
            let open = problem.orders.indices.filter { !served[$0] && horizon.firstDay[$0] <= day }
            let orders = open.map { shifted(problem.orders[$0], by: day - horizon.firstDay[$0]) }
            let technicians = problem.technicians.map { technician in
                var copy = technician
                copy.shifts = technician.shifts.filter { $0.start / 86_400 == day }
                return copy
            }
            let plans = Mutex<[Plan?]>(Array(repeating: nil, count: outletIds.count))
            let waiting = Mutex(orders.count)
            let deadline = ContinuousClock.now + .milliseconds(Int(dayBudget * 1000))
            DispatchQueue.concurrentPerform(iterations: outletIds.count) { r in
                let members = orders.filter { $0.outlet == outletIds[r] }
                let staff = technicians.filter { $0.outlet == outletIds[r] && !$0.shifts.isEmpty }
                guard !members.isEmpty else { return }
                let share = waiting.withLock { left in
                    defer { left -= members.count }
                    return Double(members.count) / Double(max(1, left))
                }
                let region = Problem(unchecked: "\(problem.name)-day\(day)-\(outletIds[r])", orders: members, technicians: staff,
                                     depots: problem.depots, outlets: problem.outlets, travel: problem.travel,
                                     objective: problem.objective, timeReference: problem.timeReference)
                let budget: @Sendable () -> Double = {
                    let left = ContinuousClock.now.duration(to: deadline)
                    let seconds = Double(left.components.seconds) + Double(left.components.attoseconds) * 1e-18
                    return max(0.2, seconds * min(1, share * workers))
                }
                let plan = staff.isEmpty ? Plan(routes: [], unassigned: []) : planner(region, budget)
                plans.withLock { $0[r] = plan }
            }
            let merged = plans.withLock { $0.compactMap { $0 } }
            let plan = Plan(routes: merged.flatMap(\.routes), unassigned: merged.flatMap(\.unassigned))
            var index: [String: Int] = [:]
            for o in open { index[problem.orders[o].id] = o }
            for route in plan.routes { for id in route.orderIds { if let o = index[id] { served[o] = true } } }
            let dayProblem = Problem(unchecked: "\(problem.name)-day\(day)", orders: orders, technicians: technicians,
                                     depots: problem.depots, outlets: problem.outlets, travel: problem.travel,
                                     objective: problem.objective, timeReference: problem.timeReference)
            result.append((dayProblem, plan))
        }
        return result
    }

    private func shifted(_ order: ServiceOrder, by days: Int) -> ServiceOrder {
        guard days > 0, !order.timeWindows.isEmpty else { return order }
        var copy = order
        copy.timeWindows = order.timeWindows.map {
            TimeWindow(start: $0.start + days * 86_400, end: $0.end + days * 86_400, latenessCostPerHour: $0.latenessCostPerHour)
        }
        return copy
    }
}
