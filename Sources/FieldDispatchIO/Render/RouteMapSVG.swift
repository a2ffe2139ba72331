/// An SVG map of a plan for dispatchers: every technician's route in its own colour, orders
/// marked by priority, unassigned orders hollow, outlets and parts depots, a legend, and the
/// scenario's headline KPIs in the title.
///
/// ```swift
/// let svg = RouteMapSVG(plan: report.plan, problem: problem).render()
/// try svg.write(to: URL(fileURLWithPath: "plan.svg"), atomically: true, encoding: .utf8)
/// ```
///
/// Latitude and longitude are drawn with an equirectangular projection scaled by the cosine of
/// the mean latitude; plane coordinates (Euclidean benchmarks) as they are. A scenario whose
/// locations are only travel-matrix indices has nothing to place, and the map says so instead.
/// The output is deterministic: the same plan and problem give the same bytes.
public struct RouteMapSVG: Sendable {
    /// The plan drawn.
    public var plan: Plan
    /// The problem it solves.
    public var problem: Problem
    /// Drawing width, pixels.
    public var width: Int
    /// Drawing height, pixels.
    public var height: Int

    static let titleHeight = 58.0
    static let legendWidth = 230.0
    static let margin = 14.0

    /// Creates a map of `plan`.
    /// - Parameters:
    ///   - plan: the routes and unassigned orders to draw.
    ///   - problem: the problem the plan solves (locations, priorities, shifts, depots, outlets).
    ///   - width: drawing width, pixels (at least 400).
    ///   - height: drawing height, pixels (at least 300).
    public init(plan: Plan, problem: Problem, width: Int = 1200, height: Int = 900) {
        self.plan = plan
        self.problem = problem
        self.width = max(400, width)
        self.height = max(300, height)
    }

    /// Draws the map.
    /// - Returns: a complete SVG document.
    /// - Complexity: O(orders + stops + locations).
    public func render() -> String {
        let places = PlanPlaces(problem: problem)
        let kpis = PlanKPIs(plan: plan, problem: problem)
        var svg = SVGWriter(width: width, height: height, title: "Routes of " + problem.name)
        drawTitle(into: &svg, kpis: kpis)
        let frame = (x: Self.margin, y: Self.titleHeight, width: Double(width) - Self.legendWidth - 2 * Self.margin,
                     height: Double(height) - Self.titleHeight - Self.margin)
        svg.element("rect", [("x", SVGWriter.number(frame.x)), ("y", SVGWriter.number(frame.y)),
                             ("width", SVGWriter.number(frame.width)), ("height", SVGWriter.number(frame.height)),
                             ("fill", "#ffffff"), ("stroke", "#d0d0c8")])
        let points = MapProjection.locations(of: problem, plan: plan, places: places)
        let space = MapProjection.space(of: problem, points: points)
        if space == .none {
            svg.element("text", [("x", SVGWriter.number(frame.x + frame.width / 2)), ("y", SVGWriter.number(frame.y + frame.height / 2)),
                                 ("text-anchor", "middle"), ("font-size", "14"), ("fill", "#555555"), ("class", "message")],
                        text: "No map: the locations of this scenario are travel-matrix indices without coordinates.")
        } else {
            let pad = 12.0
            let projection = MapProjection(points: points, space: space, frame: (frame.x + pad, frame.y + pad,
                                                                                  frame.width - 2 * pad, frame.height - 2 * pad))
            drawRoutes(into: &svg, places: places, projection: projection)
            drawFacilities(into: &svg, projection: projection)
            drawOrders(into: &svg, places: places, projection: projection)
        }
        drawLegend(into: &svg, kpis: kpis, top: Self.titleHeight)
        return svg.finish()
    }

    private func drawTitle(into svg: inout SVGWriter, kpis: PlanKPIs) {
        svg.element("text", [("x", SVGWriter.number(Self.margin)), ("y", "24"), ("font-size", "17"), ("font-weight", "bold"),
                             ("fill", "#222222")], text: problem.name)
        svg.element("text", [("x", SVGWriter.number(Self.margin)), ("y", "44"), ("font-size", "12"), ("fill", "#444444")],
                    text: PlanHeadline.text(kpis))
    }

