import ArgumentParser

/// `field-dispatch`: plan, check and explain after-sales field service routes.
@main
struct FieldDispatchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "field-dispatch",
        abstract: "Plan, check and explain after-sales field service routes.",
        discussion: """
            Exit codes: 0 success; 1 the plan breaks hard rules (validate); 64 bad command line; \
            65 bad input data (the message names the field and record); 66 a file cannot be read; \
            70 internal error.
            """,
        version: "0.1.0",
        subcommands: [
            SolveCommand.self, ValidateCommand.self, WhatIfCommand.self, CompareCommand.self,
            RenderCommand.self, SurgeReportCommand.self, ReplayCommand.self, GenerateCommand.self, DemoCommand.self,
        ]
    )
}
