import Dispatch

/// The search's side of route recombination: keeps the pool of routes seen, asks the
/// ``RouteRecombiner`` for a selection every few iterations, and rebuilds a solution from it.
struct RouteRecombination {
    let recombiner: any RouteRecombiner
    let instance: Instance
    let classes: VehicleClasses
    private(set) var memory: RouteMemory
    /// Iterations between calls.
    let interval: Int
    /// Most share of the elapsed time spent recombining, when a wall clock stops the search.
    let timeShare: Double
    /// Calls to the recombiner so far.
    private(set) var calls = 0
    /// Calls whose rebuilt solution was kept as the new best.
    private(set) var improvements = 0
    /// Wall-clock seconds spent in calls and rebuilds.
    private(set) var seconds = 0.0
    private var hasMadeFinalCall = false

    init(recombiner: any RouteRecombiner, instance: Instance, options: SolveOptions) {
        self.recombiner = recombiner
        self.instance = instance
        classes = VehicleClasses(instance: instance)
        memory = RouteMemory(capacity: options.routePoolCapacity)
        interval = max(1, options.recombinationInterval)
        timeShare = max(0, options.recombinationTimeShare)
    }

    /// Remembers the routes of an accepted solution that changed since the previous one.
    mutating func remember(_ accepted: SearchState, replacing previous: SearchState) {
        memory.recordChanges(of: accepted, since: previous, classes: classes)
    }

    /// Remembers every route of `state`.
    mutating func remember(_ state: SearchState) {
        for v in state.routes.indices { memory.record(v, of: state, classes: classes) }
    }

    /// The time budget of a call at iteration `iteration`, or `nil` when none is due: every
    /// ``interval`` iterations, and, when the wall clock decides the stop, only while recombining
    /// has used at most its share of the elapsed time (an iteration limit keeps the calls, and so
    /// the plan, reproducible). Under a wall clock one last call comes once the time left is
    /// about one call's budget, on the fullest pool; it gets most of what is left.
    mutating func budget(at iteration: Int, deadline: SearchDeadline, timeLimit: Double, clockStops: Bool) -> Double? {
        let perCall = timeLimit * timeShare
        if clockStops && !hasMadeFinalCall && deadline.remaining <= perCall {
            hasMadeFinalCall = true
            return 0.8 * deadline.remaining
        }
        guard iteration % interval == 0, !clockStops || seconds <= timeShare * deadline.elapsed else { return nil }
        return min(perCall, deadline.remaining)
    }

    /// Asks the recombiner for a selection from the pool with `best` as incumbent and rebuilds it:
    /// selected routes placed on free vehicles of their class, each re-priced there and dropped
    /// unless feasible at its pooled cost, left-out orders reinserted by regret, then local search.
    /// - Returns: the rebuilt solution when its search score is below `best`'s, else `nil`.
    /// - Complexity: the recombiner's budget plus one regret insertion and one local search.
    mutating func recombine(
        _ best: SearchState, budget: Double, regret: inout RegretInsertion, localSearch: inout LocalSearch,
        random: inout SplitMix64, deadline: SearchDeadline
    ) -> SearchState? {
        let started = DispatchTime.now().uptimeNanoseconds
        defer { seconds += Double(DispatchTime.now().uptimeNanoseconds &- started) / 1e9 }
        guard budget > 0, let incumbent = memory.incumbent(best, classes: classes) else { return nil }
        calls += 1
        let request = RecombinationRequest(
            routes: memory.routes, incumbent: incumbent,
            unservedPenalties: (0..<instance.orderCount).map { best.unservedPenalty($0) },
            routeLimits: classes.routeLimits, timeBudget: budget)
        guard let selection = recombiner.recombine(request), selection != incumbent else { return nil }
        var state = place(selection)
        regret.insert(state.unassigned.sorted(), into: &state, random: &random, deadline: deadline)
        localSearch.run(&state, random: &random, deadline: deadline)
        guard state.isFeasible, state.searchScore < best.searchScore else { return nil }
        improvements += 1
        return state
    }

    /// A solution of the selected routes: each on the vehicle it was seen on when that is free,
    /// else on the lowest free vehicle of its class; routes reusing an order, out of range, or
    /// not feasible at their pooled cost on the vehicle they land on are left out.
    /// - Complexity: O(selected route lengths + m) plus the schedule of each placed route.
    func place(_ selection: [Int]) -> SearchState {
        var state = SearchState(instance: instance)
        var orderTaken = [Bool](repeating: false, count: instance.orderCount)
        var vehicleTaken = [Bool](repeating: false, count: instance.vehicleCount)
        var pending: [Int] = []
        for index in selection.sorted() where memory.routes.indices.contains(index) {
            let route = memory.routes[index]
            guard route.orders.allSatisfy({ (0..<instance.orderCount).contains($0) && !orderTaken[$0] }) else { continue }
            for order in route.orders { orderTaken[order] = true }
            pending.append(index)
        }
        // Routes go back where they were seen first, so a selection close to the incumbent
        // lands on the incumbent's vehicles; the rest fill the free members of their class.
        var unplaced: [Int] = []
        for index in pending {
            let v = memory.seenOn[index]
            if vehicleTaken[v] { unplaced.append(index); continue }
            vehicleTaken[v] = true
            put(index, on: v, into: &state)
        }
        for index in unplaced {
            let vehicleClass = memory.routes[index].vehicle
            guard classes.members.indices.contains(vehicleClass),
                  let v = classes.members[vehicleClass].first(where: { !vehicleTaken[$0] }) else { continue }
            vehicleTaken[v] = true
            put(index, on: v, into: &state)
        }
        return state
    }

    /// Sets pooled route `index` on vehicle `v`, and empties it again unless it is certified,
    /// feasible and priced as pooled there.
    private func put(_ index: Int, on v: Int, into state: inout SearchState) {
        let route = memory.routes[index]
        guard route.orders.allSatisfy({ instance.canServe($0, on: v) }) else { return }
        state.setRoute(v, route.orders.map(Int32.init))
        if !state.metrics[v].isFeasible || state.routeCost[v] != route.cost { state.setRoute(v, []) }
    }
}
