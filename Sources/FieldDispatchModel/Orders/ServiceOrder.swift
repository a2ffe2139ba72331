/// One customer visit to be planned: a repair, an install, a maintenance or a return pick-up.
///
/// Holds what intake recorded (address, product, warranty, fault) and what planning needs
/// (skills, duration, priority, windows, SLA, technician constraints, parts and tools).
public struct ServiceOrder: Hashable, Sendable, Identifiable {
    /// Unique order id, kept through to the plan.
    public var id: String
    /// Customer address.
    public var location: Location
    /// What the visit is for.
    public var kind: OrderKind
    /// Product category, e.g. `air-conditioner`, `water-heater`, `compressor`.
    public var productCategory: String?
    /// Product model as recorded at intake.
    public var productModel: String?
    /// Fault as described by the customer or intake.
    public var fault: String?
    /// Warranty state at intake.
    public var warranty: WarrantyStatus
    /// Purchase date, seconds on the scenario timeline.
    public var purchasedAt: Int?
    /// When the request came in, seconds on the scenario timeline (for age-based triage).
    public var receivedAt: Int?
    /// Skills the technician must hold, each at a minimum level.
    public var requiredSkills: [SkillRequirement]
    /// Time on site in seconds.
    public var serviceDuration: Int
    /// Shorter (or longer) durations by the technician's level in the first required skill.
    public var serviceDurationByLevel: [LevelDuration]
    /// How urgent the order is.
    public var priority: Priority
    /// Windows in which service may start; empty means any time within a shift.
    public var timeWindows: [TimeWindow]
    /// Latest acceptable start under the service-level agreement, seconds; lateness past it is reported.
    public var slaDeadline: Int?
    /// Technicians the customer or dispatcher prefers (a soft bonus).
    public var preferredTechnicians: [String]
    /// If not empty, only these technicians may serve the order.
    public var requiredTechnicians: [String]
    /// Technicians who must not serve the order.
    public var excludedTechnicians: [String]
    /// Spare parts consumed by the visit.
    public var requiredParts: [PartQuantity]
    /// Tools needed on site and not consumed (vacuum pump, recovery unit, gauge set).
    public var requiredTools: [String]
    /// Outlet or region responsible for the order.
    public var outlet: String?
    /// Load the order puts on the van's capacity (benchmark capacity, bulky units).
    public var demand: Int
    /// Id of the order whose pick-up this visit delivers (a shipment: collect a unit at one
    /// address, bring it to another).
    ///
    /// The two orders form a pair: one technician serves both on the same shift, the pick-up
    /// first, and neither is served without the other. The pick-up's ``demand`` is the load
    /// carried between them.
    public var pickupOrderId: String?

    /// Creates an order; only the id, location and duration are required.
    public init(
        id: String,
        location: Location,
        kind: OrderKind = .repair,
        productCategory: String? = nil,
        productModel: String? = nil,
        fault: String? = nil,
        warranty: WarrantyStatus = .unknown,
        purchasedAt: Int? = nil,
        receivedAt: Int? = nil,
        requiredSkills: [SkillRequirement] = [],
        serviceDuration: Int,
        serviceDurationByLevel: [LevelDuration] = [],
        priority: Priority = .normal,
        timeWindows: [TimeWindow] = [],
        slaDeadline: Int? = nil,
        preferredTechnicians: [String] = [],
        requiredTechnicians: [String] = [],
        excludedTechnicians: [String] = [],
        requiredParts: [PartQuantity] = [],
        requiredTools: [String] = [],
        outlet: String? = nil,
        demand: Int = 0,
        pickupOrderId: String? = nil
    ) {
        self.id = id
        self.location = location
        self.kind = kind
        self.productCategory = productCategory
        self.productModel = productModel
        self.fault = fault
        self.warranty = warranty
        self.purchasedAt = purchasedAt
        self.receivedAt = receivedAt
        self.requiredSkills = requiredSkills
        self.serviceDuration = serviceDuration
        self.serviceDurationByLevel = serviceDurationByLevel
        self.priority = priority
        self.timeWindows = timeWindows
        self.slaDeadline = slaDeadline
        self.preferredTechnicians = preferredTechnicians
        self.requiredTechnicians = requiredTechnicians
        self.excludedTechnicians = excludedTechnicians
        self.requiredParts = requiredParts
        self.requiredTools = requiredTools
        self.outlet = outlet
        self.demand = demand
        self.pickupOrderId = pickupOrderId
    }

    /// Service duration when done by a technician holding `skills`.
    ///
    /// Uses the entry of ``serviceDurationByLevel`` with the highest minimum level the technician
    /// reaches in the first required skill; ``serviceDuration`` otherwise.
    public func serviceDuration(by skills: [SkillLevel]) -> Int {
        guard let primary = requiredSkills.first, !serviceDurationByLevel.isEmpty else { return serviceDuration }
        let level = skills.first(where: { $0.skill == primary.skill })?.level ?? 0
        var best: LevelDuration?
        for entry in serviceDurationByLevel where entry.minimumLevel <= level {
            if best == nil || entry.minimumLevel > best!.minimumLevel { best = entry }
        }
        return best?.duration ?? serviceDuration
    }
}
