/// Where and when the plannable part of a live route begins: after its frozen stops, with what
/// the van has left and which breaks are already taken.
///
/// Two clocks, because the plan must stay consistent for the validator while reality runs late:
/// the plan clock is the end of the last frozen stop as written in the plan; the ready clock is
/// when the technician can really drive on (after an overrun, an interruption or a sick leave).
/// Later visits arrive by the plan clock and start no earlier than the ready clock allows, so
/// the difference shows as waiting and every start time is real.
struct LiveStart: Hashable, Sendable {
    /// When the route left its start location.
    var departure: Int
    /// Location the plan says the technician is at.
    var planLocation: Location
    /// End of the last frozen stop (or the departure), seconds.
    var planTime: Int
    /// Where the technician really is.
    var actualLocation: Location
    /// When the technician can really drive on, seconds; never before ``planTime``.
    var readyTime: Int
    /// Breaks of the shift already taken, by index.
    var breaksTaken: [Bool]
    /// Restock visits made so far.
    var restocks: Int
    /// The van after the frozen stops.
    var van: LiveVan
    /// Demand carried so far.
    var load: Int
    /// Orders served so far.
    var orderCount: Int
}
