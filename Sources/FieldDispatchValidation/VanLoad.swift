/// What a technician's van holds during one route: counted parts, parts refilled without limit
/// at a depot, and tools.
struct VanLoad {
    private var counts: [String: Int] = [:]
    private var unlimited: Set<String> = []
    private var tools: Set<String>

    /// The van at the start of a shift of `technician`.
    init(technician: Technician) {
        for part in technician.vanStock { counts[part.partId, default: 0] += part.quantity }
        tools = Set(technician.tools)
    }

    /// Takes `parts` out of the van and returns the ones that were short, with the quantity missing.
    mutating func consume(_ parts: [PartQuantity]) -> [PartQuantity] {
        var short: [PartQuantity] = []
        for part in parts where !unlimited.contains(part.partId) {
            let held = counts[part.partId] ?? 0
            if held < part.quantity { short.append(PartQuantity(part.partId, quantity: part.quantity - held)) }
            counts[part.partId] = max(0, held - part.quantity)
        }
        return short
    }

    /// The tools of `required` that are not in the van, in the order given.
    func missingTools(_ required: [String]) -> [String] {
        required.filter { !tools.contains($0) }
    }

    /// Refills every part the depot stocks (depots do not run out within a day) and loads its tools.
    mutating func restock(at depot: PartsDepot) {
        unlimited.formUnion(depot.parts)
        tools.formUnion(depot.tools)
    }
}
