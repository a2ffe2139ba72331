/// Exchanges a chain of 1 to ``maxLength`` orders starting at `u` with a chain of 1 to
/// ``maxLength`` orders starting at `v` in another route (the (1-3) × (1-3) swap family).
struct Swap: MoveOperator {
    /// Longest chain exchanged on either side.
    let maxLength: Int

    var name: String { "swap-\(maxLength)" }

    func evaluate(_ u: Int, _ v: Int, in state: SearchState) -> MoveCandidate? {
        let ru = Int(state.routeOf[u]), rv = Int(state.routeOf[v])
        guard ru >= 0, rv >= 0, ru != rv else { return nil }
        let pu = Int(state.positionOf[u]), pv = Int(state.positionOf[v])
        let lengthU = state.routes[ru].count, lengthV = state.routes[rv].count
        let before = state.segmentCost[ru] + state.segmentCost[rv]
        var best: MoveCandidate?
        for chainU in 1...maxLength where pu + chainU - 1 <= lengthU {
            let lastU = pu + chainU - 1
            guard state.canMove(ru, from: pu, through: lastU, to: rv) else { break }
            for chainV in 1...maxLength where pv + chainV - 1 <= lengthV {
                let lastV = pv + chainV - 1
                guard state.canMove(rv, from: pv, through: lastV, to: ru) else { break }
                var newU = state.prefix(ru, through: pu - 1)
                state.extend(&newU, vehicle: ru, with: rv, from: pv, through: lastV)
                let pricedU = state.close(newU, vehicle: ru, suffixOf: ru, from: lastU + 1)
                guard pricedU.violation == 0 else { continue }
                var newV = state.prefix(rv, through: pv - 1)
                state.extend(&newV, vehicle: rv, with: ru, from: pu, through: lastU)
                let pricedV = state.close(newV, vehicle: rv, suffixOf: rv, from: lastV + 1)
                guard pricedV.violation == 0 else { continue }
                let delta = pricedU.cost + pricedV.cost - before
                if delta < (best?.delta ?? 0) {
                    best = MoveCandidate(delta: delta, firstRoute: ru, secondRoute: rv, a: pu, b: chainU, c: pv, d: chainV)
                }
            }
        }
        return best
    }

    func build(_ move: MoveCandidate, in state: SearchState, first: inout [Int32], second: inout [Int32]) {
        let routeU = state.routes[move.firstRoute], routeV = state.routes[move.secondRoute]
        let chainU = routeU[(move.a - 1)..<(move.a - 1 + move.b)]
        let chainV = routeV[(move.c - 1)..<(move.c - 1 + move.d)]
        first.removeAll(keepingCapacity: true)
        first.append(contentsOf: routeU[..<(move.a - 1)])
        first.append(contentsOf: chainV)
        first.append(contentsOf: routeU[(move.a - 1 + move.b)...])
        second.removeAll(keepingCapacity: true)
        second.append(contentsOf: routeV[..<(move.c - 1)])
        second.append(contentsOf: chainU)
        second.append(contentsOf: routeV[(move.c - 1 + move.d)...])
    }
}
