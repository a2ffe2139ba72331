/// The two route edits SWAP* is made of, on one route: take one order out and put another in.
extension SwapStar {
    /// Prices route `r` with node `removed` taken out and `order` inserted right after node
    /// `after` (`after != removed`; `removed - 1` puts it in the removed node's place).
    /// - Complexity: O(|after - removed|).
    @inline(__always)
    static func price(_ r: Int, removing removed: Int, inserting order: Int, after: Int,
                      in state: SearchState) -> (cost: Int, violation: Int) {
        if after < removed {
            var proposal = state.prefix(r, through: after)
            proposal.append(order: order, vehicle: r, instance: state.instance)
            state.extend(&proposal, vehicle: r, with: r, from: after + 1, through: removed - 1)
            return state.close(proposal, vehicle: r, suffixOf: r, from: removed + 1)
        }
        var proposal = state.prefix(r, through: removed - 1)
        state.extend(&proposal, vehicle: r, with: r, from: removed + 1, through: after)
        proposal.append(order: order, vehicle: r, instance: state.instance)
        return state.close(proposal, vehicle: r, suffixOf: r, from: after + 1)
    }

    /// Writes `route` with node `removed` taken out and `order` right after node `after`.
    static func exchange(_ route: [Int32], removing removed: Int, inserting order: Int32, after: Int,
                         into result: inout [Int32]) {
        result.removeAll(keepingCapacity: true)
        if after == 0 { result.append(order) }
        for k in 1...route.count {
            if k != removed { result.append(route[k - 1]) }
            if k == after { result.append(order) }
        }
    }
}
