import Dispatch
import Foundation
import Synchronization

/// Routes one day of a surge plan with the engine, one region (outlet) at a time.
///
/// A region is an outlet's orders for the day, its technicians who are not lent out, and the
/// technicians neighbours lend to it; regions share no one, so they are solved independently and
/// in parallel, and the routes together are valid for the whole day's problem.
struct SurgeDayRouter: Sendable {
    let problem: Problem
    let workload: SurgeWorkload
    var options: SolveOptions
    /// Borrowing outlet of each lent technician, per day, by technician index.
    let borrowerOf: [[Int: String]]

    /// The day's plan, and the orders no route took with the engine's reason.
    struct Outcome: Sendable {
        var dayPlan: DayPlan
        var unserved: [Int: UnassignedOrder]
    }

    /// Routes `orders` (indices into the problem) on `day`.
    /// - Complexity: the engine's, within `options.timeLimit` for the whole day.
    func route(day: Int, orders: [Int]) -> Outcome {
        let shiftedOrders = orders.map { shifted(problem.orders[$0], to: day, firstDay: workload.profiles[$0].firstDay) }
        let dayTechnicians = problem.technicians.map { technician in
            var copy = technician
            copy.shifts = technician.shifts.filter { workload.calendar.day(of: $0.start) == day }
            return copy
        }
        var regionOrders: [String: [Int]] = [:]
        // A pair's delivery is routed in its pick-up's region, so one technician can serve both.
        var slotOfId: [String: Int] = [:]
        for (k, o) in orders.enumerated() where problem.orders[o].pickupOrderId == nil { slotOfId[problem.orders[o].id] = k }
        for (k, o) in orders.enumerated() {
            let lead = problem.orders[o].pickupOrderId.flatMap { slotOfId[$0] }.map { orders[$0] } ?? o
            regionOrders[workload.profiles[lead].outlet, default: []].append(k)
        }
        var regionTechnicians: [String: [Int]] = [:]
        for (t, technician) in dayTechnicians.enumerated() where !technician.shifts.isEmpty {
            regionTechnicians[borrowerOf[day][t] ?? workload.region(of: technician), default: []].append(t)
        }
        let regions = workload.outletIds.filter { regionOrders[$0] != nil }
        let results = Mutex<[Plan?]>(Array(repeating: nil, count: regions.count))
        let workers = Double(max(1, min(ProcessInfo.processInfo.activeProcessorCount, regions.count)))
        // Orders of regions not started yet: each region takes its share of the day's time still left,
        // so building instances (outside the engine's clock) does not push the day past its budget.
        let waiting = Mutex(orders.count)
        let dayDeadline = ContinuousClock.now + .seconds(max(0, options.timeLimit))
        let work: @Sendable (Int) -> Void = { [self, regionOrders, regionTechnicians] r in
            let members = regionOrders[regions[r]] ?? []
            let technicians = (regionTechnicians[regions[r]] ?? []).map { dayTechnicians[$0] }
            let share = waiting.withLock { left in
                defer { left -= members.count }
                return Double(members.count) / Double(max(1, left))
            }
            let plan: Plan
            if technicians.isEmpty {
                plan = Plan(routes: [], unassigned: members.map {
                    UnassignedOrder(orderId: shiftedOrders[$0].id, reason: .noQualifiedTechnician,
                                    detail: "no technician of the outlet works on day \(day)")
                })
            } else {
                let regionProblem = Problem(
                    unchecked: problem.name + "-day\(day)-" + regions[r], orders: members.map { shiftedOrders[$0] },
                    technicians: technicians, depots: problem.depots, outlets: problem.outlets, travel: problem.travel,
                    objective: problem.objective, timeReference: problem.timeReference)
                let solver = Solver(problem: regionProblem)
                var regionOptions = options
                regionOptions.threads = 1
                let left = dayDeadline - ContinuousClock.now
                regionOptions.timeLimit = max(0.2, left.seconds * min(workers * share, 1))
                plan = solver.solve(options: regionOptions).plan
            }
            results.withLock { $0[r] = plan }
        }
        DispatchQueue.concurrentPerform(iterations: regions.count, execute: work)
        let plans = results.withLock { $0.compactMap { $0 } }
        let merged = Plan(routes: plans.flatMap(\.routes), unassigned: plans.flatMap(\.unassigned))
        var indexById: [String: Int] = [:]
        for o in orders { indexById[problem.orders[o].id] = o }
        var unserved: [Int: UnassignedOrder] = [:]
        for entry in merged.unassigned { if let o = indexById[entry.orderId] { unserved[o] = entry } }
        let dayProblem = Problem(
            unchecked: problem.name + "-day\(day)", orders: shiftedOrders, technicians: dayTechnicians,
            depots: problem.depots, outlets: problem.outlets, travel: problem.travel,
            objective: problem.objective, timeReference: problem.timeReference)
        return Outcome(dayPlan: DayPlan(day: day, problem: dayProblem, plan: merged), unserved: unserved)
    }

    /// The order with its windows moved by whole days onto `day`: a deferred customer is re-booked
    /// at the same clock time. Orders without windows, or already on that day, are unchanged.
    func shifted(_ order: ServiceOrder, to day: Int, firstDay: Int) -> ServiceOrder {
        guard day > firstDay, !order.timeWindows.isEmpty else { return order }
        var copy = order
        let offset = (day - firstDay) * SurgeCalendar.secondsPerDay
        copy.timeWindows = order.timeWindows.map { TimeWindow(start: $0.start + offset, end: $0.end + offset, latenessCostPerHour: $0.latenessCostPerHour) }
        return copy
    }
}
