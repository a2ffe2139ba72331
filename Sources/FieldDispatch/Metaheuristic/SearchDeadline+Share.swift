import Dispatch

extension SearchDeadline {
    /// A deadline for one phase of the search: the same start and cancellation, ending after at
    /// most `share` of the time left (never later than this deadline).
    /// - Parameter share: Fraction of the remaining time, in `0...1`.
    func limited(toShareOfRemaining share: Double) -> SearchDeadline {
        let now = DispatchTime.now().uptimeNanoseconds
        guard now < end else { return self }
        let phase = UInt64(Double(end &- now) * min(1, max(0, share)))
        return SearchDeadline(start: start, end: now &+ phase, cancellation: cancellation)
    }
}
