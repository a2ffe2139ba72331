/// How a ``Dispatcher`` picks a place for an order it has to place (new, updated, or moved off a route).
public enum DispatchPolicy: Hashable, Sendable {
    /// The cheapest place among the nearby certified routes, anywhere after their frozen stops,
    /// that keeps every other customer's promise.
    case cheapestInsertion
    /// The end of the nearest certified route that can still fit the order, leaving every other
    /// visit in its sequence: the rule many dispatch desks follow by hand, kept to compare against.
    case nearestTechnician
}
