/// The one-line summary of a plan's KPIs shown under a chart's title.
enum PlanHeadline {
    /// Served orders, on-time rate, emergencies, travel, overtime and utilisation, e.g.
    /// `287/300 orders served · on time 96.2% · emergencies 100% · travel 41h12m, 812.3 km · …`.
    static func text(_ kpis: PlanKPIs) -> String {
        var parts = [
            "\(kpis.assignedOrders)/\(kpis.totalOrders) orders served",
            "on time " + percent(kpis.onTimeRate),
            "emergencies " + percent(kpis.emergencyServiceRate),
            "travel " + minutes(kpis.travelDuration) + ", " + SVGWriter.number(Double(kpis.travelDistance) / 1000) + " km",
            "overtime " + minutes(kpis.overtime),
            "utilisation " + percent(kpis.utilisation),
            "\(kpis.routes.count) routes",
        ]
        if kpis.lateness > 0 { parts.insert("late " + minutes(kpis.lateness), at: 5) }
        return parts.joined(separator: " · ")
    }

    /// A length of time to the nearest minute: headline figures need no seconds.
    static func minutes(_ seconds: Int) -> String { TimeReference.formatDuration((seconds + 30) / 60 * 60) }

    /// A ratio as a percentage with one decimal.
    static func percent(_ ratio: Double) -> String { SVGWriter.number(ratio * 100) + "%" }
}
