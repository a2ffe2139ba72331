import FieldDispatchModel

/// Writing orders, technicians, outlets and depots.
extension ScenarioEncoder.Writer {
    func order(_ order: ServiceOrder) -> JSONValue {
        let skills: [JSONValue] = order.requiredSkills.map { requirement in
            requirement.minimumLevel == 1
                ? .string(requirement.skill)
                : .object([("skill", .string(requirement.skill)), ("minimumLevel", .integer(requirement.minimumLevel))])
        }
        let byLevel: [JSONValue] = order.serviceDurationByLevel.map {
            .object([("minimumLevel", .integer($0.minimumLevel)), ("duration", duration($0.duration))])
        }
        return .object([
            ("id", .string(order.id)),
            ("kind", order.kind == .repair ? nil : .string(order.kind.rawValue)),
            ("priority", order.priority == .normal ? nil : .string(order.priority.description)),
            ("location", location(order.location)),
            ("outlet", order.outlet.map { .string($0) }),
            ("productCategory", order.productCategory.map { .string($0) }),
            ("productModel", order.productModel.map { .string($0) }),
            ("fault", order.fault.map { .string($0) }),
            ("warranty", order.warranty == .unknown ? nil : .string(order.warranty.rawValue)),
            ("purchasedAt", optionalTime(order.purchasedAt)),
            ("receivedAt", optionalTime(order.receivedAt)),
            ("requiredSkills", skills.isEmpty ? nil : .array(skills)),
            ("serviceDuration", duration(order.serviceDuration)),
            ("serviceDurationByLevel", byLevel.isEmpty ? nil : .array(byLevel)),
            ("timeWindows", order.timeWindows.isEmpty ? nil : .array(order.timeWindows.map(window))),
            ("slaDeadline", optionalTime(order.slaDeadline)),
            ("preferredTechnicians", strings(order.preferredTechnicians)),
            ("requiredTechnicians", strings(order.requiredTechnicians)),
            ("excludedTechnicians", strings(order.excludedTechnicians)),
            ("requiredParts", parts(order.requiredParts)),
            ("requiredTools", strings(order.requiredTools)),
            ("demand", nonDefault(order.demand, 0)),
            ("pickupOrderId", order.pickupOrderId.map { .string($0) }),
        ])
    }

    func technician(_ technician: Technician) -> JSONValue {
        let c = technician.costs
        let costs: JSONValue? = c == .zero ? nil : .object([
            ("perHour", .integer(c.perHour)), ("perKilometre", .integer(c.perKilometre)),
            ("fixed", .integer(c.fixed)), ("overtimePerHour", .integer(c.overtimePerHour)),
        ])
        let skills: [JSONValue] = technician.skills.map { .object([("skill", .string($0.skill)), ("level", .integer($0.level))]) }
        return .object([
            ("id", .string(technician.id)),
            ("name", technician.name.map { .string($0) }),
            ("outlet", technician.outlet.map { .string($0) }),
            ("skills", skills.isEmpty ? nil : .array(skills)),
            ("travelProfile", technician.travelProfile == .car ? nil : .string(technician.travelProfile.name)),
            ("shifts", .array(technician.shifts.map(shift))),
            ("maxOrdersPerShift", technician.maxOrdersPerShift.map { .integer($0) }),
            ("maxWorkingTimePerShift", technician.maxWorkingTimePerShift.map(duration)),
            ("costs", costs),
            ("vanStock", parts(technician.vanStock)),
            ("tools", strings(technician.tools)),
            ("capacity", technician.capacity.map { .integer($0) }),
            ("maxRestockVisitsPerShift", nonDefault(technician.maxRestockVisitsPerShift, 1)),
        ])
    }

    private func shift(_ shift: Shift) -> JSONValue {
        let breaks: [JSONValue] = shift.breaks.map {
            .object([("earliestStart", time($0.earliestStart)), ("latestEnd", time($0.latestEnd)), ("duration", duration($0.duration))])
        }
        return .object([
            ("id", .string(shift.id)),
            ("start", time(shift.start)),
            ("end", time(shift.end)),
            ("maxOvertime", shift.maxOvertime == 0 ? nil : duration(shift.maxOvertime)),
            ("startLocation", location(shift.startLocation)),
            ("endLocation", shift.endLocation.map(location)),
            ("breaks", breaks.isEmpty ? nil : .array(breaks)),
        ])
    }

    func outlet(_ outlet: Outlet) -> JSONValue {
        .object([
            ("id", .string(outlet.id)),
            ("name", outlet.name.map { .string($0) }),
            ("location", location(outlet.location)),
            ("neighbours", strings(outlet.neighbours)),
            ("maxLentTechnicians", nonDefault(outlet.maxLentTechnicians, 0)),
        ])
    }

    func depot(_ depot: PartsDepot) -> JSONValue {
        .object([
            ("id", .string(depot.id)),
            ("location", location(depot.location)),
            ("parts", .array(depot.parts.map { .string($0) })),
            ("tools", strings(depot.tools)),
            ("visitDuration", duration(depot.visitDuration)),
            ("openingHours", depot.openingHours.map { .object([("start", time($0.start)), ("end", time($0.end))]) }),
        ])
    }
}
