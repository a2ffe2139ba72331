/// The map's legend: marker meanings, then technician colours as far as they fit.
extension RouteMapSVG {
    func drawLegend(into svg: inout SVGWriter, kpis: PlanKPIs, top: Double) {
        let left = Double(width) - Self.legendWidth
        var y = top + 6
        svg.open("g", [("id", "legend"), ("font-size", "11"), ("fill", "#333333")])
        svg.element("text", [("x", SVGWriter.number(left)), ("y", SVGWriter.number(y + 8)), ("font-weight", "bold")], text: "Orders")
        y += 22
        for priority in Priority.allCases.sorted(by: >) {
            PriorityStyle.of(priority).draw(into: &svg, x: left + 8, y: y, hollow: false, role: "key", tooltip: nil)
            svg.element("text", [("x", SVGWriter.number(left + 22)), ("y", SVGWriter.number(y + 4))], text: priority.description)
            y += 17
        }
        PriorityStyle.of(.normal).draw(into: &svg, x: left + 8, y: y, hollow: true, role: "key", tooltip: nil)
        svg.element("text", [("x", SVGWriter.number(left + 22)), ("y", SVGWriter.number(y + 4))],
                    text: "unassigned (\(kpis.totalOrders - kpis.assignedOrders))")
        y += 17
        svg.element("rect", [("x", SVGWriter.number(left + 3.5)), ("y", SVGWriter.number(y - 4.5)), ("width", "9"), ("height", "9"),
                             ("fill", "#2b2b2b")])
        svg.element("text", [("x", SVGWriter.number(left + 22)), ("y", SVGWriter.number(y + 4))], text: "outlet")
        y += 17
        svg.element("polygon", [("points", Self.diamond(x: left + 8, y: y, r: 6)), ("fill", GanttChartSVG.restockColour)])
        svg.element("text", [("x", SVGWriter.number(left + 22)), ("y", SVGWriter.number(y + 4))], text: "parts depot")
        y += 17
        svg.element("path", [("d", Self.cross(x: left + 8, y: y)), ("stroke", "#555555"), ("stroke-width", "1.6")])
        svg.element("text", [("x", SVGWriter.number(left + 22)), ("y", SVGWriter.number(y + 4))], text: "shift start")
        y += 28
        svg.element("text", [("x", SVGWriter.number(left)), ("y", SVGWriter.number(y))], text: "Technicians (\(plan.routes.count) routes)")
        y += 14
        let rowHeight = 14.0
        let fitting = max(0, Int((Double(height) - Self.margin - y) / rowHeight))
        let shown = plan.routes.count <= fitting ? plan.routes.count : max(0, fitting - 1)
        for (index, route) in plan.routes.prefix(shown).enumerated() {
            let figures = index < kpis.routes.count ? kpis.routes[index] : nil
            svg.element("line", [("x1", SVGWriter.number(left)), ("y1", SVGWriter.number(y)), ("x2", SVGWriter.number(left + 16)),
                                 ("y2", SVGWriter.number(y)), ("stroke", RoutePalette.colour(at: index)), ("stroke-width", "3")])
            let label = SVGWriter.truncate(route.technicianId + " · " + route.shiftId, to: 24)
                + (figures.map { " · \($0.orders)" } ?? "")
            svg.element("text", [("x", SVGWriter.number(left + 22)), ("y", SVGWriter.number(y + 4))], text: label)
            y += rowHeight
        }
        if shown < plan.routes.count {
            svg.element("text", [("x", SVGWriter.number(left + 22)), ("y", SVGWriter.number(y + 4)), ("fill", "#777777")],
                        text: "+ \(plan.routes.count - shown) more routes")
        }
        svg.close("g")
    }
}
