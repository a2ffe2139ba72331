/// What a van holds while a live route is scheduled: counted parts, parts refilled at a depot
/// (without limit for the rest of the shift), and tools.
struct LiveVan: Hashable, Sendable {
    private var stock: [PartQuantity]
    private var unlimited: [String] = []
    private var tools: [String]

    /// The van at the start of a shift of `technician`.
    init(technician: Technician) {
        var merged: [PartQuantity] = []
        for item in technician.vanStock {
            if let at = merged.firstIndex(where: { $0.partId == item.partId }) {
                merged[at].quantity += item.quantity
            } else {
                merged.append(item)
            }
        }
        stock = merged
        tools = technician.tools
    }

    /// Whether the van lacks a part or tool `order` needs.
    /// - Complexity: O(needs × van items).
    func isShort(of order: ServiceOrder) -> Bool {
        for need in order.requiredParts where !unlimited.contains(need.partId) {
            if (stock.first { $0.partId == need.partId }?.quantity ?? 0) < need.quantity { return true }
        }
        return order.requiredTools.contains { !tools.contains($0) }
    }

    /// Whether a restock at `depot` gives the van everything `order` needs.
    func isCovered(_ order: ServiceOrder, after depot: PartsDepot) -> Bool {
        for need in order.requiredParts where !unlimited.contains(need.partId) && !depot.parts.contains(need.partId) {
            if (stock.first { $0.partId == need.partId }?.quantity ?? 0) < need.quantity { return false }
        }
        return order.requiredTools.allSatisfy { tools.contains($0) || depot.tools.contains($0) }
    }

    /// Refills every part the depot stocks and loads its tools.
    mutating func restock(at depot: PartsDepot) {
        for part in depot.parts where !unlimited.contains(part) { unlimited.append(part) }
        for tool in depot.tools where !tools.contains(tool) { tools.append(tool) }
    }

    /// What is left, as a fresh van holds it: counted parts, parts refilled at a depot as `plenty` units, and tools.
    func remaining(plenty: Int) -> (parts: [PartQuantity], tools: [String]) {
        var parts = stock.filter { !unlimited.contains($0.partId) && $0.quantity > 0 }
        parts += unlimited.map { PartQuantity($0, quantity: plenty) }
        return (parts, tools)
    }

    /// Takes the order's parts out of the van.
    mutating func consume(_ order: ServiceOrder) {
        for need in order.requiredParts where !unlimited.contains(need.partId) {
            if let at = stock.firstIndex(where: { $0.partId == need.partId }) {
                stock[at].quantity = max(0, stock[at].quantity - need.quantity)
            }
        }
    }
}
