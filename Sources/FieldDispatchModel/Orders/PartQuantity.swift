/// A quantity of one spare part: needed by an order (consumed) or carried in a van.
public struct PartQuantity: Hashable, Sendable {
    /// Part number, e.g. `CAP-35UF`.
    public var partId: String
    /// Number of units.
    public var quantity: Int

    /// Creates a part quantity.
    public init(_ partId: String, quantity: Int = 1) {
        self.partId = partId
        self.quantity = quantity
    }
}
