/// A neighbourhood of the local search: prices moves that pair an order with one of its
/// granular neighbours, and writes the routes a chosen move produces.
///
/// Operators never enumerate: the ``LocalSearch`` driver hands them pairs `(u, v)` from the
/// neighbour lists. Pricing uses cached segments and must not allocate.
protocol MoveOperator: Sendable {
    /// A short name for reports and tests.
    var name: String { get }

    /// The best move of this neighbourhood for order `u` and its neighbour `v`, priced by segments.
    /// - Parameters:
    ///   - u: an order; assigned unless the operator inserts unassigned orders.
    ///   - v: an assigned neighbour of `u`.
    ///   - state: the current solution.
    /// - Returns: the move when it keeps both routes feasible by segment pricing and lowers cost; `nil` otherwise.
    /// - Complexity: O(1) for inter-route moves of bounded chains; O(distance between positions) within a route.
    func evaluate(_ u: Int, _ v: Int, in state: SearchState) -> MoveCandidate?

    /// Writes the new order sequences of the move's routes into `first` and `second`.
    /// - Complexity: O(route lengths).
    func build(_ move: MoveCandidate, in state: SearchState, first: inout [Int32], second: inout [Int32])
}

/// A priced move: its segment delta, the routes it changes and operator-specific positions.
struct MoveCandidate: Hashable, Sendable {
    /// Change of the summed route costs as segments price it (negative improves).
    var delta: Int
    /// First route changed.
    var firstRoute: Int
    /// Second route changed, or -1 for a move inside one route.
    var secondRoute: Int
    /// Operator-specific parameters (positions, chain lengths, flags).
    var a: Int
    var b: Int
    var c: Int
    var d: Int

    init(delta: Int, firstRoute: Int, secondRoute: Int, a: Int = 0, b: Int = 0, c: Int = 0, d: Int = 0) {
        self.delta = delta
        self.firstRoute = firstRoute
        self.secondRoute = secondRoute
        self.a = a
        self.b = b
        self.c = c
        self.d = d
    }
}
