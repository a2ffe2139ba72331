extension Duration {
    /// The duration in seconds, fraction included: how the engine's options and reports count time.
    package var seconds: Double { Double(components.seconds) + Double(components.attoseconds) * 1e-18 }
}
