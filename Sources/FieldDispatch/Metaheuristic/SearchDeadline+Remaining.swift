import Dispatch

extension SearchDeadline {
    /// Seconds left before the wall-clock limit, never negative.
    var remaining: Double {
        let now = DispatchTime.now().uptimeNanoseconds
        return now >= end ? 0 : Double(end &- now) / 1e9
    }
}
