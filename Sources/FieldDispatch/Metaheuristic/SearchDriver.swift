import Foundation

/// One complete search for one seed: regret construction, local search, then ruin-and-recreate
/// with simulated-annealing acceptance until a stopping criterion; the best solution is kept
/// and polished by local search whenever it improves.
struct SearchDriver {
    let instance: Instance
    let options: SolveOptions
    let seed: UInt64
    /// Whether this search calls the progress callback (only one search of a parallel solve does).
    let reportsProgress: Bool
    /// Start temperature as a multiple of the mean arc cost of the first solution.
    ///
    /// 3 and 0.03 against the earlier 1 and 0.01: at 100,000 iterations on the 56 Solomon
    /// instances, seeds 0 and 1, the mean gap fell from +0.56 % to +0.38 % (10 and 0.1: +0.40 %),
    /// mostly where the colder search kept one route too many.
    var startTemperature = 3.0
    /// Final temperature as a multiple of the mean arc cost of the first solution.
    var endTemperature = 0.03
    /// Whether recreated solutions near acceptance get a local search around the orders they
    /// reinserted; off because on Solomon the iterations it costs were worth more than the polish.
    var focusedSearch = false

    /// Iterations between adjustments of the penalty weights when crossing infeasible space.
    static let penaltyWindow = 100

    /// Largest order count for which every new best gets a full local-search pass.
    static let fullPolishLimit = 500

    /// The outcome of one search.
    struct Outcome: Sendable {
        var best: SearchState
        /// The solution the annealing stood on when the search stopped.
        var current: SearchState
        var iterations: Int
        var stopReason: StopReason
        /// Insertion positions and local-search moves priced.
        var moveEvaluations = 0
        /// Calls to the route recombiner.
        var recombinations = 0
        /// Recombinations that gave a new best.
        var recombinationImprovements = 0
        /// Wall-clock seconds spent recombining (calls and rebuilds).
        var recombinationSeconds = 0.0
    }

    /// The first solution of a search: regret construction, then local search (on large days
    /// limited to half the time left).
    func construct(deadline: SearchDeadline, regret: inout RegretInsertion, localSearch: inout LocalSearch,
                   random: inout SplitMix64) -> SearchState {
        var current = SearchState(instance: instance)
        regret.insert(current.unassigned.sorted(), into: &current, random: &random, deadline: deadline)
        // On large days a full first pass can outlast a short budget; ruin-and-recreate then
        // keeps half of what is left, so the search improves more than the construction's routes.
        let firstPass = instance.orderCount <= Self.fullPolishLimit ? deadline : deadline.limited(toShareOfRemaining: 0.5)
        localSearch.run(&current, random: &random, deadline: firstPass)
        return current
    }

    /// The mean cost of one arc of `state`: the unit of the annealing temperatures.
    static func meanArcCost(of state: SearchState) -> Double {
        let arcs = Double(state.instance.orderCount + max(1, state.usedRouteCount))
        return max(1, Double(state.totalCost) / arcs)
    }

