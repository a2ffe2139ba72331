import ArgumentParser
import Testing
@testable import scaling

/// The `size` command's options: bad values are refused with a message naming the option.
@Suite struct SizeCommandTests {
    @Test("an iteration limit below one is refused, naming --iterations")
    func refusesNonPositiveIterations() {
        for value in ["0", "-5"] {
            do {
                _ = try SizeCommand.parse(["--orders", "1000", "--iterations=\(value)"])
                Issue.record("--iterations \(value) was accepted")
            } catch {
                #expect(SizeCommand.message(for: error).contains("--iterations must be at least 1"))
            }
        }
    }

    @Test("an iteration limit of one or more is taken")
    func takesIterations() throws {
        let command = try SizeCommand.parse(["--orders", "1000", "--technicians", "100", "--iterations", "200000"])
        #expect(command.iterations == 200_000)
        #expect(command.technicians == 100)
        #expect(try SizeCommand.parse([]).iterations == nil)
    }
}
