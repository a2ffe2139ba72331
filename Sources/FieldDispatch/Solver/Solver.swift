import Dispatch
import Synchronization

/// Plans a ``Problem``: which technician shift serves which orders, in which sequence, at
/// which times, and why any order is left out.
///
/// ```swift
/// let report = Solver(problem: problem).solve(options: SolveOptions(timeLimit: 5))
/// print(report.objective, report.plan.routes.count)
/// ```
public struct Solver: Sendable {
    /// The problem being planned.
    public let problem: Problem
    /// The compiled problem. On days of more than ``curveNumberingThreshold`` orders its
    /// problem lists the orders along a space-filling curve rather than in `problem`'s order.
    public let instance: Instance

    /// Days with more orders than this are compiled with their orders numbered along a Hilbert
    /// curve, so that orders near each other on the map get near indices: an insertion then
    /// reads legs that sit close together in the travel table, which on such days no longer
    /// fits a core's cache. Plans name orders by id and list unassigned orders in `problem`'s
    /// order, so the numbering shows only in ``instance``.
    ///
    /// On generated 1,000-order days (seeds 0–3, three rounds), 200,000 iterations on one thread
    /// took 86 s of user time in all numbered along the curve against 107 s in input order.
    public static let curveNumberingThreshold = 500

    /// Compiles `problem` for solving.
    /// - Complexity: O(n·m) for compatibility plus O(n²) for travel tables and neighbour lists;
    ///   coordinate problems above ``TravelTable/tabulationLimit`` locations compute legs on demand
    ///   and take neighbours from a spatial grid, O(n·m + n·k²).
    public init(problem: Problem) {
        self.problem = problem
        var numbered = problem
        if problem.orders.count > Self.curveNumberingThreshold {
            let sequence = HilbertCurve.sorted(Array(problem.orders.indices), locations: problem.orders.map(\.location))
            numbered.orders = sequence.map { problem.orders[$0] }
            intakeRank = sequence
        } else {
            intakeRank = nil
        }
        instance = Instance(problem: numbered)
    }

    /// The place in `problem.orders` of each of ``instance``'s orders, when they are numbered along the curve.
    private let intakeRank: [Int]?

    /// Searches for the best plan within the options' limits.
    ///
    /// With several threads, a large day (more than 500 orders, at least 250 orders and 4
    /// technician shifts per thread, an objective without a workload-imbalance term, no
    /// recombiner and no stagnation limit) gets one search the threads share region by region
    /// (``SolveReport/regions``); otherwise each thread runs a search of its own and the best
    /// plan wins.
    /// - Parameter options: time limit, seed, threads, stopping criteria, progress, cancellation.
    /// - Returns: the best plan found, complete and feasible for every hard rule, with its objective.
    /// - Complexity: bounded by `options.timeLimit` seconds of wall clock (plus construction on huge inputs).
    public func solve(options: SolveOptions = SolveOptions()) -> SolveReport {
        let deadline = SearchDeadline(seconds: options.timeLimit, cancellation: options.cancellation)
        let threads = max(1, options.threads)
        let regions = CooperativeSearch.regionCount(instance: instance, options: options)
        if regions > 1 {
            let outcome = CooperativeSearch(instance: instance, options: options, regions: regions).run(deadline: deadline)
            var report = SolveReport(
                plan: plan(of: outcome.best), objective: outcome.best.objective,
                iterations: outcome.iterations, elapsed: deadline.elapsed, seed: options.seed, threads: threads,
                stopReason: outcome.stopReason, moveEvaluations: outcome.moveEvaluations)
            report.regions = regions
            return report
        }
        let outcomes = Mutex<[SearchDriver.Outcome?]>(Array(repeating: nil, count: threads))
        let instance = instance
        let work: @Sendable (Int) -> Void = { k in
            let driver = SearchDriver(instance: instance, options: options, seed: options.seed &+ UInt64(k), reportsProgress: k == 0)
            let outcome = driver.run(deadline: deadline)
            outcomes.withLock { $0[k] = outcome }
        }
        if threads == 1 {
            work(0)
        } else {
            DispatchQueue.concurrentPerform(iterations: threads, execute: work)
        }
        let results = outcomes.withLock { $0.compactMap { $0 } }
        var winner = 0
        var winnerValue = results[0].best.objective
        for k in 1..<results.count {
            let value = results[k].best.objective
            if value < winnerValue {
                winner = k
                winnerValue = value
            }
        }
        let plan = plan(of: results[winner].best)
        var report = SolveReport(
            plan: plan, objective: winnerValue, iterations: results.reduce(0) { $0 + $1.iterations },
            elapsed: deadline.elapsed, seed: options.seed, threads: threads,
            stopReason: results[winner].stopReason, moveEvaluations: results.reduce(0) { $0 + $1.moveEvaluations })
        report.winningSearch = winner
        report.recombinations = results.reduce(0) { $0 + $1.recombinations }
        report.recombinationImprovements = results.reduce(0) { $0 + $1.recombinationImprovements }
        report.recombinationSeconds = results.reduce(0) { $0 + $1.recombinationSeconds }
        return report
    }

    /// What dispatchers do by hand: each order, by priority then earliest window, to the
    /// nearest certified technician who can still fit it; the baseline plans are compared with.
    /// - Returns: a complete, feasible plan.
    /// - Complexity: O(n log n + n × m × L).
    public func nearestCertifiedTechnicianPlan() -> Plan {
        plan(of: NearestCertifiedTechnician(instance: instance, intakeRank: intakeRank).solve())
    }

    /// The plan of a search solution, its unassigned orders in `problem`'s order.
    /// - Complexity: O(n + stops) plus the classification of unassigned orders.
    private func plan(of state: SearchState) -> Plan {
        PlanBuilder(instance: instance, intakeRank: intakeRank).plan(from: state)
    }

    /// The objective of a plan this solver produced or any complete plan of the same problem.
    /// - Complexity: O(n + stops).
    public func objective(of plan: Plan) -> ObjectiveValue {
        var state = SearchState(instance: instance)
        var index: [String: Int] = [:]
        for (i, order) in instance.problem.orders.enumerated() { index[order.id] = i }
        for route in plan.routes {
            guard let v = instance.vehicles.firstIndex(where: { vehicle in
                let technician = problem.technicians[vehicle.technicianIndex]
                return technician.id == route.technicianId && technician.shifts[vehicle.shiftIndex].id == route.shiftId
            }) else { continue }
            state.setRoute(v, route.orderIds.compactMap { index[$0].map(Int32.init) })
        }
        return state.objective
    }
}
