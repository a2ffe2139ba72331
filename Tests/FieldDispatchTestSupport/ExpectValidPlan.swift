import Testing

/// Records one test issue listing every hard rule `plan` breaks for `problem`, or nothing when it is valid.
///
/// Soft violations (SLA misses) are not issues. The issue lists each violation's kind and message,
/// so a failing test shows exactly which stop of which route is wrong.
/// - Parameters:
///   - plan: the plan to judge.
///   - problem: the problem it claims to solve.
///   - sourceLocation: where the issue is reported; the caller's line by default.
/// - Complexity: as ``PlanValidator/validate(_:)``.
public func expectValidPlan(_ plan: Plan, for problem: Problem, sourceLocation: SourceLocation = #_sourceLocation) {
    let hard = PlanValidator(problem: problem).validate(plan).filter(\.isHard)
    guard !hard.isEmpty else { return }
    let lines = hard.map { "  [\($0.kind.rawValue)] \($0.message)" }.joined(separator: "\n")
    let noun = hard.count == 1 ? "rule" : "rules"
    Issue.record(Comment(rawValue: "plan breaks \(hard.count) hard \(noun):\n" + lines), sourceLocation: sourceLocation)
}
