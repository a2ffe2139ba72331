import Foundation

/// The reference distances of the Solomon instances, read from `bks.csv`.
///
/// The reference is the DIMACS 2021 distance-only best-known routes recomputed in double
/// precision. Where those routes are infeasible in double precision (they rely on distances
/// truncated to one decimal) the classic hierarchical best-known distance is shown instead and
/// the instance is left out of mean gaps; see `peers.md` beside the instances.
struct ReferenceTable: Sendable {
    /// The reference of one instance.
    struct Entry: Sendable {
        /// Instance name, e.g. `R101`.
        var instance: String
        /// The distance gaps are measured against.
        var distance: Double
        /// Vehicles of the reference routes.
        var vehicles: Int
        /// Whether the instance counts in mean gaps (its DIMACS routes are feasible in double precision).
        var countsInMean: Bool
    }

    /// Entries by upper-cased instance name.
    private var entries: [String: Entry]

    /// Number of instances listed.
    var count: Int { entries.count }

    /// Reads a `bks.csv` file.
    /// - Parameter text: the file's contents; columns are found by their header names.
    /// - Throws: ``QualityError`` naming the line or column that could not be read.
    /// - Complexity: O(size of the text).
    init(csv text: String) throws(QualityError) {
        let lines = text.split(whereSeparator: \.isNewline).map(String.init).filter { !$0.isEmpty }
        guard let header = lines.first?.split(separator: ",", omittingEmptySubsequences: false).map(String.init) else {
            throw QualityError("bks.csv is empty")
        }
        func column(_ name: String) throws(QualityError) -> Int {
            guard let index = header.firstIndex(of: name) else { throw QualityError("bks.csv has no column \"\(name)\"") }
            return index
        }
        let name = try column("instance")
        let classic = try column("distance")
        let classicVehicles = try column("vehicles")
        let dimacs = try column("dimacs_routes_distance_double")
        let dimacsVehicles = try column("dimacs_vehicles")
        let feasible = try column("dimacs_routes_feasible_double")
        var entries: [String: Entry] = [:]
        for (number, line) in lines.enumerated().dropFirst() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == header.count else {
                throw QualityError("bks.csv line \(number + 1): expected \(header.count) fields, found \(fields.count)")
            }
            let counts = fields[feasible].lowercased() == "true"
            let distance = Double(counts ? fields[dimacs] : fields[classic])
            let vehicles = Int(counts ? fields[dimacsVehicles] : fields[classicVehicles])
            guard let distance, let vehicles else {
                throw QualityError("bks.csv line \(number + 1): distance or vehicles is not a number")
            }
            let instance = fields[name]
            entries[instance.uppercased()] = Entry(instance: instance, distance: distance, vehicles: vehicles, countsInMean: counts)
        }
        self.entries = entries
    }

    /// The reference of an instance, if listed.
    subscript(instance: String) -> Entry? { entries[instance.uppercased()] }
}
