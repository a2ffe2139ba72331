/// Exchanges the tails of two routes (2-opt*): `u` is followed by `v`'s successor, or by `v`
/// itself, and the other route takes the rest of `u`'s route.
struct TwoOptStar: MoveOperator {
    var name: String { "2-opt*" }

    func evaluate(_ u: Int, _ v: Int, in state: SearchState) -> MoveCandidate? {
        let ru = Int(state.routeOf[u]), rv = Int(state.routeOf[v])
        guard ru >= 0, rv >= 0, ru != rv else { return nil }
        let pu = Int(state.positionOf[u]), pv = Int(state.positionOf[v])
        let lengthU = state.routes[ru].count, lengthV = state.routes[rv].count
        guard state.canMove(ru, from: pu + 1, through: lengthU, to: rv) else { return nil }
        let before = state.segmentCost[ru] + state.segmentCost[rv]
        var best: MoveCandidate?
        // Cut after node `cut` of route v: `cut == pv` keeps v in its route, `cut == pv - 1` moves it behind u.
        for cut in (pv - 1)...pv {
            guard state.canMove(rv, from: cut + 1, through: lengthV, to: ru) else { continue }
            let pricedU = state.close(state.prefix(ru, through: pu), vehicle: ru, suffixOf: rv, from: cut + 1)
            guard pricedU.violation == 0 else { continue }
            let pricedV = state.close(state.prefix(rv, through: cut), vehicle: rv, suffixOf: ru, from: pu + 1)
            guard pricedV.violation == 0 else { continue }
            let delta = pricedU.cost + pricedV.cost - before
            if delta < (best?.delta ?? 0) {
                best = MoveCandidate(delta: delta, firstRoute: ru, secondRoute: rv, a: pu, c: cut)
            }
        }
        return best
    }

    func build(_ move: MoveCandidate, in state: SearchState, first: inout [Int32], second: inout [Int32]) {
        let routeU = state.routes[move.firstRoute], routeV = state.routes[move.secondRoute]
        first.removeAll(keepingCapacity: true)
        first.append(contentsOf: routeU[..<move.a])
        first.append(contentsOf: routeV[move.c...])
        second.removeAll(keepingCapacity: true)
        second.append(contentsOf: routeV[..<move.c])
        second.append(contentsOf: routeU[move.a...])
    }
}
