/// The six Solomon instance classes: clustered, random and mixed customers, with a short (1) or long (2) horizon.
enum SolomonClass: String, CaseIterable, Comparable, Sendable {
    case c1 = "C1", c2 = "C2", r1 = "R1", r2 = "R2", rc1 = "RC1", rc2 = "RC2"

    /// The class of an instance name such as `RC105`, if it has one.
    init?(instance: String) {
        let upper = instance.uppercased()
        guard let match = Self.allCases.first(where: { upper.hasPrefix($0.rawValue) }) else { return nil }
        self = match
    }

    private var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }

    static func < (lhs: SolomonClass, rhs: SolomonClass) -> Bool { lhs.rank < rhs.rank }
}
