import ArgumentParser
import FieldDispatchIO

/// Options for scenarios kept as CSV spreadsheets.
struct CSVOptions: ParsableArguments {
    @Option(name: .long, help: "Orders as CSV (one row per order); use with --technicians instead of a scenario file.")
    var orders: String?

    @Option(name: .long, help: "Technicians as CSV (one row per technician shift).")
    var technicians: String?

    @Option(name: .long, help: "Outlets as CSV (id, name, lat, lon); optional.")
    var outlets: String?

    @OptionGroup var day: PlanningDayOptions

    /// Whether CSV files were named.
    var isGiven: Bool { orders != nil || technicians != nil }

    func validate() throws {
        if (orders == nil) != (technicians == nil) { throw ValidationError("--orders and --technicians go together") }
        if outlets != nil && orders == nil { throw ValidationError("--outlets needs --orders and --technicians") }
    }

    /// The reader for these options.
    var reader: CSVScenarioReader { day.reader }

    /// The scenario: from the CSV files when given, else from `path` (a file or a CSV folder).
    func problem(path: String?) throws -> Problem {
        if let orders, let technicians {
            return try InputFiles.problem(orders: orders, technicians: technicians, outlets: outlets, csv: reader)
        }
        return try InputFiles.problem(at: path ?? "", csv: reader)
    }
}
