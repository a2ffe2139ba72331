import FieldDispatchGLPK

/// Small models with known answers, shared by the MIP tests.
enum MIPTestModels {
    /// Cost of technician `t` doing order `o`; the optimum of the assignment is 13
    /// (t0-o1, t1-o0, t2-o2, t3-o3).
    static let assignmentCosts: [[Double]] = [
        [9, 2, 7, 8],
        [6, 4, 3, 7],
        [5, 8, 1, 8],
        [7, 6, 9, 4],
    ]

    /// Each order to exactly one technician, each technician at most one order, minimum cost.
    /// - Returns: The model and its variables, `x[t][o]`.
    static func assignment(costs: [[Double]]) -> (model: MIPModel, x: [[MIPVariable]]) {
        var model = MIPModel(sense: .minimise)
        let x = costs.indices.map { t in
            costs[t].indices.map { o in model.addVariable(name: "x[\(t),\(o)]", kind: .binary, objective: costs[t][o]) }
        }
        for o in costs[0].indices {
            model.addConstraint(x.indices.map { (x[$0][o], 1) }, .equal, 1, name: "order \(o) once")
        }
        for t in costs.indices {
            model.addConstraint(x[t].map { ($0, 1) }, .lessOrEqual, 1, name: "technician \(t) at most once")
        }
        return (model, x)
    }

    /// The cheapest assignment by trying every permutation; the reference for square cost tables.
    static func bruteForceAssignmentCost(_ costs: [[Double]]) -> Double {
        func best(_ technician: Int, _ free: [Int]) -> Double {
            guard technician < costs.count else { return 0 }
            return free.map { order in
                costs[technician][order] + best(technician + 1, free.filter { $0 != order })
            }.min() ?? .infinity
        }
        return best(0, Array(costs[0].indices))
    }

    /// Maximise 10a + 6b + 4c over binaries with 5a + 4b + 3c <= 8: the MIP optimum is 14 (a, c),
    /// the LP relaxation's is 14.5 (a = 1, b = 3/4, c = 0).
    static func smallKnapsack() -> (model: MIPModel, items: [MIPVariable]) {
        var model = MIPModel(sense: .maximise)
        let items = [(10.0, 5.0), (6, 4), (4, 3)].enumerated().map { index, item in
            model.addVariable(name: "item \(index)", kind: .binary, objective: item.0)
        }
        model.addConstraint([(items[0], 5), (items[1], 4), (items[2], 3)], .lessOrEqual, 8, name: "capacity")
        return (model, items)
    }

    /// A multidimensional knapsack with strongly correlated values, hard enough for GLPK
    /// that a few hundredths of a second do not prove optimality.
    static func hardMultiKnapsack(items: Int = 60, dimensions: Int = 5, seed: UInt64 = 7) -> MIPModel {
        var random = SplitMix64(seed: seed)
        var model = MIPModel(sense: .maximise)
        var weights = [[Double]](repeating: [], count: dimensions)
        let variables = (0..<items).map { item in
            var total = 0.0
            for dimension in 0..<dimensions {
                let weight = Double(random.next() % 1000 + 1)
                weights[dimension].append(weight)
                total += weight
            }
            return model.addVariable(name: "item \(item)", kind: .binary, objective: (total / Double(dimensions)).rounded() + 50)
        }
        for dimension in 0..<dimensions {
            let capacity = (weights[dimension].reduce(0, +) / 2).rounded()
            model.addConstraint(zip(variables, weights[dimension]).map { ($0, $1) }, .lessOrEqual, capacity, name: "dimension \(dimension)")
        }
        return model
    }

    /// A square table of pseudo-random costs 1...99.
    static func randomCosts(size: Int, seed: UInt64) -> [[Double]] {
        var random = SplitMix64(seed: seed)
        return (0..<size).map { _ in (0..<size).map { _ in Double(random.next() % 99 + 1) } }
    }
}
