/// What the search charges per unit of the two violations it may carry while exploring: time
/// warp (seconds a route would have to travel back in time to keep its windows and shift end)
/// and load over capacity. Other rules (certification, order and working-time limits, parts,
/// routes the exact schedule judges) are never relaxed.
///
/// ``strict`` keeps every route feasible. A search that crosses infeasible space starts from
/// ``relaxed(meanArcCost:meanDemand:)`` and moves the weights so that about
/// ``targetFeasibleShare`` of its candidates are feasible (Vidal et al. 2012, as in HGS and PyVRP).
struct PenaltyWeights: Hashable, Sendable {
    /// Cost units per second of time warp.
    var timeWarp: Int
    /// Cost units per unit of load over capacity.
    var load: Int
    /// Whether insertions may create time warp and overload at these prices.
    var isRelaxed: Bool

    /// No violation may be created; routes handed in infeasible are ranked at a high fixed price.
    static let strict = PenaltyWeights(timeWarp: SearchState.segmentPenalty, load: SearchState.segmentPenalty, isRelaxed: false)

    /// Share of candidates the adaptive weights aim to keep feasible.
    static let targetFeasibleShare = 0.4

    /// Highest weight either violation reaches, far above any arc of a realistic problem.
    static let maxWeight = 1 << 32

    /// Starting weights: a second of time warp costs a second of driving, and a unit of overload
    /// the mean arc's cost per unit of mean demand.
    static func relaxed(meanArcCost: Double, meanDemand: Double) -> PenaltyWeights {
        let load = meanDemand > 0 ? Int((meanArcCost / meanDemand).rounded(.up)) : 1
        return PenaltyWeights(timeWarp: 1, load: min(maxWeight, max(1, load)), isRelaxed: true)
    }

    /// The price of a route's violations: time warp and load at these weights, the rest strict.
    @inline(__always)
    func price(timeWarp warp: Int, loadExcess: Int, otherViolation: Int) -> Int {
        timeWarp &* warp &+ load &* loadExcess &+ SearchState.segmentPenalty &* otherViolation
    }

    /// The weights after a window of candidates of which `feasibleShare` were feasible: up by
    /// a fifth when too few were, down by 15 % otherwise, within `1...maxWeight`.
    func adapted(feasibleShare: Double) -> PenaltyWeights {
        guard isRelaxed else { return self }
        let factor = feasibleShare < Self.targetFeasibleShare ? 1.2 : 0.85
        func scaled(_ weight: Int) -> Int {
            let next = (Double(weight) * factor).rounded(factor > 1 ? .up : .down)
            return Int(min(Double(Self.maxWeight), max(1, next)))
        }
        return PenaltyWeights(timeWarp: scaled(timeWarp), load: scaled(load), isRelaxed: true)
    }
}
