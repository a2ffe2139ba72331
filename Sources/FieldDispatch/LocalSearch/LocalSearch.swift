/// The granular local search: walks each order's neighbour list, asks every operator of the
/// catalogue to price the pair, and applies the first improving move (first improvement);
/// when a pass finds none, SWAP* (if on) runs over the pairs of routes holding neighbouring
/// orders, and the search repeats until neither finds a move or the deadline passes.
///
/// SWAP* is a route-pair pass rather than a catalogue operator because it prices two whole
/// routes at once: run per order pair it would price the same route pair k times.
struct LocalSearch {
    /// Operators in the order they are tried.
    let operators: [CatalogOperator]
    /// The route-pair operator, or `nil` when off.
    private(set) var swapStar: SwapStar?
    private var pairMemory = RoutePairMemory()
    private var pairKeys: [Int] = []
    private var first: [Int32] = []
    private var second: [Int32] = []
    private var visitOrder: [Int32] = []
    /// Moves priced so far.
    private(set) var evaluations = 0
    /// Moves applied so far.
    private(set) var applied = 0

    /// Creates the standard search: the catalogue, and SWAP* when `swapStar` is set
    /// (``SolveOptions/usesSwapStar``).
    init(swapStar: Bool = false) {
        self.init(operators: OperatorCatalog.standard, swapStar: swapStar ? SwapStar() : nil)
    }

    /// Creates a search over `operators`, with SWAP* only if given.
    init(operators: [CatalogOperator], swapStar: SwapStar? = nil) {
        self.operators = operators
        self.swapStar = swapStar
    }

    /// Improves `state` until it is a local optimum of every operator or `deadline` passes.
    /// - Returns: whether any move was applied.
    /// - Complexity: O(passes × n × k × operators) move evaluations.
    @discardableResult
    mutating func run(_ state: inout SearchState, random: inout SplitMix64, deadline: SearchDeadline) -> Bool {
        visitOrder.removeAll(keepingCapacity: true)
        visitOrder.append(contentsOf: (0..<Int32(state.instance.orderCount)))
        visitOrder.shuffle(using: &random)
        return descend(&state, deadline: deadline)
    }

    /// Improves `state` around `focus` only: each pass walks the neighbours of those orders.
    /// - Returns: whether any move was applied.
    /// - Complexity: O(passes × |focus| × k × operators) move evaluations.
    @discardableResult
    mutating func run(_ state: inout SearchState, focus: [Int32], random: inout SplitMix64, deadline: SearchDeadline) -> Bool {
        visitOrder.removeAll(keepingCapacity: true)
        visitOrder.append(contentsOf: focus)
        visitOrder.shuffle(using: &random)
        return descend(&state, deadline: deadline)
    }

    private mutating func descend(_ state: inout SearchState, deadline: SearchDeadline) -> Bool {
        if swapStar != nil { pairMemory.synchronise(with: state) }
        var changed = false
        var improved = true
        while improved {
            improved = false
            for raw in visitOrder {
                if deadline.hasPassed() { return changed }
                let u = Int(raw)
                for neighbour in state.instance.neighbours[u] {
                    let v = Int(neighbour)
                    guard state.routeOf[v] >= 0 else { continue }
                    for op in operators where op.movesUnassigned == (state.routeOf[u] < 0) {
                        evaluations &+= 1
                        guard let move = op.evaluate(u, v, in: state), move.delta < 0 else { continue }
                        if apply(op, move, to: &state) {
                            improved = true
                            changed = true
                            break
                        }
                    }
                }
            }
            if !improved && swapStar != nil && !deadline.hasPassed() && exchangeRoutePairs(&state, deadline: deadline) {
                improved = true
                changed = true
            }
        }
        return changed
    }

    /// One SWAP* pass over the pairs of routes that hold neighbouring orders of the visited
    /// orders, skipping pairs unchanged since SWAP* last found no exchange in them.
    /// - Returns: whether any exchange was applied.
    /// - Complexity: O(pairs × L1 × L2) segment pricings.
    private mutating func exchangeRoutePairs(_ state: inout SearchState, deadline: SearchDeadline) -> Bool {
        let m = state.instance.vehicleCount
        pairKeys.removeAll(keepingCapacity: true)
        for raw in visitOrder {
            let r1 = Int(state.routeOf[Int(raw)])
            guard r1 >= 0 else { continue }
            for neighbour in state.instance.neighbours[Int(raw)] {
                let r2 = Int(state.routeOf[Int(neighbour)])
                guard r2 >= 0, r2 != r1 else { continue }
                pairKeys.append(min(r1, r2) * m + max(r1, r2))
            }
        }
        pairKeys.sort()
        var found = false
        var previous = -1
        for key in pairKeys where key != previous {
            previous = key
            if deadline.hasPassed() { break }
            let r1 = key / m, r2 = key % m
            if pairMemory.isExhausted(key, r1, r2) { continue }
            evaluations &+= state.routes[r1].count * state.routes[r2].count
            guard let move = swapStar?.evaluate(r1, r2, in: state) else {
                pairMemory.markExhausted(key, r1, r2)
                continue
            }
            swapStar?.build(move, in: state, first: &first, second: &second)
            if commit(move, inserted: -1, to: &state) {
                found = true
            } else {
                // The exact schedule rejects it (breaks, soft windows); it would be found again.
                pairMemory.markExhausted(key, r1, r2)
            }
        }
        return found
    }

    /// Builds the move's routes, confirms it with the exact schedule when segments cannot price
    /// it exactly, and commits it.
    /// - Returns: whether the move was committed.
    mutating func apply(_ op: CatalogOperator, _ move: MoveCandidate, to state: inout SearchState) -> Bool {
        op.build(move, in: state, first: &first, second: &second)
        return commit(move, inserted: op.movesUnassigned ? move.a : -1, to: &state)
    }

    /// Commits the routes built in `first` and `second` for `move`, after confirming it with the
    /// exact schedule when segments cannot price it exactly.
    private mutating func commit(_ move: MoveCandidate, inserted: Int, to state: inout SearchState) -> Bool {
        let r1 = move.firstRoute, r2 = move.secondRoute
        let needsExact = state.isComplex(r1) || (r2 >= 0 && state.isComplex(r2))
            || (inserted >= 0 && state.instance.isComplexOrder[inserted])
        // Metrics walked here are handed to the state, which would otherwise walk them again.
        var known1: RouteMetrics?, known2: RouteMetrics?
        if needsExact {
            let m1 = RouteSchedule(instance: state.instance, vehicle: r1).metrics(first)
            guard m1.isFeasible else { return false }
            var delta = state.instance.searchCost(m1) - state.routeCost[r1]
            known1 = m1
            if r2 >= 0 {
                let m2 = RouteSchedule(instance: state.instance, vehicle: r2).metrics(second)
                guard m2.isFeasible else { return false }
                delta += state.instance.searchCost(m2) - state.routeCost[r2]
                known2 = m2
            }
            if inserted >= 0 { delta -= state.unservedPenalty(inserted) }
            guard delta < 0 else { return false }
        }
        state.setRoute(r1, first, metrics: known1)
        if r2 >= 0 { state.setRoute(r2, second, metrics: known2) }
        applied &+= 1
        if swapStar != nil {
            pairMemory.noteChange(of: r1, to: first)
            if r2 >= 0 { pairMemory.noteChange(of: r2, to: second) }
        }
        return true
    }
}
