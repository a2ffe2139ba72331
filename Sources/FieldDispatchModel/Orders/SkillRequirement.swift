/// A skill an order needs, at a minimum level (e.g. `ac.repair` at level 2).
public struct SkillRequirement: Hashable, Sendable {
    /// Skill name, e.g. `ac.repair`, `gas.certified`.
    public var skill: String
    /// The lowest level a technician may hold and still do the work (1 = basic).
    public var minimumLevel: Int

    /// Creates a requirement.
    public init(_ skill: String, minimumLevel: Int = 1) {
        self.skill = skill
        self.minimumLevel = minimumLevel
    }
}

/// A skill a technician holds, at a level.
public struct SkillLevel: Hashable, Sendable {
    /// Skill name.
    public var skill: String
    /// Level held (1 = basic; higher is more experienced).
    public var level: Int

    /// Creates a skill level.
    public init(_ skill: String, level: Int = 1) {
        self.skill = skill
        self.level = level
    }
}

/// A service duration that applies when the technician's level in the order's first required
/// skill is at least ``minimumLevel`` (experienced technicians are faster).
public struct LevelDuration: Hashable, Sendable {
    /// Level from which this duration applies.
    public var minimumLevel: Int
    /// Service duration in seconds.
    public var duration: Int

    /// Creates a level-dependent duration.
    public init(minimumLevel: Int, duration: Int) {
        self.minimumLevel = minimumLevel
        self.duration = duration
    }
}
