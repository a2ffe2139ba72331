/// Reference distances of the Solomon instances from `bks.csv`: the DIMACS double-precision
/// distance where those routes are feasible, else the classic best-known distance.
struct BestKnown: Sendable {
    private var distances: [String: (distance: Double, countsInMean: Bool)] = [:]

    /// Reads `bks.csv`; columns are found by header name.
    /// - Throws: `ValidationError`-style message when a column is missing.
    init(csv text: String) throws {
        let lines = text.split(whereSeparator: \.isNewline).map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        guard let header = lines.first else { return }
        guard let name = header.firstIndex(of: "instance"), let classic = header.firstIndex(of: "distance"),
              let dimacs = header.firstIndex(of: "dimacs_routes_distance_double"),
              let feasible = header.firstIndex(of: "dimacs_routes_feasible_double") else {
            throw BestKnownError(message: "bks.csv lacks one of instance, distance, dimacs_routes_distance_double, dimacs_routes_feasible_double")
        }
        for fields in lines.dropFirst() where fields.count == header.count {
            let useDimacs = fields[feasible].lowercased() == "true"
            if let distance = Double(useDimacs ? fields[dimacs] : fields[classic]) {
                distances[fields[name].uppercased()] = (distance, useDimacs)
            }
        }
    }

    /// The reference distance of an instance, if listed, and whether it counts in mean gaps
    /// (only DIMACS routes feasible in double precision do, as in the quality runner).
    subscript(instance: String) -> (distance: Double, countsInMean: Bool)? { distances[instance.uppercased()] }
}

/// A reference table that cannot be read.
struct BestKnownError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
