/// Reverses the stretch of one route between `u` and `v` so that they become adjacent
/// (intra-route 2-opt).
struct TwoOpt: MoveOperator {
    var name: String { "2-opt" }

    func evaluate(_ u: Int, _ v: Int, in state: SearchState) -> MoveCandidate? {
        let ru = Int(state.routeOf[u])
        guard ru >= 0, ru == Int(state.routeOf[v]) else { return nil }
        let i = Int(min(state.positionOf[u], state.positionOf[v]))
        let j = Int(max(state.positionOf[u], state.positionOf[v]))
        guard j - i >= 2 else { return nil }
        var proposal = state.prefix(ru, through: i)
        state.extend(&proposal, vehicle: ru, with: ru, from: i + 1, through: j, reversed: true)
        let priced = state.close(proposal, vehicle: ru, suffixOf: ru, from: j + 1)
        guard priced.violation == 0 else { return nil }
        let delta = priced.cost - state.segmentCost[ru]
        return delta < 0 ? MoveCandidate(delta: delta, firstRoute: ru, secondRoute: -1, a: i, b: j) : nil
    }

    func build(_ move: MoveCandidate, in state: SearchState, first: inout [Int32], second: inout [Int32]) {
        let route = state.routes[move.firstRoute]
        first.removeAll(keepingCapacity: true)
        first.append(contentsOf: route[..<move.a])
        first.append(contentsOf: route[move.a..<move.b].reversed())
        first.append(contentsOf: route[move.b...])
        second.removeAll(keepingCapacity: true)
    }
}
