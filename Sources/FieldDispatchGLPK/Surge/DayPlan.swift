/// The routes of one day of a surge plan, with the day's problem they answer.
public struct DayPlan: Sendable {
    /// Day index, 0 being the day of the earliest shift.
    public var day: Int
    /// The orders routed that day (windows of deferred orders moved to the same clock time that
    /// day) and every technician with only that day's shift; the plan is judged against it.
    public var problem: Problem
    /// Routes and the orders no route took that day.
    public var plan: Plan

    /// Creates a day plan.
    public init(day: Int, problem: Problem, plan: Plan) {
        self.day = day
        self.problem = problem
        self.plan = plan
    }
}
