/// A field technician: skills, shifts, limits, costs, and what the van carries.
public struct Technician: Hashable, Sendable, Identifiable {
    /// Unique technician id.
    public var id: String
    /// Display name.
    public var name: String?
    /// Skills held, with levels.
    public var skills: [SkillLevel]
    /// Working periods; each becomes one route.
    public var shifts: [Shift]
    /// Most orders in one shift; `nil` for no limit.
    public var maxOrdersPerShift: Int?
    /// Most working time (travel + service + waiting) in one shift, seconds; `nil` for no limit.
    public var maxWorkingTimePerShift: Int?
    /// Cost rates.
    public var costs: CostRates
    /// Home outlet or region.
    public var outlet: String?
    /// How the technician travels.
    public var travelProfile: TravelProfile
    /// Spare parts in the van at the start of every shift.
    public var vanStock: [PartQuantity]
    /// Tools carried (not consumed).
    public var tools: [String]
    /// Van capacity for order ``ServiceOrder/demand``; `nil` for no limit.
    public var capacity: Int?
    /// Most parts-depot restock visits in one shift.
    public var maxRestockVisitsPerShift: Int

    /// Creates a technician.
    public init(
        id: String,
        name: String? = nil,
        skills: [SkillLevel] = [],
        shifts: [Shift],
        maxOrdersPerShift: Int? = nil,
        maxWorkingTimePerShift: Int? = nil,
        costs: CostRates = .zero,
        outlet: String? = nil,
        travelProfile: TravelProfile = .car,
        vanStock: [PartQuantity] = [],
        tools: [String] = [],
        capacity: Int? = nil,
        maxRestockVisitsPerShift: Int = 1
    ) {
        self.id = id
        self.name = name
        self.skills = skills
        self.shifts = shifts
        self.maxOrdersPerShift = maxOrdersPerShift
        self.maxWorkingTimePerShift = maxWorkingTimePerShift
        self.costs = costs
        self.outlet = outlet
        self.travelProfile = travelProfile
        self.vanStock = vanStock
        self.tools = tools
        self.capacity = capacity
        self.maxRestockVisitsPerShift = maxRestockVisitsPerShift
    }

    /// The level held in `skill`, or 0 when the technician lacks it.
    public func level(in skill: String) -> Int {
        skills.first(where: { $0.skill == skill })?.level ?? 0
    }

    /// Whether the technician holds every skill of `order` at its minimum level and is not
    /// excluded (nor left out by a required-technician list). Parts and tools are not checked.
    public func isCertified(for order: ServiceOrder) -> Bool {
        if order.excludedTechnicians.contains(id) { return false }
        if !order.requiredTechnicians.isEmpty && !order.requiredTechnicians.contains(id) { return false }
        return order.requiredSkills.allSatisfy { level(in: $0.skill) >= $0.minimumLevel }
    }
}
