/// Builds or repairs a solution by regret-k insertion, one priority level at a time: every
/// emergency is placed before any urgent order is considered, and so on down, so no
/// higher-priority order loses its place to save travel.
///
/// Within a level, the order whose best place is most clearly better than its k-th best
/// (summed regret) goes first; its insertion only invalidates the cached prices of the route it
/// entered.
struct RegretInsertion {
    /// How many alternatives the regret looks at (2 or 3 are usual).
    var k: Int = 3
    private var inserter = Inserter()
    private var nearby = NearbyInsertion()
    /// Insertion positions priced so far.
    var evaluations: Int { inserter.evaluations }

    init(k: Int = 3) {
        self.k = k
    }

    /// Inserts as many of `orders` as fit, highest priority first.
    /// - Complexity: O(p² · m) per level of `p` orders over `m` vehicles, plus O(p · L) per insertion,
    ///   while p² · m ≤ ``regretWorkLimit``; larger levels take ``NearbyInsertion``'s near-linear cost.
    mutating func insert(_ orders: [Int32], into state: inout SearchState, random: inout SplitMix64, deadline: SearchDeadline?) {
        let levels = Priority.allCases.sorted(by: >)
        for level in levels {
            let pending = state.instance.insertionLeads(orders).filter {
                state.instance.priority[Int($0)] == level && state.routeOf[Int($0)] < 0
            }
            if !pending.isEmpty { insertLevel(pending, into: &state, random: &random, deadline: deadline) }
        }
    }

    private mutating func insertLevel(_ orders: [Int32], into state: inout SearchState, random: inout SplitMix64, deadline: SearchDeadline?) {
        let instance = state.instance
        let m = instance.vehicleCount
        // Regret selection costs O(p · m) per insertion and repricing O(p) insertions; past these
        // sizes cheapest insertion into nearby routes, in a fixed order, keeps construction
        // near-linear in the orders.
        if orders.count * orders.count * m > Self.regretWorkLimit {
            nearby.insert(orders, into: &state, inserter: &inserter, random: &random, deadline: deadline)
            return
        }
        var pending = orders.map(Int.init)
        // Cached best insertion per (pending slot, vehicle): delta (Int.max when none) and position.
        var delta = [Int](repeating: Int.max, count: pending.count * m)
        var spot = [InsertionSpot](repeating: InsertionSpot(delta: 0, after: 0), count: pending.count * m)
        func price(_ slot: Int, _ v: Int, _ state: SearchState, _ random: inout SplitMix64) {
            if let found = inserter.best(pending[slot], into: v, state: state, random: &random) {
                delta[slot * m + v] = found.delta
                spot[slot * m + v] = found
            } else {
                delta[slot * m + v] = Int.max
            }
        }
        for slot in pending.indices {
            if let deadline, deadline.hasPassed() { return }
            for v in instance.compatibleVehicles[pending[slot]] { price(slot, Int(v), state, &random) }
        }
        var alive = [Bool](repeating: true, count: pending.count)
        var remaining = pending.count
        var bestValues = [Int](repeating: Int.max, count: k)
        while remaining > 0 {
            if let deadline, deadline.hasPassed() { return }
            var chosen = -1, chosenVehicle = -1
            var chosenKey = (Int.min, Int.max)
            for slot in pending.indices where alive[slot] {
                for i in 0..<k { bestValues[i] = Int.max }
                var bestVehicle = -1
                for raw in instance.compatibleVehicles[pending[slot]] {
                    let v = Int(raw)
                    let value = delta[slot * m + v]
                    guard value != Int.max else { continue }
                    if value < bestValues[0] { bestVehicle = v }
                    var i = k - 1
                    if value < bestValues[i] {
                        bestValues[i] = value
                        while i > 0 && bestValues[i] < bestValues[i - 1] {
                            bestValues.swapAt(i, i - 1)
                            i -= 1
                        }
                    }
                }
                if bestVehicle < 0 {
                    alive[slot] = false
                    remaining -= 1
                    continue
                }
                var regret = 0
                for i in 1..<k {
                    let alternative = bestValues[i] == Int.max ? bestValues[0] + (1 << 40) : bestValues[i]
                    regret += alternative - bestValues[0]
                }
                let key = (regret, bestValues[0])
                if key.0 > chosenKey.0 || (key.0 == chosenKey.0 && key.1 < chosenKey.1) {
                    chosenKey = key
                    chosen = slot
                    chosenVehicle = bestVehicle
                }
            }
            guard chosen >= 0 else { return }
            inserter.insert(pending[chosen], into: chosenVehicle, at: spot[chosen * m + chosenVehicle], state: &state)
            alive[chosen] = false
            remaining -= 1
            for slot in pending.indices where alive[slot] && instance.canServe(pending[slot], on: chosenVehicle) {
                price(slot, chosenVehicle, state, &random)
            }
        }
        pending.removeAll()
    }

    /// Largest (orders² × vehicles) of one priority level that regret selection handles: about
    /// a second of selection work, e.g. 700 orders of one level over 100 vehicles.
    static let regretWorkLimit = 50_000_000
}