    /// Runs the search until `deadline` or another stopping criterion, from a new construction
    /// or, with `start`, from a given solution over part of the cooling schedule.
    func run(deadline: SearchDeadline, from start: SearchStart? = nil) -> Outcome {
        var random = SplitMix64(seed: seed)
        var regret = RegretInsertion(k: 3)
        var localSearch = LocalSearch(swapStar: options.usesSwapStar)
        var current = start?.state ?? construct(deadline: deadline, regret: &regret, localSearch: &localSearch, random: &random)
        var best = current
        var bestScore = best.searchScore
        var currentScore = bestScore
        guard instance.orderCount > 0 else {
            return Outcome(best: best, current: current, iterations: 0, stopReason: .optimal, moveEvaluations: regret.evaluations + localSearch.evaluations)
        }
        let meanArc = start?.meanArcCost ?? Self.meanArcCost(of: current)
        let hot = startTemperature * meanArc, cold = endTemperature * meanArc
        let schedule = start?.schedule ?? 0...1
        let polishesFully = start?.polishesFully ?? (instance.orderCount <= Self.fullPolishLimit)
        var ruinAndRecreate = RuinAndRecreate()
        let penalised = options.crossesInfeasibleSpace
        if penalised {
            let meanDemand = Double(instance.demand.reduce(0, +)) / Double(max(1, instance.orderCount))
            current.setPenalties(.relaxed(meanArcCost: meanArc, meanDemand: meanDemand))
            currentScore = current.searchScore
        }
        var feasibleInWindow = 0
        var iterations = 0, sinceBest = 0
        var lastReport = deadline.elapsed
        var stopReason = StopReason.timeLimit
        var recombination = options.recombiner.map { RouteRecombination(recombiner: $0, instance: instance, options: options) }
        recombination?.remember(current)
        // The candidate stays next to the current solution; after each step only the routes the
        // step replaced are copied one way or the other (with the penalties: a candidate accepted
        // in the step that adapts them brings back those it was priced at, as a copy would).
        var candidate = current
        candidate.forgetChanges()
        while true {
            if deadline.hasPassed() {
                stopReason = (options.cancellation?.isCancelled ?? false) ? .cancelled : .timeLimit
                break
            }
            if let limit = options.maxIterations, iterations >= limit { stopReason = .iterationLimit; break }
            if let limit = options.noImprovementIterations, sinceBest >= limit { stopReason = .noImprovement; break }
            iterations += 1
            sinceBest += 1
            // The acceptance threshold is drawn first, so that the recreate can give up on a
            // candidate as soon as it cannot pass (under penalties it must finish: a repaired
            // candidate may still become the best).
            // Limited by iterations, the cooling follows them alone, so the plan does not depend
            // on the clock (a wall clock that stops the search first leaves it warmer); limited
            // by time, it follows the time used.
            let local = options.maxIterations.map { min(1, Double(iterations) / Double(max(1, $0))) } ?? deadline.fractionUsed
            let temperature = hot * pow(cold / hot, schedule.lowerBound + (schedule.upperBound - schedule.lowerBound) * local)
            let threshold = Double(currentScore) - temperature * log(max(random.nextUnit(), 1e-300))
            let bound = penalised ? Int.max : Int(min(threshold, 0x1p62).rounded(.up))
            ruinAndRecreate.ruin(&candidate, random: &random)
            let complete = ruinAndRecreate.recreate(&candidate, random: &random, bound: max(bound, bestScore))
            // A candidate given up on scores worst, so nothing below takes it.
            var score = complete ? candidate.searchScore : Int.max
            // Without penalties every insertion is checked, but taking orders out of a route the
            // exact schedule judges need not keep it feasible (a restock then falls elsewhere).
            var feasible = penalised ? candidate.isFeasible : candidate.changedRoutesAreFeasible
            if penalised {
                if feasible { feasibleInWindow += 1 }
                if iterations % Self.penaltyWindow == 0 {
                    current.setPenalties(current.penalties.adapted(feasibleShare: Double(feasibleInWindow) / Double(Self.penaltyWindow)))
                    currentScore = current.searchScore
                    feasibleInWindow = 0
                }
                // Only a feasible plan may become the best: one that looks better is repaired first.
                if !feasible && score < bestScore {
                    ruinAndRecreate.repair(&candidate, random: &random)
                    score = candidate.searchScore
                    feasible = candidate.isFeasible
                }
            }
            // Local search only pays on candidates near acceptance; polishing the rest wastes iterations.
            if focusedSearch && feasible && Double(score - currentScore) < meanArc {
                localSearch.run(&candidate, focus: ruinAndRecreate.lastRemoved, random: &random, deadline: deadline)
                score = candidate.searchScore
            }
            if feasible && score < bestScore {
                // A full pass costs O(n k) evaluations: affordable on every new best for small
                // problems; large ones polish only around the reinserted orders.
                if polishesFully {
                    localSearch.run(&candidate, random: &random, deadline: deadline)
                } else {
                    localSearch.run(&candidate, focus: ruinAndRecreate.lastRemoved, random: &random, deadline: deadline)
                }
                score = candidate.searchScore
            }
            let accepted = Double(score) < threshold && (feasible || penalised)
            // Only near-best routes enter the pool: the routes of far worse solutions the
            // annealing accepts crowd the MIP without ever being selected.
            if accepted && feasible && score - bestScore <= bestScore / 100 { recombination?.remember(candidate, replacing: current) }
            if feasible && score < bestScore {
                best = candidate
                bestScore = score
                sinceBest = 0
            }
            if accepted {
                current.copy(routes: candidate.changedRoutes, from: candidate)
                currentScore = score
            } else {
                candidate.copy(routes: candidate.changedRoutes, from: current)
            }
            candidate.forgetChanges()
            if let budget = recombination?.budget(at: iterations, deadline: deadline, timeLimit: options.timeLimit,
                                                  clockStops: options.maxIterations == nil) {
                if let rebuilt = recombination?.recombine(best, budget: budget, regret: &regret, localSearch: &localSearch,
                                                          random: &random, deadline: deadline) {
                    recombination?.remember(rebuilt)
                    best = rebuilt
                    bestScore = rebuilt.searchScore
                    let weights = current.penalties
                    current = rebuilt
                    current.setPenalties(weights)
                    currentScore = current.searchScore
                    candidate = current
                    candidate.forgetChanges()
                    sinceBest = 0
                }
            }
            if reportsProgress, let callback = options.progress {
                let now = deadline.elapsed
                if now - lastReport >= 0.25 {
                    lastReport = now
                    callback(SolveProgress(elapsed: now, iterations: iterations, best: best.objective, unassignedCount: best.unassigned.count))
                }
            }
        }
        return Outcome(best: best, current: current, iterations: iterations, stopReason: stopReason,
                       moveEvaluations: regret.evaluations + localSearch.evaluations + ruinAndRecreate.evaluations,
                       recombinations: recombination?.calls ?? 0, recombinationImprovements: recombination?.improvements ?? 0,
                       recombinationSeconds: recombination?.seconds ?? 0)
    }
}
