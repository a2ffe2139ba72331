import Foundation

/// A plan as a GeoJSON FeatureCollection, for web maps and GIS tools: one `LineString` per
/// route and one `Point` per served or unassigned order.
///
/// ```swift
/// try PlanGeoJSON(plan: report.plan, problem: problem).encode().write(to: url)
/// ```
///
/// Positions are `[longitude, latitude]` as RFC 7946 requires. Scenarios on a plane (Euclidean
/// benchmarks) are written as `[x, y]` and scenarios with matrix indices only get `null`
/// geometries; the top-level `note` and `coordinates` members say which, since GeoJSON has no
/// `crs` member any more. Routes carry the colour the map uses (`colour`, and `stroke` for
/// simplestyle viewers). Times are ISO-8601 date-times when the problem has a time origin,
/// seconds otherwise.
public struct PlanGeoJSON: Sendable {
    /// The plan written.
    public var plan: Plan
    /// The problem it solves.
    public var problem: Problem

    /// Creates a writer for `plan`.
    /// - Parameters:
    ///   - plan: the routes and unassigned orders to write.
    ///   - problem: the problem the plan solves (locations, priorities, shifts, time origin).
    public init(plan: Plan, problem: Problem) {
        self.plan = plan
        self.problem = problem
    }

    /// Encodes the FeatureCollection.
    /// - Returns: UTF-8 JSON text, indented, the same bytes for the same input.
    /// - Complexity: O(orders + stops).
    public func encode() -> Data {
        let places = PlanPlaces(problem: problem)
        let space = MapProjection.space(of: problem, points: MapProjection.locations(of: problem, plan: plan, places: places))
        var features: [JSONValue] = []
        for (index, route) in plan.routes.enumerated() {
            var positions = places.path(of: route).map { position($0, space) }
            if positions.count == 1 { positions.append(positions[0]) }
            let colour = RoutePalette.colour(at: index)
            features.append(feature(space == .none || positions.isEmpty ? nil : .object([
                ("type", .string("LineString")), ("coordinates", .array(positions)),
            ]), properties: [
                ("kind", .string("route")),
                ("technicianId", .string(route.technicianId)),
                ("shiftId", .string(route.shiftId)),
                ("orders", .array(route.orderIds.map { .string($0) })),
                ("orderCount", .integer(route.orderIds.count)),
                ("travelSeconds", .integer(route.travelDuration)),
                ("distanceMetres", .integer(route.travelDistance)),
                ("departure", time(route.departure)),
                ("arrivalAtEnd", time(route.arrivalAtEnd)),
                ("colour", .string(colour)),
                ("stroke", .string(colour)),
            ]))
        }
        for route in plan.routes {
            var sequence = 0
            for stop in route.stops {
                guard let id = stop.orderId, let order = places.orders[id] else { continue }
                sequence += 1
                features.append(feature(point(order.location, space), properties: [
                    ("kind", .string("order")),
                    ("orderId", .string(id)),
                    ("priority", .string(order.priority.description)),
                    ("technicianId", .string(route.technicianId)),
                    ("shiftId", .string(route.shiftId)),
                    ("sequence", .integer(sequence)),
                    ("arrival", time(stop.arrival)),
                    ("start", time(stop.start)),
                    ("end", time(stop.end)),
                    ("lateness", stop.lateness > 0 ? .integer(stop.lateness) : nil),
                    ("marker-color", .string(PriorityStyle.of(order.priority).colour)),
                ]))
            }
        }
        for entry in plan.unassigned {
            let order = places.orders[entry.orderId]
            features.append(feature(order.flatMap { point($0.location, space) }, properties: [
                ("kind", .string("order")),
                ("orderId", .string(entry.orderId)),
                ("priority", order.map { .string($0.priority.description) }),
                ("technicianId", .string("unassigned")),
                ("reason", .string(entry.reason.rawValue)),
                ("detail", entry.detail.isEmpty ? nil : .string(entry.detail)),
                ("marker-color", order.map { .string(PriorityStyle.of($0.priority).colour) }),
            ]))
        }
        let reference = problem.timeReference
        let document = JSONValue.object([
            ("type", .string("FeatureCollection")),
            ("name", .string(problem.name)),
            ("coordinates", .string(Self.coordinateName(space))),
            ("note", .string(Self.note(space))),
            ("timeOrigin", reference.originUnixTime.map { .string(ISO8601DateTime(unixTime: $0, utcOffset: reference.utcOffset).description) }),
            ("features", .array(features)),
        ])
        return Data(document.serialized().utf8)
    }

    static func coordinateName(_ space: MapProjection.Space) -> String {
        switch space {
        case .geographic: "longitude-latitude"
        case .plane: "plane-x-y"
        case .none: "none"
        }
    }

    static func note(_ space: MapProjection.Space) -> String {
        switch space {
        case .geographic: "positions are [longitude, latitude] in degrees (WGS 84)"
        case .plane: "positions are plane [x, y] in the scenario's own units, not longitude and latitude"
        case .none: "the scenario locates places by travel-matrix index only; geometries are null"
        }
    }

    private func feature(_ geometry: JSONValue?, properties: [(String, JSONValue?)]) -> JSONValue {
        .object([("type", .string("Feature")), ("geometry", geometry ?? .null), ("properties", .object(properties))])
    }

    private func point(_ location: Location, _ space: MapProjection.Space) -> JSONValue? {
        space == .none ? nil : .object([("type", .string("Point")), ("coordinates", position(location, space))])
    }

    /// `[lon, lat]` rounded to 1e-7 degrees (about a centimetre), or `[x, y]` as given.
    private func position(_ location: Location, _ space: MapProjection.Space) -> JSONValue {
        guard space == .geographic else { return .array([.number(location.x), .number(location.y)]) }
        return .array([.number((location.longitude * 1e7).rounded() / 1e7), .number((location.latitude * 1e7).rounded() / 1e7)])
    }

    /// A date-time when the timeline has a calendar origin, else seconds.
    private func time(_ seconds: Int) -> JSONValue {
        let reference = problem.timeReference
        guard let origin = reference.originUnixTime else { return .integer(seconds) }
        return .string(ISO8601DateTime(unixTime: origin + seconds, utcOffset: reference.utcOffset).description)
    }
}
