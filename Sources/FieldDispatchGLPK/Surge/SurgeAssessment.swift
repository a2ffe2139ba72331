/// The verdict of a ``SurgeDetector``: demand against capacity per outlet and day, and whether
/// it calls for surge triage.
public struct SurgeAssessment: Hashable, Sendable {
    /// One row per outlet and day, outlets in scenario order, days ascending.
    public var rows: [OutletDay]
    /// The ratio above which a row counts as a surge.
    public var threshold: Double
    /// Whether any outlet's demand exceeds its capacity by more than the threshold on some day.
    public var isSurge: Bool

    /// Creates an assessment.
    public init(rows: [OutletDay], threshold: Double, isSurge: Bool) {
        self.rows = rows
        self.threshold = threshold
        self.isSurge = isSurge
    }

    /// The rows whose ratio exceeds the threshold.
    public var surgingRows: [OutletDay] { rows.filter { $0.ratio > threshold } }
}
