import Testing

@Suite struct HelpTextTests {
    @Test("each subcommand's help states its usage line", arguments: [
        ("solve", "USAGE: field-dispatch solve [<options>] [<scenario>]"),
        ("validate", "USAGE: field-dispatch validate <scenario> <plan>"),
        ("whatif", "USAGE: field-dispatch whatif <scenario> [--change <change> ...]"),
        ("compare", "USAGE: field-dispatch compare <plan-a> <plan-b> --scenario <scenario>"),
        ("render", "USAGE: field-dispatch render <plan> --scenario <scenario>"),
        ("generate", "USAGE: field-dispatch generate"),
        ("demo", "USAGE: field-dispatch demo"),
    ])
    func usage(command: String, line: String) throws {
        let outcome = try CLIRunner.run([command, "--help"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains(line), "\(command) help:\n\(outcome.stdout)")
    }

    @Test("the root help lists every subcommand")
    func rootLists() throws {
        let outcome = try CLIRunner.run(["--help"])
        for command in ["solve", "validate", "whatif", "compare", "render", "generate", "demo"] {
            #expect(outcome.stdout.contains("  \(command) "), "root help lacks \(command)")
        }
    }

    @Test("whatif help documents every change with examples")
    func whatifChanges() throws {
        let help = try CLIRunner.run(["whatif", "--help"]).stdout
        for form in [
            "add-technicians:N[@OUTLET][:like=TECH]", "add-technician:ID[@OUTLET][:like=TECH]", "remove-technician:TECH",
            "move-technician:TECH@OUTLET", "surge:FACTOR", "shift-hours:HH:MM-HH:MM", "windows:DURATION", "windows:half-day",
            "priority:ORDER=LEVEL", "time-limit:DURATION",
            "field-dispatch whatif day.json --change add-technicians:2@GZ-HZ:like=T-LI",
        ] {
            #expect(help.contains(form), "whatif help lacks \(form)")
        }
    }

    @Test("solve help names the output formats and the CSV options")
    func solveFormats() throws {
        let help = try CLIRunner.run(["solve", "--help"]).stdout
        for text in ["table, json, vroom or csv", "--plan-csv <plan-csv>", "--date <date>", "--quiet", "--json",
                     "field-dispatch solve problem.json --format vroom -o out.json"] {
            #expect(help.contains(text), "solve help lacks \(text)")
        }
    }
}
