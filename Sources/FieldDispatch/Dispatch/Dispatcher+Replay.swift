extension Dispatcher {
    /// Moves the clock to `time` and, when the technicians follow the plan, reports every visit
    /// the plan starts or finishes by then as started or completed at its planned time.
    /// - Parameters:
    ///   - time: the new clock, seconds.
    ///   - followsPlan: whether to confirm planned visits up to `time`.
    /// - Returns: the decisions of the confirmations, in time order per route.
    /// - Complexity: O(visits confirmed × L) plus any repairs they cause.
    public func advanceClock(to time: Int, followsPlan: Bool = true) -> [DispatchDecision] {
        var decisions: [DispatchDecision] = []
        if followsPlan {
            for r in routes.indices where routes[r].isAvailable {
                var guardCount = routes[r].stops.count * 2 + 2
                while guardCount > 0 {
                    guardCount -= 1
                    let live = routes[r]
                    if live.startedCount > 0, !live.isLastStartedDone, let id = live.stops[live.startedCount - 1].orderId {
                        let end = max(live.stops[live.startedCount - 1].end, live.readyTime ?? 0)
                        guard end <= time else { break }
                        decisions.append(handle(.visitCompleted(orderId: id, at: end)))
                        continue
                    }
                    guard let next = live.stops[live.startedCount...].first(where: { $0.orderId != nil }),
                          next.start <= time, let id = next.orderId else { break }
                    decisions.append(handle(.visitStarted(orderId: id, at: next.start)))
                }
            }
        }
        decisions.append(handle(.clockAdvanced(to: time)))
        return decisions
    }

    /// Replays a day of events; before each event that carries a time the clock advances to it,
    /// confirming planned visits on the way when `followsPlan` is set.
    /// - Parameters:
    ///   - events: the day's events in order (a ``DispatchDayGenerator`` or an event log gives them).
    ///   - followsPlan: whether technicians are taken to work as planned between events.
    /// - Returns: one decision per event handed in, in order (confirmations are not included).
    /// - Complexity: the sum of the events' costs.
    public func replay(_ events: [DispatchEvent], followsPlan: Bool = true) -> [DispatchDecision] {
        var decisions: [DispatchDecision] = []
        decisions.reserveCapacity(events.count)
        for event in events {
            if let time = event.time, followsPlan {
                _ = advanceClock(to: time, followsPlan: true)
            }
            decisions.append(handle(event))
        }
        return decisions
    }
}
