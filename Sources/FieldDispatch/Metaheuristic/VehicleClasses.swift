/// Groups of vehicles (technician shifts) that can take each other's routes at the same cost:
/// same start, end, times, limits, travel profile, service speeds, cost rates and certified
/// orders, and nothing technician-specific on board (breaks, van stock, tools).
///
/// Set partitioning over routes tied to one vehicle each barely recombines on a homogeneous
/// fleet (two good routes seen on vehicle 3 exclude each other), so the pool keys routes by
/// class. The grouping is a pricing shortcut, not a proof: a recombined route is re-priced on
/// the vehicle it lands on and dropped when it is not feasible there at its pooled cost.
struct VehicleClasses {
    /// Class of each vehicle: the lowest index among its members.
    let classOf: [Int]
    /// Members of each class by its lowest index, ascending; empty for other indices.
    let members: [[Int]]

    private struct Key: Hashable {
        var numbers: [Int]
        var costs: CostRates
        var certified: [Bool]
    }

    /// Groups the vehicles of `instance`.
    /// - Parameter comparesCertification: whether members must be certified for the same orders;
    ///   without it, members are interchangeable only for an order certified on both.
    /// - Complexity: O(m × n) to compare certified orders, O(m) without or when every vehicle
    ///   serves every order.
    init(instance: Instance, comparesCertification: Bool = true) {
        var classOf: [Int] = []
        var members = [[Int]](repeating: [], count: instance.vehicleCount)
        var known: [Key: Int] = [:]
        for (v, data) in instance.vehicles.enumerated() {
            let technician = instance.problem.technicians[data.technicianIndex]
            guard !data.hasBreaks, technician.vanStock.isEmpty, technician.tools.isEmpty else {
                classOf.append(v)
                members[v] = [v]
                continue
            }
            let numbers = [data.startLocation, data.endLocation, data.shiftStart, data.shiftEnd, data.hardEnd, data.latestDeparture,
                           data.capacity, data.maxOrders, data.maxWorkingTime, data.profile, data.durationClass, data.maxRestocks]
            let certified = instance.isFullyCompatible || !comparesCertification ? [] : (0..<instance.orderCount).map { instance.canServe($0, on: v) }
            let key = Key(numbers: numbers, costs: data.costs, certified: certified)
            if let first = known[key] {
                classOf.append(first)
                members[first].append(v)
            } else {
                known[key] = v
                classOf.append(v)
                members[v] = [v]
            }
        }
        self.classOf = classOf
        self.members = members
    }

    /// Routes allowed per vehicle index: the class size for a class's lowest index, else 0.
    var routeLimits: [Int] { members.map(\.count) }
}
