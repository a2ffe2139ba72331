/// How an order's priority is drawn: colour, and a shape and size that still read in grayscale.
struct PriorityStyle {
    /// Fill colour.
    var colour: String
    /// Marker radius on the map, pixels; higher priorities are bigger.
    var radius: Double
    /// Whether the marker is a triangle (emergencies) rather than a circle.
    var isTriangle: Bool

    /// The style of a priority.
    static func of(_ priority: Priority) -> PriorityStyle {
        switch priority {
        case .emergency: PriorityStyle(colour: "#d62728", radius: 6.5, isTriangle: true)
        case .urgent: PriorityStyle(colour: "#ff7f0e", radius: 4.5, isTriangle: false)
        case .normal: PriorityStyle(colour: "#1f77b4", radius: 3.5, isTriangle: false)
        case .low: PriorityStyle(colour: "#9a9a9a", radius: 2.8, isTriangle: false)
        }
    }

    /// Writes a marker centred at (`x`, `y`): filled for served orders, hollow for unassigned ones.
    /// - Parameters:
    ///   - svg: where to write.
    ///   - x: centre, pixels.
    ///   - y: centre, pixels.
    ///   - hollow: whether to draw an outline only.
    ///   - role: the `class` attribute, so readers and tests can pick markers out.
    ///   - tooltip: text shown on hover.
    func draw(into svg: inout SVGWriter, x: Double, y: Double, hollow: Bool, role: String, tooltip: String?) {
        let paint: [(String, String)] = [("class", role)] + (hollow
            ? [("fill", "#ffffff"), ("stroke", colour), ("stroke-width", "1.6")]
            : [("fill", colour), ("stroke", "#ffffff"), ("stroke-width", "0.8")])
        if isTriangle {
            let r = radius
            let corners = [(x: x, y: y - r), (x: x + r * 0.866, y: y + r * 0.5), (x: x - r * 0.866, y: y + r * 0.5)]
            svg.element("polygon", [("points", SVGWriter.points(corners))] + paint, tooltip: tooltip)
        } else {
            svg.element("circle", [("cx", SVGWriter.number(x)), ("cy", SVGWriter.number(y)),
                                   ("r", SVGWriter.number(radius))] + paint, tooltip: tooltip)
        }
    }
}
