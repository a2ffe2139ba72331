/// The route pairs in which SWAP* found no exchange, remembered with the versions of both
/// routes so that the pass skips pairs neither of whose routes changed since, across every
/// descent of one search.
///
/// SWAP* prices a pair from the two routes alone, so an unchanged pair has no exchange again;
/// the driver polishes each new best, and ruin-and-recreate changes only a few of its routes.
/// One memory serves the routes of one instance.
struct RoutePairMemory {
    private struct Versions: Equatable {
        var first: Int
        var second: Int
    }

    /// Per vehicle, its route when its version was last set.
    private var seen: [[Int32]] = []
    /// Per vehicle, a number that changes whenever its route does.
    private var version: [Int] = []
    private var nextVersion = 1
    /// Per pair key, the versions of both routes when SWAP* found no exchange between them.
    private var exhausted: [Int: Versions] = [:]

    /// Gives a new version to every route of `state` that changed outside the search.
    /// - Complexity: O(n + m).
    mutating func synchronise(with state: SearchState) {
        let m = state.routes.count
        if seen.count != m {
            seen = Array(repeating: [], count: m)
            version = Array(repeating: 0, count: m)
            exhausted.removeAll()
        }
        for v in 0..<m where seen[v] != state.routes[v] { noteChange(of: v, to: state.routes[v]) }
    }

    /// Records that route `v` is now `route`.
    /// - Complexity: O(route length).
    mutating func noteChange(of v: Int, to route: [Int32]) {
        guard v < seen.count else { return }
        seen[v].removeAll(keepingCapacity: true)
        seen[v].append(contentsOf: route)
        version[v] = nextVersion
        nextVersion += 1
    }

    /// Whether SWAP* found no exchange between routes `r1` and `r2` (pair `key`) as they are now.
    func isExhausted(_ key: Int, _ r1: Int, _ r2: Int) -> Bool {
        exhausted[key] == Versions(first: version[r1], second: version[r2])
    }

    /// Records that SWAP* finds no exchange between routes `r1` and `r2` (pair `key`) as they are now.
    mutating func markExhausted(_ key: Int, _ r1: Int, _ r2: Int) {
        exhausted[key] = Versions(first: version[r1], second: version[r2])
    }
}
