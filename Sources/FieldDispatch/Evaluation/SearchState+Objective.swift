extension SearchState {
    /// The lexicographic objective of this solution, from the exact route metrics.
    /// - Complexity: O(n + m).
    var objective: ObjectiveValue {
        var value = ObjectiveValue()
        for raw in unassigned {
            let priority = instance.priority[Int(raw)]
            if priority == .emergency { value.emergenciesUnassigned += 1 }
            value.priorityWeightedUnassigned += priority.unservedWeight
        }
        var perTechnician = [Int](repeating: 0, count: instance.problem.technicians.count)
        for (v, route) in metrics.enumerated() {
            value.lateness += route.lateness
            value.cost += route.cost
            perTechnician[instance.vehicles[v].technicianIndex] += route.orderCount
        }
        let weight = instance.problem.objective.imbalanceWeight
        if weight != 0 {
            let working = instance.problem.technicians.indices.filter { !instance.problem.technicians[$0].shifts.isEmpty }
            let counts = working.map { perTechnician[$0] }
            value.imbalance = weight * ((counts.max() ?? 0) - (counts.min() ?? 0))
        }
        return value
    }
}
