import FieldDispatchModel

extension Instance {
    /// The travel table of a problem made of part of `part.parent`'s, copied from the parent's
    /// table: each order's location is the parent's order's, and every other location (shift
    /// starts and ends, depots) is found among the parent's by value.
    /// - Parameters:
    ///   - locations: the part's real locations in index order, its `orderCount` orders first.
    ///   - profiles: the part's travel profiles in profile-index order.
    /// - Returns: `nil` when the parent computes its legs on demand, or a location or profile
    ///   of the part is not the parent's (an order's location included).
    /// - Complexity: O(part's orders + parent's locations − parent's orders) plus the table copy.
    static func copiedTravel(of locations: [Location], profiles: [TravelProfile], orderCount: Int,
                       part: (parent: Instance, orders: [Int32])) -> TravelTable? {
        let table = part.parent.travel
        guard table.isTabulated, part.orders.count == orderCount else { return nil }
        let parentLocations = table.locations
        for (local, order) in part.orders.enumerated() where locations[local] != parentLocations[Int(order)] { return nil }
        var otherIndex: [Location: Int] = [:]
        for index in part.parent.orderCount..<parentLocations.count where otherIndex[parentLocations[index]] == nil {
            otherIndex[parentLocations[index]] = index
        }
        var parentIndex = part.orders.map { Int($0) }
        for location in locations[orderCount...] {
            guard let index = otherIndex[location] else { return nil }
            parentIndex.append(index)
        }
        return TravelTable(subsetOf: table, parentIndex: parentIndex, profiles: profiles)
    }
}
