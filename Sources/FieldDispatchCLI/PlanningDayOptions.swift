import ArgumentParser
import FieldDispatchIO

/// The planning day of CSV scenarios whose times are clock times (`HH:MM`).
struct PlanningDayOptions: ParsableArguments {
    @Option(name: .long, help: "Planning day for HH:MM times in CSV files, as YYYY-MM-DD.")
    var date: String?

    @Option(name: .long, help: "UTC offset of the planning day, e.g. +08:00 (default: UTC).")
    var utcOffset: String?

    func validate() throws {
        if utcOffset != nil && date == nil { throw ValidationError("--utc-offset needs --date") }
        if let date, CSVScenarioReader.planningDay(date, utcOffset: utcOffset) == nil {
            throw ValidationError("--date must be YYYY-MM-DD and --utc-offset like +08:00 (got \(date)\(utcOffset.map { " " + $0 } ?? ""))")
        }
    }

    /// The CSV reader for this day.
    var reader: CSVScenarioReader {
        CSVScenarioReader(date: date.flatMap { CSVScenarioReader.planningDay($0, utcOffset: utcOffset) })
    }
}
