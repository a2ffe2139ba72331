/// The first rule a route would break if an order were placed in it: the data behind every
/// "why not this technician" in candidates, slot offers and unassigned explanations.
public enum InsertionConflict: Error, Hashable, Sendable, CustomStringConvertible {
    /// The technician lacks a skill or level, or the order's technician lists leave them out.
    case notCertified
    /// The technician is not working at that time.
    case technicianUnavailable
    /// A visit would start after its hard window closes.
    case windowMissed(orderId: String, bySeconds: Int)
    /// A break had to be taken before a visit, which then starts after its hard window closes.
    case breakInTheWay(breakIndex: Int, orderId: String, bySeconds: Int)
    /// A break could not be taken inside its window.
    case breakMissed(breakIndex: Int, bySeconds: Int)
    /// The route would end after the shift end plus its overtime.
    case shiftEndExceeded(bySeconds: Int)
    /// The route would work longer than the technician's limit.
    case workingTimeExceeded(bySeconds: Int)
    /// The technician's order limit for the shift is reached.
    case orderLimitReached(limit: Int)
    /// The van's capacity would be exceeded.
    case capacityExceeded(by: Int)
    /// Parts or tools cannot be had in time (van short, no restock possible).
    case materialsUnavailable(orderId: String)
    /// A restock would fall outside the depot's opening hours.
    case depotClosed(depotId: String)
    /// Another customer's promise would break: later past a soft window or the SLA than before.
    case promiseBroken(orderId: String)

    /// The reason an order left out for this conflict is listed under.
    public var unassignedReason: UnassignedReason {
        switch self {
        case .notCertified: .noQualifiedTechnician
        case .windowMissed, .breakInTheWay, .breakMissed, .shiftEndExceeded, .technicianUnavailable: .noShiftReachesWindow
        case .workingTimeExceeded, .orderLimitReached, .capacityExceeded: .limitsReached
        case .materialsUnavailable, .depotClosed: .partsUnavailable
        case .promiseBroken: .noFeasibleInsertion
        }
    }

    /// The order whose own rule breaks (a missed window, missing parts, a broken promise), if the conflict names one.
    public var orderId: String? {
        switch self {
        case .windowMissed(let id, _), .breakInTheWay(_, let id, _), .materialsUnavailable(let id), .promiseBroken(let id): id
        default: nil
        }
    }

    public var description: String {
        switch self {
        case .notCertified: "not certified for it"
        case .technicianUnavailable: "not working then"
        case .windowMissed(let id, let seconds): "\(id) would start \(TimeReference.formatDuration(seconds)) after its window"
        case .breakInTheWay(let index, let id, let seconds):
            "must take break \(index) before \(id), which would then start \(TimeReference.formatDuration(seconds)) after its window"
        case .breakMissed(let index, let seconds): "break \(index) would be \(TimeReference.formatDuration(seconds)) late"
        case .shiftEndExceeded(let seconds): "would finish \(TimeReference.formatDuration(seconds)) after the shift and overtime"
        case .workingTimeExceeded(let seconds): "would work \(TimeReference.formatDuration(seconds)) over the limit"
        case .orderLimitReached(let limit): "has reached \(limit) orders"
        case .capacityExceeded(let excess): "van capacity exceeded by \(excess)"
        case .materialsUnavailable(let id): "cannot get the parts or tools for \(id)"
        case .depotClosed(let id): "depot \(id) would be closed"
        case .promiseBroken(let id): "would make \(id) later than promised"
        }
    }
}
