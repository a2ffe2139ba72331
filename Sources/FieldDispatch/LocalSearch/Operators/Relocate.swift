/// Moves a chain of 1 to ``maxLength`` consecutive orders starting at `u` next to `v`
/// (right after it or right before it), within a route or into another one: or-opt.
struct Relocate: MoveOperator {
    /// Longest chain moved.
    let maxLength: Int

    var name: String { "relocate-\(maxLength)" }

    func evaluate(_ u: Int, _ v: Int, in state: SearchState) -> MoveCandidate? {
        let ru = Int(state.routeOf[u]), rv = Int(state.routeOf[v])
        guard ru >= 0, rv >= 0 else { return nil }
        let pu = Int(state.positionOf[u]), pv = Int(state.positionOf[v])
        let lengthU = state.routes[ru].count
        var best: MoveCandidate?
        for length in 1...maxLength {
            let last = pu + length - 1
            guard last <= lengthU else { break }
            if ru != rv {
                guard state.canMove(ru, from: pu, through: last, to: rv) else { break }
                let shortened = state.close(state.prefix(ru, through: pu - 1), vehicle: ru, suffixOf: ru, from: last + 1)
                guard shortened.violation == 0 else { continue }
                for after in (pv - 1)...pv {
                    var grown = state.prefix(rv, through: after)
                    state.extend(&grown, vehicle: rv, with: ru, from: pu, through: last)
                    let priced = state.close(grown, vehicle: rv, suffixOf: rv, from: after + 1)
                    guard priced.violation == 0 else { continue }
                    let delta = shortened.cost + priced.cost - state.segmentCost[ru] - state.segmentCost[rv]
                    if delta < (best?.delta ?? 0) {
                        best = MoveCandidate(delta: delta, firstRoute: ru, secondRoute: rv, a: pu, b: length, c: after)
                    }
                }
            } else {
                for after in (pv - 1)...pv where after < pu - 1 || after > last {
                    let priced = priceWithin(ru, chainFrom: pu, through: last, after: after, in: state)
                    guard priced.violation == 0 else { continue }
                    let delta = priced.cost - state.segmentCost[ru]
                    if delta < (best?.delta ?? 0) {
                        best = MoveCandidate(delta: delta, firstRoute: ru, secondRoute: -1, a: pu, b: length, c: after)
                    }
                }
            }
        }
        return best
    }

    /// Prices moving nodes `first...last` of route `r` to just after node `after` of the same route.
    private func priceWithin(_ r: Int, chainFrom first: Int, through last: Int, after: Int, in state: SearchState) -> (cost: Int, violation: Int) {
        if after < first {
            var proposal = state.prefix(r, through: after)
            state.extend(&proposal, vehicle: r, with: r, from: first, through: last)
            state.extend(&proposal, vehicle: r, with: r, from: after + 1, through: first - 1)
            return state.close(proposal, vehicle: r, suffixOf: r, from: last + 1)
        }
        var proposal = state.prefix(r, through: first - 1)
        state.extend(&proposal, vehicle: r, with: r, from: last + 1, through: after)
        state.extend(&proposal, vehicle: r, with: r, from: first, through: last)
        return state.close(proposal, vehicle: r, suffixOf: r, from: after + 1)
    }

    func build(_ move: MoveCandidate, in state: SearchState, first: inout [Int32], second: inout [Int32]) {
        let source = state.routes[move.firstRoute]
        let chain = source[(move.a - 1)..<(move.a - 1 + move.b)]
        first.removeAll(keepingCapacity: true)
        second.removeAll(keepingCapacity: true)
        if move.secondRoute >= 0 {
            first.append(contentsOf: source[..<(move.a - 1)])
            first.append(contentsOf: source[(move.a - 1 + move.b)...])
            let target = state.routes[move.secondRoute]
            second.append(contentsOf: target[..<move.c])
            second.append(contentsOf: chain)
            second.append(contentsOf: target[move.c...])
            return
        }
        if move.c < move.a {
            first.append(contentsOf: source[..<move.c])
            first.append(contentsOf: chain)
            first.append(contentsOf: source[move.c..<(move.a - 1)])
            first.append(contentsOf: source[(move.a - 1 + move.b)...])
        } else {
            first.append(contentsOf: source[..<(move.a - 1)])
            first.append(contentsOf: source[(move.a - 1 + move.b)..<move.c])
            first.append(contentsOf: chain)
            first.append(contentsOf: source[move.c...])
        }
    }
}
