/// The granular local search: walks each order's neighbour list, asks every operator of the
/// catalogue to price the pair, and applies the first improving move (first improvement),
/// until a full pass finds none or the deadline passes.
struct LocalSearch {
    /// Operators in the order they are tried.
    let operators: [CatalogOperator]
    private var first: [Int32] = []
    private var second: [Int32] = []
    private var visitOrder: [Int32] = []
    /// Moves priced so far.
    private(set) var evaluations = 0
    /// Moves applied so far.
    private(set) var applied = 0

    /// Creates a search over `operators`.
    init(operators: [CatalogOperator] = OperatorCatalog.standard) {
        self.operators = operators
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
        }
        return changed
    }

    /// Builds the move's routes, confirms it with the exact schedule when segments cannot price
    /// it exactly, and commits it.
    /// - Returns: whether the move was committed.
    mutating func apply(_ op: CatalogOperator, _ move: MoveCandidate, to state: inout SearchState) -> Bool {
        op.build(move, in: state, first: &first, second: &second)
        let inserted = op.movesUnassigned ? move.a : -1
        let r1 = move.firstRoute, r2 = move.secondRoute
        let needsExact = state.isComplex(r1) || (r2 >= 0 && state.isComplex(r2))
            || (inserted >= 0 && state.instance.isComplexOrder[inserted])
        if needsExact {
            let m1 = RouteSchedule(instance: state.instance, vehicle: r1).metrics(first)
            guard m1.isFeasible else { return false }
            var delta = state.instance.searchCost(m1) - state.routeCost[r1]
            if r2 >= 0 {
                let m2 = RouteSchedule(instance: state.instance, vehicle: r2).metrics(second)
                guard m2.isFeasible else { return false }
                delta += state.instance.searchCost(m2) - state.routeCost[r2]
            }
            if inserted >= 0 { delta -= state.unservedPenalty(inserted) }
            guard delta < 0 else { return false }
        }
        state.setRoute(r1, first)
        if r2 >= 0 { state.setRoute(r2, second) }
        applied &+= 1
        return true
    }
}
