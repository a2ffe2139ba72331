/// An SVG Gantt chart of a plan for dispatchers: one row per route on a shared time axis, with
/// travel, waiting, service by priority, breaks and restocks as bars over the shift's regular
/// span, the overtime region, and each visit's chosen time window as a thin bracket.
///
/// ```swift
/// let svg = GanttChartSVG(plan: report.plan, problem: problem).render()
/// ```
///
/// Rows are 18 pixels high, so 25 routes fit on a screen; the height follows from the number of
/// routes. Times on the axis are shown with the problem's `TimeReference`. The output is
/// deterministic: the same plan and problem give the same bytes.
public struct GanttChartSVG: Sendable {
    /// The plan drawn.
    public var plan: Plan
    /// The problem it solves.
    public var problem: Problem
    /// Drawing width, pixels.
    public var width: Int

    static let rowHeight = 18.0
    static let labelWidth = 190.0
    static let rowsTop = 92.0
    static let legendHeight = 78.0
    static let restockColour = "#7b3fa0"
    static let travelColour = "#4a4a4a"
    static let shiftColour = "#dfe8f1"
    static let overtimeColour = "#f8d9d3"
    static let lateColour = "#b00020"

    /// Creates a chart of `plan`.
    /// - Parameters:
    ///   - plan: the routes to draw; unassigned orders are counted in the title only.
    ///   - problem: the problem the plan solves (shifts, windows, priorities, time reference).
    ///   - width: drawing width, pixels (at least 500).
    public init(plan: Plan, problem: Problem, width: Int = 1400) {
        self.plan = plan
        self.problem = problem
        self.width = max(500, width)
    }

    /// Drawing height, pixels: title, axis, one row per route, legend.
    public var height: Int { Int(Self.rowsTop + Double(plan.routes.count) * Self.rowHeight + Self.legendHeight) }

    /// Draws the chart.
    /// - Returns: a complete SVG document.
    /// - Complexity: O(stops + routes + hours shown).
    public func render() -> String {
        let places = PlanPlaces(problem: problem)
        let kpis = PlanKPIs(plan: plan, problem: problem)
        var svg = SVGWriter(width: width, height: height, title: "Schedule of " + problem.name)
        svg.open("defs")
        svg.open("pattern", [("id", "gantt-waiting"), ("width", "4"), ("height", "4"), ("patternUnits", "userSpaceOnUse"),
                             ("patternTransform", "rotate(45)")])
        svg.element("rect", [("width", "4"), ("height", "4"), ("fill", "#ffffff")])
        svg.element("line", [("x1", "0"), ("y1", "0"), ("x2", "0"), ("y2", "4"), ("stroke", "#a8a8a8"), ("stroke-width", "1.6")])
        svg.close("pattern")
        svg.open("pattern", [("id", "gantt-rest"), ("width", "4"), ("height", "4"), ("patternUnits", "userSpaceOnUse"),
                             ("patternTransform", "rotate(-45)")])
        svg.element("rect", [("width", "4"), ("height", "4"), ("fill", "#303030")])
        svg.element("line", [("x1", "0"), ("y1", "0"), ("x2", "0"), ("y2", "4"), ("stroke", "#8a8a8a"), ("stroke-width", "1.2")])
        svg.close("pattern")
        svg.close("defs")
        svg.element("text", [("x", "14"), ("y", "24"), ("font-size", "17"), ("font-weight", "bold"), ("fill", "#222222")],
                    text: problem.name)
        svg.element("text", [("x", "14"), ("y", "44"), ("font-size", "12"), ("fill", "#444444")], text: PlanHeadline.text(kpis))
        let axis = GanttTimeAxis(span: timeSpan(places), left: Self.labelWidth + 8, right: Double(width) - 28)
        drawAxis(into: &svg, axis: axis)
        svg.open("g", [("id", "rows")])
        for (index, route) in plan.routes.enumerated() {
            drawRow(into: &svg, route: route, index: index, top: Self.rowsTop + Double(index) * Self.rowHeight,
                    axis: axis, places: places)
        }
        svg.close("g")
        drawLegend(into: &svg, top: Self.rowsTop + Double(plan.routes.count) * Self.rowHeight + 22)
        return svg.finish()
    }

    /// From the earliest shift start or departure to the latest hard shift end or return.
    func timeSpan(_ places: PlanPlaces) -> ClosedRange<Int> {
        var low = Int.max, high = Int.min
        for route in plan.routes {
            low = min(low, route.departure)
            high = max(high, route.arrivalAtEnd)
            if let shift = places.shift(of: route) { low = min(low, shift.start); high = max(high, shift.hardEnd) }
        }
        if low > high {
            for shift in problem.technicians.flatMap(\.shifts) { low = min(low, shift.start); high = max(high, shift.hardEnd) }
        }
        return low > high ? 8 * 3600...17 * 3600 : low...max(high, low + 1)
    }

    private func drawAxis(into svg: inout SVGWriter, axis: GanttTimeAxis) {
        let bottom = Self.rowsTop + Double(plan.routes.count) * Self.rowHeight
        svg.open("g", [("id", "axis"), ("font-size", "10"), ("fill", "#444444")])
        var lastDay: Substring?
        for tick in axis.ticks {
            let x = SVGWriter.number(axis.x(tick))
            let label = problem.timeReference.format(tick)
            let split = label.lastIndex(of: " ")
            let day = split.map { label[..<$0] } ?? ""
            var clock = split.map { label[label.index(after: $0)...] } ?? Substring(label)
            // With whole-day ticks the clock is always midnight: name the day instead.
            if axis.step >= 86_400 { clock = day.isEmpty ? "day 0" : day }
            svg.element("line", [("class", "tick"), ("x1", x), ("y1", SVGWriter.number(Self.rowsTop - 4)), ("x2", x),
                                 ("y2", SVGWriter.number(bottom)), ("stroke", "#e2e2dc"), ("stroke-width", "1")])
            svg.element("text", [("x", x), ("y", SVGWriter.number(Self.rowsTop - 8)), ("text-anchor", "middle")], text: String(clock))
            if day != lastDay && !day.isEmpty && axis.step < 86_400 {
                svg.element("text", [("x", x), ("y", SVGWriter.number(Self.rowsTop - 22)), ("font-weight", "bold")], text: String(day))
            }
            lastDay = day
        }
        svg.element("line", [("x1", SVGWriter.number(axis.left)), ("y1", SVGWriter.number(bottom)), ("x2", SVGWriter.number(axis.right)),
                             ("y2", SVGWriter.number(bottom)), ("stroke", "#9a9a94")])
        svg.close("g")
    }
}
