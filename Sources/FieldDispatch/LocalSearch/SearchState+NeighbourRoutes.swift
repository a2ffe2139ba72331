extension SearchState {
    /// Appends the vehicles whose routes hold one of `order`'s neighbours and may serve it, each
    /// once, nearest neighbour first; the routes where an insertion of `order` is likely cheapest.
    ///
    /// Appended vehicles are flagged in `marked` so later candidates can skip them; the caller
    /// clears the flags of every vehicle it collected.
    /// - Complexity: O(k) for k neighbours.
    func appendNeighbourRoutes(of order: Int, to vehicles: inout [Int], marked: inout [Bool]) {
        for neighbour in instance.neighbours[order] {
            let v = Int(routeOf[Int(neighbour)])
            guard v >= 0, !marked[v], instance.canServe(order, on: v) else { continue }
            marked[v] = true
            vehicles.append(v)
        }
    }
}
