/// Collects what an event changes while the dispatcher applies it: the technician each order
/// had before, the planned starts of every route touched, and the reasons in data and words.
struct DecisionRecorder: Sendable {
    var decision: DispatchDecision
    /// Planned starts of the orders of each touched route before the event, by route.
    private var startsBefore: [Int: [(orderId: String, start: Int)]] = [:]
    private var touchedOrder: [Int] = []
    /// Technician of each order before the event, for orders that left a route.
    private var technicianBefore: [String: String] = [:]

    init(event: DispatchEvent, time: Int) {
        decision = DispatchDecision(event: event.kindName, time: time)
    }

    /// Remembers route `r`'s planned starts before its first change in this event.
    mutating func touch(_ r: Int, stops: [Stop]) {
        guard startsBefore[r] == nil else { return }
        startsBefore[r] = stops.compactMap { stop in stop.orderId.map { ($0, stop.start) } }
        touchedOrder.append(r)
    }

    /// Notes that `orderId` left `technicianId`'s route (it may come back or go elsewhere).
    mutating func left(_ orderId: String, technicianId: String) {
        if technicianBefore[orderId] == nil { technicianBefore[orderId] = technicianId }
    }

    /// Notes that `orderId` was placed with `technicianId`.
    mutating func placed(_ orderId: String, technicianId: String) {
        let from = technicianBefore[orderId]
        if from != technicianId {
            decision.moves.append(.init(orderId: orderId, fromTechnicianId: from, toTechnicianId: technicianId))
        }
    }

    /// Notes that `orderId` left the plan for good.
    mutating func cancelled(_ orderId: String) {
        decision.moves.append(.init(orderId: orderId, fromTechnicianId: technicianBefore[orderId], toTechnicianId: nil))
    }

    /// Notes that `orderId` is now unassigned.
    mutating func unassigned(_ entry: UnassignedOrder) {
        let from = technicianBefore[entry.orderId]
        if from != nil { decision.moves.append(.init(orderId: entry.orderId, fromTechnicianId: from, toTechnicianId: nil)) }
        decision.unassigned.append(entry)
        decision.reasons.append(.unplaced(orderId: entry.orderId, reason: entry.reason))
        decision.why.append("\(entry.orderId) is unassigned: \(entry.reason.summary)" + (entry.detail.isEmpty ? "." : " (\(entry.detail))."))
    }

    /// Adds one reason with its sentence.
    mutating func note(_ reason: DispatchDecision.Reason, _ sentence: String) {
        decision.reasons.append(reason)
        decision.why.append(sentence)
    }

    /// The decision with the ETA changes of every touched route, given the routes after the event.
    func finished(routes: [LiveRoute], technicianIds: [String]) -> DispatchDecision {
        var result = decision
        for r in touchedOrder {
            let before = startsBefore[r] ?? []
            let technicianId = technicianIds[routes[r].technicianIndex]
            for stop in routes[r].stops {
                guard let id = stop.orderId else { continue }
                let old = before.first { $0.orderId == id }?.start
                if old != stop.start {
                    result.etaChanges.append(.init(orderId: id, technicianId: technicianId, from: old, to: stop.start))
                }
            }
        }
        return result
    }
}
