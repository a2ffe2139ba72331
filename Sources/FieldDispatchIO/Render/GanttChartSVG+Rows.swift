/// One route's row of the Gantt chart, and the legend under the rows.
extension GanttChartSVG {
    func drawRow(into svg: inout SVGWriter, route: Route, index: Int, top: Double, axis: GanttTimeAxis, places: PlanPlaces) {
        let reference = problem.timeReference
        func bar(_ role: String, _ from: Int, _ to: Int, inset: Double, fill: String,
                 extra: [(String, String)] = [], tooltip: String? = nil) {
            guard to > from else { return }
            let x = axis.x(from)
            svg.element("rect", [("class", role), ("x", SVGWriter.number(x)), ("y", SVGWriter.number(top + inset)),
                                 ("width", SVGWriter.number(max(0.6, axis.x(to) - x))),
                                 ("height", SVGWriter.number(Self.rowHeight - 2 * inset)), ("fill", fill)] + extra,
                        tooltip: tooltip)
        }
        svg.open("g", [("class", "row"), ("data-technician", route.technicianId), ("data-shift", route.shiftId)])
        if index % 2 == 1 {
            svg.element("rect", [("x", "0"), ("y", SVGWriter.number(top)), ("width", "\(width)"),
                                 ("height", SVGWriter.number(Self.rowHeight)), ("fill", "#f1f1ec")])
        }
        svg.element("rect", [("x", "6"), ("y", SVGWriter.number(top + 3)), ("width", "4"), ("height", SVGWriter.number(Self.rowHeight - 6)),
                             ("fill", RoutePalette.colour(at: index))])
        let orders = route.orderIds.count
        svg.element("text", [("x", "14"), ("y", SVGWriter.number(top + 13))],
                    text: SVGWriter.truncate(route.technicianId + " · " + route.shiftId, to: 26))
        svg.element("text", [("x", SVGWriter.number(Self.labelWidth)), ("y", SVGWriter.number(top + 13)), ("text-anchor", "end"),
                             ("fill", "#666666")], text: "\(orders)")
        let shift = places.shift(of: route)
        if let shift {
            bar("shift", shift.start, shift.end, inset: 1.5, fill: Self.shiftColour,
                tooltip: "shift " + reference.format(shift.start) + "–" + reference.format(shift.end))
            bar("overtime-region", shift.end, max(shift.hardEnd, route.arrivalAtEnd), inset: 1.5, fill: Self.overtimeColour,
                tooltip: "overtime allowed until " + reference.format(shift.hardEnd))
        }
        // Brackets alternate above and below the bars, so the windows of consecutive visits,
        // which often overlap, stay apart.
        for (sequence, stop) in route.stops.filter({ $0.orderId != nil }).enumerated() {
            guard let id = stop.orderId, let order = places.orders[id],
                  let window = PlanPlaces.chosenWindow(of: order, startingAt: stop.start) else { continue }
            let (x1, x2) = (axis.x(window.start), axis.x(window.end))
            let (edge, tip) = sequence % 2 == 0 ? (top + 2, top + 5.5) : (top + Self.rowHeight - 2, top + Self.rowHeight - 5.5)
            svg.element("path", [("class", "window"), ("fill", "none"), ("stroke", PriorityStyle.of(order.priority).colour),
                                 ("stroke-width", "1"),
                                 ("d", "M" + SVGWriter.number(x1) + " " + SVGWriter.number(tip) + "V" + SVGWriter.number(edge)
                                    + "H" + SVGWriter.number(x2) + "V" + SVGWriter.number(tip))],
                        tooltip: id + " window " + reference.format(window.start) + "–" + reference.format(window.end))
        }
        var leftAt = route.departure
        for stop in route.stops {
            bar("travel", stop.arrival - stop.travelDuration, stop.arrival, inset: 7.5, fill: Self.travelColour)
            bar("waiting", stop.arrival, stop.start, inset: 5, fill: "url(#gantt-waiting)")
            let span = reference.format(stop.start) + "–" + reference.format(stop.end)
            switch stop.kind {
            case .order(let id):
                let order = places.orders[id]
                let late = stop.lateness > 0
                bar("service", stop.start, stop.end, inset: 4, fill: PriorityStyle.of(order?.priority ?? .normal).colour,
                    extra: late ? [("stroke", Self.lateColour), ("stroke-width", "1.5")] : [("stroke", "#ffffff"), ("stroke-width", "0.5")],
                    tooltip: id + " · " + (order?.priority.description ?? "unknown order") + " · " + span
                        + (late ? " · late " + TimeReference.formatDuration(stop.lateness) : ""))
            case .rest:
                bar("rest", stop.start, stop.end, inset: 4, fill: "url(#gantt-rest)", tooltip: "break " + span)
            case .restock(let depot):
                bar("restock", stop.start, stop.end, inset: 4, fill: Self.restockColour, tooltip: "restock at " + depot + " " + span)
            }
            leftAt = stop.end
        }
        bar("travel", leftAt, leftAt + route.returnTravelDuration, inset: 7.5, fill: Self.travelColour)
        if let shift, route.arrivalAtEnd > shift.end {
            let y = SVGWriter.number(top + Self.rowHeight - 2)
            svg.element("line", [("class", "overtime"), ("x1", SVGWriter.number(axis.x(shift.end))), ("y1", y),
                                 ("x2", SVGWriter.number(axis.x(route.arrivalAtEnd))), ("y2", y), ("stroke", Self.lateColour),
                                 ("stroke-width", "2")],
                        tooltip: "overtime " + TimeReference.formatDuration(route.arrivalAtEnd - shift.end))
        }
        svg.close("g")
    }