    private func drawRoutes(into svg: inout SVGWriter, places: PlanPlaces, projection: MapProjection) {
        svg.open("g", [("id", "routes"), ("fill", "none"), ("stroke-width", "1.5"), ("stroke-linejoin", "round"),
                       ("stroke-linecap", "round"), ("stroke-opacity", "0.85")])
        for (index, route) in plan.routes.enumerated() {
            let path = places.path(of: route).map(projection.project)
            let tooltip = "\(route.technicianId) · \(route.shiftId): \(route.orderIds.count) orders, "
                + TimeReference.formatDuration(route.travelDuration) + " driving, "
                + SVGWriter.number(Double(route.travelDistance) / 1000) + " km"
            svg.element("polyline", [("class", "route"), ("points", SVGWriter.points(path)),
                                     ("stroke", RoutePalette.colour(at: index))], tooltip: tooltip)
            // A small cross where the shift starts tells which end of a loop the day begins at.
            if let start = path.first {
                svg.element("path", [("d", Self.cross(x: start.x, y: start.y)), ("stroke", RoutePalette.colour(at: index)),
                                     ("stroke-width", "1.6"), ("stroke-opacity", "1")])
            }
        }
        svg.close("g")
    }

    private func drawFacilities(into svg: inout SVGWriter, projection: MapProjection) {
        svg.open("g", [("id", "facilities")])
        for outlet in problem.outlets {
            let p = projection.project(outlet.location)
            svg.element("rect", [("class", "outlet"), ("x", SVGWriter.number(p.x - 5)), ("y", SVGWriter.number(p.y - 5)),
                                 ("width", "10"), ("height", "10"), ("fill", "#2b2b2b"), ("stroke", "#ffffff"), ("stroke-width", "1")],
                        tooltip: "outlet " + outlet.id + (outlet.name.map { " (" + $0 + ")" } ?? ""))
        }
        for depot in problem.depots {
            let p = projection.project(depot.location)
            svg.element("polygon", [("class", "depot"), ("points", Self.diamond(x: p.x, y: p.y, r: 6.5)),
                                    ("fill", GanttChartSVG.restockColour), ("stroke", "#ffffff"), ("stroke-width", "1")],
                        tooltip: "parts depot " + depot.id + ": " + depot.parts.joined(separator: ", "))
        }
        svg.close("g")
    }

    private func drawOrders(into svg: inout SVGWriter, places: PlanPlaces, projection: MapProjection) {
        let reference = problem.timeReference
        svg.open("g", [("id", "orders")])
        for route in plan.routes {
            var sequence = 0
            for stop in route.stops {
                guard let id = stop.orderId, let order = places.orders[id] else { continue }
                sequence += 1
                let p = projection.project(order.location)
                let tooltip = "\(id) · \(order.priority) · \(route.technicianId) stop \(sequence) · "
                    + reference.format(stop.start) + "–" + reference.format(stop.end)
                PriorityStyle.of(order.priority).draw(into: &svg, x: p.x, y: p.y, hollow: false, role: "order", tooltip: tooltip)
            }
        }
        // Unassigned orders go on top: they are what a dispatcher looks for first.
        for entry in plan.unassigned {
            guard let order = places.orders[entry.orderId] else { continue }
            let p = projection.project(order.location)
            let tooltip = "\(entry.orderId) · \(order.priority) · unassigned: " + entry.reason.summary
            PriorityStyle.of(order.priority).draw(into: &svg, x: p.x, y: p.y, hollow: true, role: "order unassigned", tooltip: tooltip)
        }
        svg.close("g")
    }

    static func cross(x: Double, y: Double) -> String {
        let (left, right, up, down) = (SVGWriter.number(x - 3.5), SVGWriter.number(x + 3.5), SVGWriter.number(y - 3.5), SVGWriter.number(y + 3.5))
        return "M" + left + " " + SVGWriter.number(y) + "H" + right + "M" + SVGWriter.number(x) + " " + up + "V" + down
    }

    static func diamond(x: Double, y: Double, r: Double) -> String {
        SVGWriter.points([(x, y - r), (x + r, y), (x, y + r), (x - r, y)])
    }
}
