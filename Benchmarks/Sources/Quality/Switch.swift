import ArgumentParser

/// An on/off option value.
enum Switch: String, ExpressibleByArgument, Sendable {
    case on, off
}
