/// Something that happened during the day, handed to ``Dispatcher/handle(_:)``.
///
/// Times are seconds on the problem's timeline; an event that carries a time also moves the
/// dispatcher's clock forward to it.
public enum DispatchEvent: Hashable, Sendable {
    /// A new order came in and should be planned without breaking anyone else's promise.
    case orderAdded(ServiceOrder)
    /// The customer cancelled; the order leaves the plan.
    case orderCancelled(orderId: String)
    /// Intake changed an order (window, duration, skills…); it is planned again if not started.
    case orderUpdated(ServiceOrder)
    /// The technician started the visit.
    case visitStarted(orderId: String, at: Int)
    /// The technician finished the visit.
    case visitCompleted(orderId: String, at: Int)
    /// The visit in progress runs long, reported as extra seconds or as its new end time.
    case visitOverran(orderId: String, overrun: VisitOverrun)
    /// The technician cannot work from `from` on (illness, van breakdown).
    case technicianUnavailable(technicianId: String, from: Int)
    /// The technician can work again from `from`.
    case technicianAvailable(technicianId: String, from: Int)
    /// The technician works an extra shift (a new day, a call-in); it starts as an empty route.
    case shiftAdded(technicianId: String, shift: Shift)
    /// An emergency to serve as soon as possible; `allowInterruption` lets a technician leave a visit in progress.
    case emergencyAdded(ServiceOrder, allowInterruption: Bool)
    /// Time passed with nothing else to report.
    case clockAdvanced(to: Int)

    /// The event's kind in lower camel case, as logs name it.
    public var kindName: String {
        switch self {
        case .orderAdded: "orderAdded"
        case .orderCancelled: "orderCancelled"
        case .orderUpdated: "orderUpdated"
        case .visitStarted: "visitStarted"
        case .visitCompleted: "visitCompleted"
        case .visitOverran: "visitOverran"
        case .technicianUnavailable: "technicianUnavailable"
        case .technicianAvailable: "technicianAvailable"
        case .shiftAdded: "shiftAdded"
        case .emergencyAdded: "emergencyAdded"
        case .clockAdvanced: "clockAdvanced"
        }
    }

    /// The time the event carries, if any.
    public var time: Int? {
        switch self {
        case .visitStarted(_, let at), .visitCompleted(_, let at): at
        case .technicianUnavailable(_, let from), .technicianAvailable(_, let from): from
        case .clockAdvanced(let to): to
        default: nil
        }
    }
}
