/// Parts and tools compiled to dense indices: what orders need, what vans carry, what depots stock.
public struct MaterialTable: Sendable {
    /// Part numbers by dense index.
    public let partIds: [String]
    /// Tool names by dense index.
    public let toolIds: [String]
    /// Parts each order consumes, as (part index, quantity).
    let orderParts: [[(part: Int, quantity: Int)]]
    /// Tools each order needs, as tool indices.
    let orderTools: [[Int]]
    /// Van stock per technician, indexed by part.
    let vanStock: [[Int]]
    /// Tools carried per technician, indexed by tool.
    let vanTools: [[Bool]]
    /// Whether each depot stocks each part, indexed `[depot][part]`.
    let depotParts: [[Bool]]
    /// Whether each depot lends each tool, indexed `[depot][tool]`.
    let depotTools: [[Bool]]
    /// Location index of each depot.
    let depotLocations: [Int]

    /// Whether each order needs parts or tools.
    private let orderNeedsMaterials: [Bool]
    /// Whether any order needs parts or tools.
    public let isUsed: Bool
    /// No part refilled yet, indexed by part: the start of every van's refills, shared.
    let noRefills: [Bool]

    /// Compiles the materials of a problem.
    /// - Complexity: O(orders + technicians + depots) × (parts + tools).
    init(problem: Problem, depotLocations: [Int]) {
        var partIndex: [String: Int] = [:]
        var toolIndex: [String: Int] = [:]
        var parts: [String] = []
        var tools: [String] = []
        func part(_ id: String) -> Int {
            if let index = partIndex[id] { return index }
            partIndex[id] = parts.count
            parts.append(id)
            return parts.count - 1
        }
        func tool(_ id: String) -> Int {
            if let index = toolIndex[id] { return index }
            toolIndex[id] = tools.count
            tools.append(id)
            return tools.count - 1
        }
        orderParts = problem.orders.map { order in
            var merged: [(part: Int, quantity: Int)] = []
            for need in order.requiredParts {
                let index = part(need.partId)
                if let at = merged.firstIndex(where: { $0.part == index }) {
                    merged[at].quantity += need.quantity
                } else {
                    merged.append((index, need.quantity))
                }
            }
            return merged
        }
        orderTools = problem.orders.map { order in order.requiredTools.map(tool) }
        for technician in problem.technicians {
            for item in technician.vanStock { _ = part(item.partId) }
            for item in technician.tools { _ = tool(item) }
        }
        for depot in problem.depots {
            for item in depot.parts { _ = part(item) }
            for item in depot.tools { _ = tool(item) }
        }
        partIds = parts
        toolIds = tools
        vanStock = problem.technicians.map { technician in
            var stock = [Int](repeating: 0, count: parts.count)
            for item in technician.vanStock { stock[partIndex[item.partId]!] += item.quantity }
            return stock
        }
        vanTools = problem.technicians.map { technician in
            var carried = [Bool](repeating: false, count: tools.count)
            for item in technician.tools { carried[toolIndex[item]!] = true }
            return carried
        }
        depotParts = problem.depots.map { depot in
            var stocked = [Bool](repeating: false, count: parts.count)
            for item in depot.parts { stocked[partIndex[item]!] = true }
            return stocked
        }
        depotTools = problem.depots.map { depot in
            var lent = [Bool](repeating: false, count: tools.count)
            for item in depot.tools { lent[toolIndex[item]!] = true }
            return lent
        }
        self.depotLocations = depotLocations
        orderNeedsMaterials = zip(orderParts, orderTools).map { !$0.isEmpty || !$1.isEmpty }
        isUsed = orderNeedsMaterials.contains(true)
        noRefills = Array(repeating: false, count: parts.count)
    }

    /// Whether an order needs parts or tools.
    @inline(__always)
    func needsMaterials(_ order: Int) -> Bool { orderNeedsMaterials[order] }
}
