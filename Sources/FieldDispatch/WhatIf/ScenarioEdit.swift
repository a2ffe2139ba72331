/// The working copy a ``ScenarioChange`` edits, with errors that name the change.
struct ScenarioEdit {
    var problem: Problem
    let change: ScenarioChange

    init(problem: Problem, change: ScenarioChange) {
        self.problem = problem
        self.change = change
    }

    func failure(_ message: String) -> ScenarioChangeError {
        ScenarioChangeError(change: change.description, message: message)
    }

    /// The edited problem, or the model's complaints about it.
    func checked() throws(ScenarioChangeError) -> Problem {
        let issues = problem.validationIssues()
        guard issues.isEmpty else {
            throw failure("the changed scenario breaks model rules: " + issues.prefix(5).map(\.description).joined(separator: "; "))
        }
        return problem
    }

    func outlet(_ id: String) throws(ScenarioChangeError) -> Outlet {
        guard let outlet = problem.outlets.first(where: { $0.id == id }) else {
            let known = problem.outlets.map(\.id).joined(separator: ", ")
            throw failure("no outlet has the id \"\(id)\"" + (known.isEmpty ? " (the scenario has no outlets)" : " (known: \(known))"))
        }
        return outlet
    }

    func technicianIndex(_ id: String) throws(ScenarioChangeError) -> Int {
        guard let index = problem.technicians.firstIndex(where: { $0.id == id }) else {
            throw failure("no technician has the id \"\(id)\"")
        }
        return index
    }

    mutating func addTechnicians(ids: [String]?, count: Int, outletId: String?, templateId: String?) throws(ScenarioChangeError) {
        let home = try outletId.map { id throws(ScenarioChangeError) in try outlet(id) }
        let template: Technician
        if let templateId {
            template = problem.technicians[try technicianIndex(templateId)]
        } else if let found = problem.technicians.first(where: { outletId != nil && $0.outlet == outletId }) ?? problem.technicians.first {
            template = found
        } else {
            throw failure("the scenario has no technician whose profile could be copied")
        }
        var taken = Set(problem.technicians.map(\.id))
        var serial = 1
        for k in 0..<count {
            var id: String
            if let ids {
                id = ids[k]
                guard !taken.contains(id) else { throw failure("a technician with the id \"\(id)\" already exists") }
            } else {
                repeat {
                    id = "\(template.id)-new\(serial)"
                    serial += 1
                } while taken.contains(id)
            }
            taken.insert(id)
            var copy = template
            copy.id = id
            copy.name = template.name.map { "\($0) (copy)" }
            if let home { copy = Self.rehomed(copy, to: home) }
            problem.technicians.append(copy)
        }
    }

    mutating func removeTechnician(_ id: String) throws(ScenarioChangeError) {
        let index = try technicianIndex(id)
        let bound = problem.orders.filter { $0.requiredTechnicians == [id] }.map(\.id)
        guard bound.isEmpty else {
            throw failure("orders \(bound.prefix(5).joined(separator: ", ")) can be served by \(id) only; change their requiredTechnicians first")
        }
        problem.technicians.remove(at: index)
        for i in problem.orders.indices {
            problem.orders[i].preferredTechnicians.removeAll { $0 == id }
            problem.orders[i].requiredTechnicians.removeAll { $0 == id }
            problem.orders[i].excludedTechnicians.removeAll { $0 == id }
        }
    }

    mutating func moveTechnician(_ id: String, to outletId: String) throws(ScenarioChangeError) {
        let index = try technicianIndex(id)
        problem.technicians[index] = Self.rehomed(problem.technicians[index], to: try outlet(outletId))
    }

    /// A technician who belongs to `outlet` and starts and ends every shift there.
    static func rehomed(_ technician: Technician, to outlet: Outlet) -> Technician {
        var result = technician
        result.outlet = outlet.id
        for s in result.shifts.indices {
            result.shifts[s].startLocation = outlet.location
            if result.shifts[s].endLocation != nil { result.shifts[s].endLocation = outlet.location }
        }
        return result
    }

    mutating func setPriority(of orderId: String, to priority: Priority) throws(ScenarioChangeError) {
        guard let index = problem.orders.firstIndex(where: { $0.id == orderId }) else {
            throw failure("no order has the id \"\(orderId)\"")
        }
        problem.orders[index].priority = priority
    }
}
