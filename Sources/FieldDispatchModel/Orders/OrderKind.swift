/// What a visit is for.
public enum OrderKind: String, Hashable, Sendable, CaseIterable {
    /// Fix a fault.
    case repair
    /// Install a new unit.
    case install
    /// Scheduled maintenance.
    case maintenance
    /// Collect a unit or part from the customer.
    case returnPickup
}

/// The warranty state recorded at intake; it changes cost and paperwork, not routing.
public enum WarrantyStatus: String, Hashable, Sendable, CaseIterable {
    case inWarranty
    case extendedWarranty
    case outOfWarranty
    case unknown
}
