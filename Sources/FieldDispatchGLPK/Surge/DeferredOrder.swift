/// An order not served on its first possible day, with why and what would change it.
public struct DeferredOrder: Hashable, Sendable {
    /// The order's id.
    public var orderId: String
    /// The day it is served on instead, or `nil` when it is not served within the horizon.
    public var day: Int?
    /// Why it was not served earlier, in plain words.
    public var explanation: String
    /// What would let it be served on its first day, e.g. extra technician-hours of a skill in an outlet.
    public var remedy: String

    /// Creates a deferred order.
    public init(orderId: String, day: Int?, explanation: String, remedy: String) {
        self.orderId = orderId
        self.day = day
        self.explanation = explanation
        self.remedy = remedy
    }
}
