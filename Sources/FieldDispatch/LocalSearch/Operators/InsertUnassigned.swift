/// Inserts an unassigned order `u` right before or right after its assigned neighbour `v`.
/// Members of a pair are left to ruin-and-recreate, which places them together.
///
/// Serving an order always beats any cost it adds, so the delta carries a reward far larger
/// than any route cost (see ``SearchState/unservedPenalty(_:)``).
struct InsertUnassigned: MoveOperator {
    var name: String { "insert-unassigned" }

    func evaluate(_ u: Int, _ v: Int, in state: SearchState) -> MoveCandidate? {
        let rv = Int(state.routeOf[v])
        guard state.routeOf[u] < 0, rv >= 0, state.instance.canServe(u, on: rv), state.instance.partner(of: u) < 0 else { return nil }
        let pv = Int(state.positionOf[v])
        var best: MoveCandidate?
        for after in (pv - 1)...pv {
            var proposal = state.prefix(rv, through: after)
            proposal.append(order: u, vehicle: rv, instance: state.instance)
            let priced = state.close(proposal, vehicle: rv, suffixOf: rv, from: after + 1)
            guard priced.violation == 0 else { continue }
            let delta = priced.cost - state.segmentCost[rv] - state.unservedPenalty(u)
            if delta < (best?.delta ?? 0) {
                best = MoveCandidate(delta: delta, firstRoute: rv, secondRoute: -1, a: u, c: after)
            }
        }
        return best
    }

    func build(_ move: MoveCandidate, in state: SearchState, first: inout [Int32], second: inout [Int32]) {
        let route = state.routes[move.firstRoute]
        first.removeAll(keepingCapacity: true)
        first.append(contentsOf: route[..<move.c])
        first.append(Int32(move.a))
        first.append(contentsOf: route[move.c...])
        second.removeAll(keepingCapacity: true)
    }
}
