import Dispatch
import Synchronization

/// One search shared by several threads on a large day. In each epoch the solution is split
/// into as many regions as threads (``RegionSplit``; the borders move every epoch); each thread
/// anneals its region as a problem of its own over the epoch's slice of the cooling schedule,
/// and the regions' solutions are joined again. Two threads thus give one search about twice
/// the iterations, where independent searches would give two searches and keep the better.
///
/// Only for objectives that add up route by route (no workload-imbalance term), which joined
/// regions keep exactly.
struct CooperativeSearch {
    let instance: Instance
    let options: SolveOptions
    /// Regions per epoch, one per thread.
    let regions: Int

    /// The fewest orders a region should hold; smaller regions cut too many good moves.
    static let minimumOrdersPerRegion = 250
    /// Epochs of a search; each one moves the borders of the regions. Under a wall clock there
    /// are fewer when compiling the regions would take more than 5 % of an epoch.
    ///
    /// At 1,000,000 iterations per thread on four generated 1,000-order days (seeds 0–3), 60
    /// against 20 epochs lowered the mean cost from 238,275 to 235,740 (below one search's 236,577
    /// at 2,000,000 iterations), and later 120 against 60 from 237,747 to 235,481, lower on every
    /// day (240: 236,446); borders that move more often cut fewer good moves.
    static let epochs = 120

    /// How many regions a cooperative search of `instance` would use with `options`; 1 when it
    /// does not apply and independent searches run instead.
    static func regionCount(instance: Instance, options: SolveOptions) -> Int {
        guard options.threads > 1, options.recombiner == nil, options.noImprovementIterations == nil,
              instance.problem.objective.imbalanceWeight == 0,
              instance.orderCount > SearchDriver.fullPolishLimit else { return 1 }
        // Every thread gets a region of its own, or none shares: an idle thread helps nobody.
        let fits = instance.orderCount >= options.threads * minimumOrdersPerRegion && instance.vehicleCount >= options.threads * 4
        return fits ? options.threads : 1
    }

    /// Runs the shared search until the deadline or the iteration limit (each thread runs at
    /// most `options.maxIterations` iterations in all).
    func run(deadline: SearchDeadline) -> SearchDriver.Outcome {
        var random = SplitMix64(seed: options.seed)
        let first = SearchDriver(instance: instance, options: options, seed: options.seed, reportsProgress: false)
        var regret = RegretInsertion(k: 3)
        var localSearch = LocalSearch(swapStar: options.usesSwapStar)
        var current = first.construct(deadline: deadline, regret: &regret, localSearch: &localSearch, random: &random)
        var best = current
        var bestScore = best.searchScore
        var outcome = SearchDriver.Outcome(best: best, current: current, iterations: 0, stopReason: .timeLimit,
                                           moveEvaluations: regret.evaluations + localSearch.evaluations)
        let meanArc = SearchDriver.meanArcCost(of: current)
        // Limited by iterations, the limit is shared out over the epochs (fewer epochs than
        // iterations), so each thread runs exactly `maxIterations`.
        let limit = options.maxIterations.map { max(1, $0) }
        let epochs = limit.map { min(Self.epochs, $0) } ?? Self.epochs
        let span = Double(deadline.end &- deadline.start)
        var epoch = 0
        // Seconds the slowest region took to compile in the last epoch: under a wall clock an
        // epoch lasts at least twenty times as long, so compiling never takes more than 5 %.
        var setUp = 0.0
        while limit == nil ? !deadline.hasPassed() : epoch < epochs && !deadline.hasPassed() {
            // An epoch whose planned end has passed (after a long construction) is skipped.
            if limit == nil { epoch = max(epoch, min(Self.epochs - 1, Int(deadline.fractionUsed * Double(Self.epochs)))) }
            let now = DispatchTime.now().uptimeNanoseconds
            let planned = deadline.start &+ UInt64(span * Double(epoch + 1) / Double(Self.epochs))
            var end = min(deadline.end, max(planned, now &+ UInt64(20 * setUp * 1e9)))
            if Double(deadline.end &- end) < 10 * setUp * 1e9 { end = deadline.end }
            // Limited by iterations, each epoch covers its equal share of the schedule; limited
            // by time, the share of the time it runs for.
            let schedule = limit == nil
                ? deadline.fractionUsed...max(deadline.fractionUsed, Double(end &- deadline.start) / max(1, span))
                : Double(epoch) / Double(epochs)...Double(epoch + 1) / Double(epochs)
            let epochDeadline = limit != nil ? deadline : SearchDeadline(start: now, end: end, cancellation: deadline.cancellation)
            let regionOptions = {
                var copy = options
                copy.progress = nil
                copy.maxIterations = limit.map { $0 * (epoch + 1) / epochs - $0 * epoch / epochs }
                return copy
            }()
            epoch += 1
            let split = RegionSplit(current, into: regions, random: &random)
            let seeds = (0..<regions).map { _ in random.next() }
            let results = Mutex<[(region: RegionProblem, outcome: SearchDriver.Outcome, setUp: Double)?]>(Array(repeating: nil, count: regions))
            let whole = current
            let instance = instance
            DispatchQueue.concurrentPerform(iterations: regions) { k in
                let began = DispatchTime.now().uptimeNanoseconds
                let region = RegionProblem(parent: instance, technicians: split.technicians[k], orders: split.orders[k])
                let start = SearchStart(state: region.state(from: whole), meanArcCost: meanArc, schedule: schedule, polishesFully: false)
                let seconds = Double(DispatchTime.now().uptimeNanoseconds &- began) / 1e9
                let driver = SearchDriver(instance: region.instance, options: regionOptions, seed: seeds[k], reportsProgress: false)
                let result = driver.run(deadline: epochDeadline, from: start)
                results.withLock { $0[k] = (region, result, seconds) }
            }
            let finished = results.withLock { $0.compactMap { $0 } }
            setUp = finished.map(\.setUp).max() ?? 0
            var joinedBest = current
            for (region, result, _) in finished {
                region.write(result.current, into: &current)
                region.write(result.best, into: &joinedBest)
                outcome.iterations += result.iterations
                outcome.moveEvaluations += result.moveEvaluations
            }
            let joinedScore = joinedBest.searchScore
            if joinedScore < bestScore {
                best = joinedBest
                bestScore = joinedScore
            }
            if let callback = options.progress {
                callback(SolveProgress(elapsed: deadline.elapsed, iterations: outcome.iterations, best: best.objective,
                                       unassignedCount: best.unassigned.count))
            }
        }
        outcome.best = best
        outcome.current = current
        if options.cancellation?.isCancelled ?? false {
            outcome.stopReason = .cancelled
        } else if limit != nil && !deadline.hasPassed() {
            outcome.stopReason = .iterationLimit
        }
        return outcome
    }
}
