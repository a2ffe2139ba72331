/// How a technician reports a visit running long: by how much longer it takes, or by when it
/// will now end. Field apps send either, so the dispatcher takes both.
public enum VisitOverrun: Hashable, Sendable {
    /// The visit lasts this many seconds longer than currently expected (overruns add up).
    case extraSeconds(Int)
    /// The visit now ends at this time, seconds on the problem's timeline (the latest report wins).
    case endsAt(Int)

    /// When the technician is free again, given when they were expected to be free.
    /// - Parameters:
    ///   - expected: the current expectation: the later of the planned end and any earlier report.
    ///   - plannedEnd: the visit's end as the plan shows it, which a report never moves earlier.
    /// - Returns: the new time the technician can drive on.
    public func readyTime(expected: Int, plannedEnd: Int) -> Int {
        switch self {
        case .extraSeconds(let extra): expected + max(0, extra)
        case .endsAt(let end): max(end, plannedEnd)
        }
    }
}
