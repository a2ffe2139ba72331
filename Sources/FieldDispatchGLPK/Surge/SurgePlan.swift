/// A plan over a surge horizon: routes per day, the orders pushed to later days (or out of the
/// horizon) with explanations, and how the triage was reached.
public struct SurgePlan: Sendable {
    /// One plan per day of the horizon, day 0 first.
    public var days: [DayPlan]
    /// Orders not served on their first possible day.
    public var deferred: [DeferredOrder]
    /// Which triage method ran.
    public var path: TriagePath
    /// Relative gap of the triage to its bound; `nil` when no bound is known.
    public var mipGap: Double?
    /// Paths left, rules relaxed, and other things a dispatcher should know.
    public var warnings: [String]
    /// Served, deferred, borrowed and emergency counts per outlet and day.
    public var perOutletDay: [OutletDayOutcome]
    /// Technicians lent between outlets.
    public var loans: [TechnicianLoan]
    /// Demand against capacity before planning.
    public var assessment: SurgeAssessment
    /// Where the planning time went.
    public var timings: SurgeTimings

    /// Creates a surge plan.
    public init(days: [DayPlan], deferred: [DeferredOrder], path: TriagePath, mipGap: Double?, warnings: [String],
                perOutletDay: [OutletDayOutcome], loans: [TechnicianLoan], assessment: SurgeAssessment,
                timings: SurgeTimings = SurgeTimings()) {
        self.days = days
        self.deferred = deferred
        self.path = path
        self.mipGap = mipGap
        self.warnings = warnings
        self.perOutletDay = perOutletDay
        self.loans = loans
        self.assessment = assessment
        self.timings = timings
    }
}
