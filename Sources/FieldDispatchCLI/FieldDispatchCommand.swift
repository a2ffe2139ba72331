import ArgumentParser

/// `field-dispatch`: plan, check and explain after-sales field service routes.
@main
struct FieldDispatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "field-dispatch",
        abstract: "Plan, check and explain after-sales field service routes.",
        version: "0.1.0"
    )
}
