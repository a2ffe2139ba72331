/// Where a search that continues another one starts: its solution, the temperature unit and
/// the part of the cooling schedule it covers.
struct SearchStart: Sendable {
    /// The solution the annealing starts on (and the first best).
    var state: SearchState
    /// The mean arc cost the temperatures are multiples of, fixed by the first solution of the
    /// whole search so that every part anneals on one scale.
    var meanArcCost: Double
    /// The share of the cooling schedule at this search's start and end, within `0...1`.
    var schedule: ClosedRange<Double>
    /// Whether every new best gets a full local-search pass (the whole problem's choice, not the part's).
    var polishesFully: Bool
}
