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
    /// Iterations each thread runs in one epoch; each epoch moves the borders of the regions, so
    /// a longer search has more epochs. Under a wall clock an epoch lasts as long as these
    /// iterations took in the last one, but at least twenty times as long as compiling the
    /// regions took (compiling never takes more than 5 %).
    ///
    /// On four generated 1,000-order days (seeds 0–3), borders that moved about every 8,000
    /// iterations won or tied at both lengths measured: at 1,000,000 iterations per thread 120
    /// epochs (8,300 iterations each) gave a mean cost of 235,481 against 237,747 with 60, 236,935
    /// with 100 and 236,446 with 240; at 2,500,000 (about a minute on two threads) 312 epochs gave
    /// 233,428 and 240 gave 233,261, against 234,889 with 250 and 236,686 with 120.
    static let epochIterations = 8_000
    /// Share of a time-limited run its first epoch lasts, before the pace of the search is known.
    static let firstEpochShare = 1.0 / 120

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
        // Limited by iterations, the limit is shared out over the epochs, so each thread runs
        // exactly `maxIterations`.
        let limit = options.maxIterations.map { max(1, $0) }
        let epochs = limit.map { max(1, $0 / Self.epochIterations) } ?? 0
        let span = Double(deadline.end &- deadline.start)
        var epoch = 0
        // Seconds the slowest region took to compile in the last epoch, and seconds per
        // iteration of each thread's search in it: under a wall clock they set the next epoch's length.
        var setUp = 0.0
        var pace: Double?
        while limit == nil ? !deadline.hasPassed() : epoch < epochs && !deadline.hasPassed() {
            let now = DispatchTime.now().uptimeNanoseconds
            let length = setUp + (pace.map { $0 * Double(Self.epochIterations) } ?? span / 1e9 * Self.firstEpochShare)
            let remaining = Double(deadline.end &- min(now, deadline.end)) / 1e9
            var end = now &+ UInt64(min(max(length, 20 * setUp), remaining) * 1e9)
            // A last stretch shorter than half an epoch joins this one.
            if Double(deadline.end &- end) < max(10 * setUp, length / 2) * 1e9 { end = deadline.end }
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
            var iterationsThisEpoch = 0
            for (region, result, _) in finished {
                region.write(result.current, into: &current)
                region.write(result.best, into: &joinedBest)
                iterationsThisEpoch += result.iterations
                outcome.moveEvaluations += result.moveEvaluations
            }
            outcome.iterations += iterationsThisEpoch
            let searched = Double(DispatchTime.now().uptimeNanoseconds &- now) / 1e9 - setUp
            if iterationsThisEpoch > 0 && searched > 0 { pace = searched / (Double(iterationsThisEpoch) / Double(regions)) }
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
