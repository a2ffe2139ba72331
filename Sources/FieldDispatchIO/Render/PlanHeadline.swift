/// The one-line summary of a plan's KPIs shown under a chart's title.
enum PlanHeadline {
    /// Served orders, on-time rate, emergencies, travel, overtime and utilisation, e.g.
    /// `287/300 orders served · on time 96.2% · emergencies 100% · travel 41h12m, 812.3 km · …`.
    static func text(_ kpis: PlanKPIs) -> String {
        var parts = [
            "\(kpis.assignedOrders)/\(kpis.totalOrders) orders served",
            "on time " + percent(kpis.onTimeRate),
            "emergencies " + percent(kpis.emergencyServiceRate),
            "travel " + TimeReference.formatDuration(kpis.travelDuration) + ", " + SVGWriter.number(Double(kpis.travelDistance) / 1000) + " km",
            "overtime " + TimeReference.formatDuration(kpis.overtime),
            "utilisation " + percent(kpis.utilisation),
            "\(kpis.routes.count) routes",
        ]
        if kpis.lateness > 0 { parts.insert("late " + TimeReference.formatDuration(kpis.lateness), at: 5) }
        return parts.joined(separator: " · ")
    }

    /// A ratio as a percentage with one decimal.
    static func percent(_ ratio: Double) -> String { SVGWriter.number(ratio * 100) + "%" }
}
