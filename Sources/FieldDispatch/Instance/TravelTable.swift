/// Travel durations and distances between the dense location indices of an ``Instance``.
///
/// Small or matrix-given problems get one flat table per travel profile (at 16 bits per value
/// when every leg fits, as a city's do); large coordinate problems ask the provider on demand,
/// so memory stays O(locations) instead of O(locations²).
/// The last location index is a virtual "open end": every leg to or from it is free, which lets
/// shifts without an end location share the code path of closed routes. Immutable; a class so
/// that hot loops can hold it without reference-counting each of its tables.
public final class TravelTable: Sendable {
    /// Number of location indices, the virtual open end included.
    public let locationCount: Int
    /// Index of the virtual open-end location.
    public let openEnd: Int
    /// Real locations in index order (the open end not included).
    let locations: [Location]
    /// Travel profiles in profile-index order.
    let profiles: [TravelProfile]
    private let provider: any TravelTimeProvider
    /// One tabulated leg: duration and distance side by side, so a look-up reads one cache line.
    private struct Cell: Equatable {
        var duration: Int32
        var distance: Int32
    }

    /// A tabulated leg whose duration and distance both fit in 16 bits (a city's legs, under
    /// 18 hours and 65 km): half the memory, so twice the legs in each cache line.
    private struct NarrowCell: Equatable {
        var duration: UInt16
        var distance: UInt16
    }

    /// Row-major legs, one square block per profile; empty when ``narrowCells`` holds them or
    /// legs are computed on demand.
    private let cells: [Cell]
    /// The same legs at 16 bits each, when every one fits; empty otherwise.
    private let narrowCells: [NarrowCell]
    private let blockSize: Int
    /// Whether every tabulated leg costs the same both ways.
    private let isSymmetric: Bool
    /// Exact fast legs for the shipped coordinate providers, when not tabulated.
    private let coordinates: CoordinateLegs?

    /// Largest location count for which coordinate providers are tabulated.
    public static let tabulationLimit = 2_000

    /// Builds the table.
    /// - Parameters:
    ///   - locations: real locations in index order (the open end is appended).
    ///   - profiles: travel profiles in profile-index order.
    ///   - provider: the problem's travel provider.
    /// - Complexity: O(profiles × locations²) when tabulated, O(1) otherwise.
    public init(locations: [Location], profiles: [TravelProfile], provider: any TravelTimeProvider) {
        self.locations = locations
        self.profiles = profiles
        self.provider = provider
        locationCount = locations.count + 1
        openEnd = locations.count
        let count = locationCount
        blockSize = count * count
        let fast = CoordinateLegs(provider: provider, locations: locations, profiles: profiles)
        guard provider.isDense || count <= Self.tabulationLimit else {
            cells = []
            narrowCells = []
            isSymmetric = false
            coordinates = fast
            return
        }
        coordinates = nil
        var table = [Cell](repeating: Cell(duration: 0, distance: 0), count: count * count * profiles.count)
        func fill(_ leg: (Int, Int, Int) -> TravelLeg) {
            for p in profiles.indices {
                for i in 0..<locations.count {
                    for j in 0..<locations.count {
                        let leg = leg(p, i, j)
                        table[p * count * count + i * count + j] = Cell(duration: Int32(clamping: leg.duration),
                                                                        distance: Int32(clamping: leg.distance))
                    }
                }
            }
        }
        // Unwrapped once: unwrapping per leg would retain and release the prepared arrays each time.
        if let fast {
            fill { fast.leg($0, $1, $2) }
        } else {
            fill { provider.leg(from: locations[$1], to: locations[$2], profile: profiles[$0]) }
        }
        isSymmetric = Self.isSymmetric(table, profiles: profiles.count, count: count)
        (cells, narrowCells) = Self.stored(table)
    }

    /// A table over some of `parent`'s locations, its legs copied instead of computed again: the
    /// table of a part of a problem, such as one region of a shared search.
    /// - Parameters:
    ///   - parent: a tabulated table.
    ///   - parentIndex: `parent`'s index of each location of the new table, in index order.
    ///   - profiles: travel profiles in profile-index order, each one of `parent`'s.
    /// - Returns: `nil` when `parent` computes its legs on demand or lacks a profile.
    /// - Complexity: O(profiles × locations²) copies.
    init?(subsetOf parent: TravelTable, parentIndex: [Int], profiles: [TravelProfile]) {
        guard parent.isTabulated else { return nil }
        var parentProfile: [Int] = []
        for profile in profiles {
            guard let p = parent.profiles.firstIndex(of: profile) else { return nil }
            parentProfile.append(p)
        }
        locations = parentIndex.map { parent.locations[$0] }
        self.profiles = profiles
        provider = parent.provider
        locationCount = parentIndex.count + 1
        openEnd = parentIndex.count
        let count = locationCount
        blockSize = count * count
        coordinates = nil
        if parent.narrowCells.isEmpty {
            let table = Self.gathered(from: parent.cells, of: parent, parentIndex: parentIndex, parentProfile: parentProfile)
            // A part of a symmetric table is symmetric; a part of a one-way table may still be.
            isSymmetric = parent.isSymmetric || Self.isSymmetric(table, profiles: profiles.count, count: count)
            (cells, narrowCells) = Self.stored(table)
        } else {
            let table = Self.gathered(from: parent.narrowCells, of: parent, parentIndex: parentIndex, parentProfile: parentProfile)
            isSymmetric = parent.isSymmetric || Self.isSymmetric(table, profiles: profiles.count, count: count)
            cells = []
            narrowCells = table
        }
    }

