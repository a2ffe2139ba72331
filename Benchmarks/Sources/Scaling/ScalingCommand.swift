import ArgumentParser

/// Scaling benchmarks: a short solve against a long one of the same generated day, and the
/// time and peak memory of large days with haversine travel.
@main
struct ScalingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scaling",
        abstract: "How the solver scales: short against long budgets, and large days' time and memory.",
        subcommands: [BudgetCommand.self, SizeCommand.self]
    )
}
