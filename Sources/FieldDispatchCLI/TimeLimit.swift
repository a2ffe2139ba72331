import ArgumentParser

/// A time budget given as `10s`, `500ms`, `2m`, `1h` or plain seconds (`1.5`).
struct TimeLimit: ExpressibleByArgument, Sendable {
    /// The budget in seconds.
    var seconds: Double

    init(seconds: Double) { self.seconds = seconds }

    init?(argument: String) {
        let text = argument.trimmingCharacters(in: .whitespaces).lowercased()
        let units: [(String, Double)] = [("ms", 0.001), ("s", 1), ("m", 60), ("h", 3600)]
        for (suffix, factor) in units where text.hasSuffix(suffix) {
            guard let value = Double(text.dropLast(suffix.count)), value >= 0, value.isFinite else { return nil }
            seconds = value * factor
            return
        }
        guard let value = Double(text), value >= 0, value.isFinite else { return nil }
        seconds = value
    }

    var defaultValueDescription: String { "\(seconds)s" }
}
