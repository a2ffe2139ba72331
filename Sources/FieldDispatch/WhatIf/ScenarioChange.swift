/// One edit of a scenario for a what-if comparison: more or fewer technicians, a moved
/// technician, more demand, other working hours, other customer windows, another priority, or
/// another search budget for the variant.
///
/// Changes are written on the command line as `name:argument` (see ``init(parsing:)``) and
/// applied in order with ``apply(to:seed:)`` or ``applying(_:to:seed:)``. Applying never
/// mutates the input: it returns a new, checked problem.
public enum ScenarioChange: Hashable, Sendable, CustomStringConvertible {
    /// How ``windows(_:)`` reshapes every order's time windows.
    public enum WindowReshaping: Hashable, Sendable {
        /// Each window becomes this many seconds wide around its centre (narrower or wider).
        case width(Int)
        /// Each window becomes the half-day block its centre falls in: 08:00–13:00 or 13:00–18:00 local time.
        case halfDay
    }

    /// Adds `count` copies of a technician's profile (skills, shifts, limits, costs, van stock).
    ///
    /// The template is `templateId`, else the first technician of `outletId`, else the first
    /// technician. With an outlet the copies belong to it and start and end their shifts there.
    /// New ids are `<template>-new<k>`.
    case addTechnicians(count: Int, outletId: String?, templateId: String?)
    /// Adds one technician with this id, copied like ``addTechnicians(count:outletId:templateId:)``.
    case addTechnician(id: String, outletId: String?, templateId: String?)
    /// Removes a technician; orders that prefer or exclude them forget them.
    case removeTechnician(id: String)
    /// Re-homes a technician to an outlet: the outlet field and every shift's start and end location.
    case moveTechnician(id: String, outletId: String)
    /// Scales demand by `factor`: above 1 duplicates seeded-random orders under new ids with
    /// nearby locations; below 1 drops a seeded-random subset.
    case surge(factor: Double)
    /// Sets every shift to these local hours of its own day (seconds after midnight); breaks are
    /// kept inside the new hours or dropped when they no longer fit.
    case shiftHours(start: Int, end: Int)
    /// Narrows or widens every order's windows.
    case windows(WindowReshaping)
    /// Gives one order another priority.
    case priority(orderId: String, priority: Priority)
    /// Gives the variant's search another budget in seconds; the problem is unchanged.
    case timeLimit(seconds: Double)

    /// The change in the command-line syntax ``init(parsing:)`` reads.
    public var description: String {
        switch self {
        case .addTechnicians(let count, let outlet, let template):
            "add-technicians:\(count)" + (outlet.map { "@" + $0 } ?? "") + (template.map { ":like=" + $0 } ?? "")
        case .addTechnician(let id, let outlet, let template):
            "add-technician:\(id)" + (outlet.map { "@" + $0 } ?? "") + (template.map { ":like=" + $0 } ?? "")
        case .removeTechnician(let id): "remove-technician:\(id)"
        case .moveTechnician(let id, let outlet): "move-technician:\(id)@\(outlet)"
        case .surge(let factor): "surge:\(Self.number(factor))"
        case .shiftHours(let start, let end): "shift-hours:\(Self.clock(start))-\(Self.clock(end))"
        case .windows(.width(let seconds)): "windows:\(TimeReference.formatDuration(seconds))"
        case .windows(.halfDay): "windows:half-day"
        case .priority(let id, let priority): "priority:\(id)=\(priority)"
        case .timeLimit(let seconds): "time-limit:\(Self.number(seconds))s"
        }
    }

    /// Applies the change to a problem.
    /// - Parameters:
    ///   - problem: the scenario to change.
    ///   - seed: seeds the random choices of ``surge(factor:)``; the same seed gives the same variant.
    /// - Returns: the changed problem, checked by the model's rules.
    /// - Throws: ``ScenarioChangeError`` naming this change when it refers to an unknown
    ///   technician, outlet or order, or when the result breaks a model rule.
    /// - Complexity: O(orders + technicians × shifts) (plus O(orders) random draws for a surge).
    public func apply(to problem: Problem, seed: UInt64 = 0) throws(ScenarioChangeError) -> Problem {
        var edit = ScenarioEdit(problem: problem, change: self)
        switch self {
        case .addTechnicians(let count, let outlet, let template):
            try edit.addTechnicians(ids: nil, count: count, outletId: outlet, templateId: template)
        case .addTechnician(let id, let outlet, let template):
            try edit.addTechnicians(ids: [id], count: 1, outletId: outlet, templateId: template)
        case .removeTechnician(let id): try edit.removeTechnician(id)
        case .moveTechnician(let id, let outlet): try edit.moveTechnician(id, to: outlet)
        case .surge(let factor):
            var random = SplitMix64(seed: seed ^ 0x5EED_5C4A_1E00_0000)
            edit.surge(factor, using: &random)
        case .shiftHours(let start, let end): edit.setShiftHours(start: start, end: end)
        case .windows(let reshaping): edit.reshapeWindows(reshaping)
        case .priority(let id, let priority): try edit.setPriority(of: id, to: priority)
        case .timeLimit: return problem
        }
        return try edit.checked()
    }

    /// Applies changes one after the other.
    /// - Parameters:
    ///   - changes: the changes, in order.
    ///   - problem: the scenario to change.
    ///   - seed: seeds random choices; change `k` uses `seed + k`.
    /// - Returns: the changed problem.
    /// - Throws: ``ScenarioChangeError`` for the first change that cannot be applied.
    /// - Complexity: the sum of the changes' costs.
    public static func applying(_ changes: [ScenarioChange], to problem: Problem, seed: UInt64 = 0) throws(ScenarioChangeError) -> Problem {
        var result = problem
        for (k, change) in changes.enumerated() { result = try change.apply(to: result, seed: seed &+ UInt64(k)) }
        return result
    }

    /// The variant's search budget: the last ``timeLimit(seconds:)`` among `changes`, if any.
    public static func timeLimit(in changes: [ScenarioChange]) -> Double? {
        changes.reduce(nil) { found, change in
            if case .timeLimit(let seconds) = change { return seconds }
            return found
        }
    }

    static func clock(_ secondOfDay: Int) -> String {
        let h = secondOfDay / 3600, m = (secondOfDay % 3600) / 60
        return (h < 10 ? "0" : "") + "\(h):" + (m < 10 ? "0" : "") + "\(m)"
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