    func drawLegend(into svg: inout SVGWriter, top: Double) {
        let items: [(label: String, fill: String, inset: Double, stroke: String?)] = [
            ("travel", Self.travelColour, 7.5, nil), ("waiting", "url(#gantt-waiting)", 5, "#a8a8a8"),
            ("emergency", PriorityStyle.of(.emergency).colour, 4, nil), ("urgent", PriorityStyle.of(.urgent).colour, 4, nil),
            ("normal", PriorityStyle.of(.normal).colour, 4, nil), ("low", PriorityStyle.of(.low).colour, 4, nil),
            ("late start", "#ffffff", 4, Self.lateColour), ("break", "url(#gantt-rest)", 4, nil),
            ("restock", Self.restockColour, 4, nil), ("regular shift", Self.shiftColour, 1.5, nil),
            ("overtime allowed", Self.overtimeColour, 1.5, nil),
        ]
        svg.open("g", [("id", "legend"), ("font-size", "11"), ("fill", "#333333")])
        var x = 14.0
        for item in items {
            var attributes = [("x", SVGWriter.number(x)), ("y", SVGWriter.number(top + item.inset)), ("width", "22"),
                              ("height", SVGWriter.number(Self.rowHeight - 2 * item.inset)), ("fill", item.fill)]
            if let stroke = item.stroke { attributes += [("stroke", stroke), ("stroke-width", "1.2")] }
            svg.element("rect", attributes)
            svg.element("text", [("x", SVGWriter.number(x + 27)), ("y", SVGWriter.number(top + 13))], text: item.label)
            x += 36 + Double(item.label.count) * 6.6
        }
        let y = top + 32
        svg.element("path", [("d", "M14 " + SVGWriter.number(y + 6) + "V" + SVGWriter.number(y + 2) + "H36V" + SVGWriter.number(y + 6)),
                             ("fill", "none"), ("stroke", PriorityStyle.of(.normal).colour)])
        svg.element("text", [("x", "41"), ("y", SVGWriter.number(y + 8))], text: "chosen time window (priority colour)")
        svg.element("line", [("x1", "260"), ("y1", SVGWriter.number(y + 4)), ("x2", "282"), ("y2", SVGWriter.number(y + 4)),
                             ("stroke", Self.lateColour), ("stroke-width", "2")])
        svg.element("text", [("x", "287"), ("y", SVGWriter.number(y + 8))], text: "overtime worked")
        svg.element("text", [("x", "420"), ("y", SVGWriter.number(y + 8)), ("fill", "#666666")],
                    text: "rows: technician · shift, orders served; colour swatch as on the map")
        svg.close("g")
    }
}