    /// The legs of `parent` (stored as `source`) between the locations `parentIndex` names, in
    /// the profiles `parentProfile` names: the table of a part, in its own index order.
    /// - Complexity: O(profiles × locations²) copies.
    private static func gathered<C>(from source: [C], of parent: TravelTable, parentIndex: [Int], parentProfile: [Int]) -> [C] {
        let count = parentIndex.count + 1
        // Legs to the open end are zero: the first location's leg there fills the blanks.
        let zero = source[parent.openEnd]
        var table = [C](repeating: zero, count: count * count * parentProfile.count)
        for (p, q) in parentProfile.enumerated() {
            for (i, a) in parentIndex.enumerated() {
                let row = q * parent.blockSize + a * parent.locationCount
                let target = p * count * count + i * count
                for (j, b) in parentIndex.enumerated() { table[target + j] = source[row + b] }
            }
        }
        return table
    }

    /// `table` as it is kept: at 16 bits per value when every duration and distance fits.
    /// - Complexity: O(table).
    private static func stored(_ table: [Cell]) -> (wide: [Cell], narrow: [NarrowCell]) {
        let range = Int32(0)...Int32(UInt16.max)
        guard table.allSatisfy({ range.contains($0.duration) && range.contains($0.distance) }) else { return (table, []) }
        return ([], table.map { NarrowCell(duration: UInt16($0.duration), distance: UInt16($0.distance)) })
    }

    /// Whether every leg of `table` costs the same both ways.
    /// - Complexity: O(profiles × count²).
    private static func isSymmetric<C: Equatable>(_ table: [C], profiles: Int, count: Int) -> Bool {
        (0..<profiles).allSatisfy { p in
            (0..<count).allSatisfy { i in
                (0..<i).allSatisfy { j in
                    table[p * count * count + i * count + j] == table[p * count * count + j * count + i]
                }
            }
        }
    }

    /// Whether legs are looked up in a table rather than computed.
    public var isTabulated: Bool { !cells.isEmpty || !narrowCells.isEmpty }

    /// Bytes the tabulated legs take: 4 per leg when every value fits in 16 bits, otherwise 8;
    /// 0 when legs are computed on demand.
    public var tabulatedBytes: Int {
        cells.count * MemoryLayout<Cell>.stride + narrowCells.count * MemoryLayout<NarrowCell>.stride
    }

    /// Driving time from `a` to `b` for a profile index.
    @inline(__always)
    public func duration(_ profile: Int, _ a: Int, _ b: Int) -> Int {
        let index = profile &* blockSize &+ a &* locationCount &+ b
        if !cells.isEmpty { return Int(cells[index].duration) }
        if !narrowCells.isEmpty { return Int(narrowCells[index].duration) }
        return computed(profile, a, b).duration
    }

    /// Driving distance from `a` to `b` for a profile index.
    @inline(__always)
    public func distance(_ profile: Int, _ a: Int, _ b: Int) -> Int {
        let index = profile &* blockSize &+ a &* locationCount &+ b
        if !cells.isEmpty { return Int(cells[index].distance) }
        if !narrowCells.isEmpty { return Int(narrowCells[index].distance) }
        return computed(profile, a, b).distance
    }

    /// Driving time and distance from `a` to `b` for a profile index, computed once.
    @inline(__always)
    public func pair(_ profile: Int, _ a: Int, _ b: Int) -> (duration: Int, distance: Int) {
        let index = profile &* blockSize &+ a &* locationCount &+ b
        if !cells.isEmpty {
            let cell = cells[index]
            return (Int(cell.duration), Int(cell.distance))
        }
        if !narrowCells.isEmpty {
            let cell = narrowCells[index]
            return (Int(cell.duration), Int(cell.distance))
        }
        let leg = computed(profile, a, b)
        return (leg.duration, leg.distance)
    }

    /// Driving time and distance from `a` to `b`, read from `b`'s row when the table is
    /// symmetric: a loop over many `a` into one `b` then stays in one row of memory.
    @inline(__always)
    public func pair(_ profile: Int, from a: Int, into b: Int) -> (duration: Int, distance: Int) {
        isSymmetric ? pair(profile, b, a) : pair(profile, a, b)
    }

    /// The exact leg the provider gives, as the plan must report it.
    public func leg(_ profile: Int, _ a: Int, _ b: Int) -> TravelLeg {
        if a == openEnd || b == openEnd { return .zero }
        // Optional chaining reads the prepared arrays in place; `if let` would retain each one.
        if let leg = coordinates?.leg(profile, a, b) { return leg }
        return provider.leg(from: locations[a], to: locations[b], profile: profiles[profile])
    }

    private func computed(_ profile: Int, _ a: Int, _ b: Int) -> TravelLeg {
        leg(profile, a, b)
    }
}
