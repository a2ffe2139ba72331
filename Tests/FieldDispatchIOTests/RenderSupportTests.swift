import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import FieldDispatchIO
import FieldDispatchTestSupport

/// Problems and plans the render tests draw, and an XML reader to inspect what they drew.
enum RenderSamples {
    /// Five orders on a plane, ids full of XML specials; T-1 serves `A&1` then `<B>` with a
    /// break and a restock between, T-2 serves `"C"`, two orders stay unassigned.
    static func plane() throws -> (problem: Problem, plan: Plan) {
        var builder = ProblemBuilder()
        builder.addTechnician("T-1 & Sons", at: .plane(0, 0)) {
            $0.shifts[0].breaks = [Break(earliestStart: .hours(11), latestEnd: .hours(14), duration: .minutes(30))]
        }
        builder.addTechnician("T-2", at: .plane(50, 50))
        builder.addDepot("D<1>", at: .plane(10, 20), parts: ["P-1"])
        builder.addOrder("A&1", at: .plane(10, 0), duration: 3600, windows: [TimeWindow(start: .hours(8), end: .hours(12))]) {
            $0.priority = .emergency
        }
        builder.addOrder("<B>", at: .plane(20, 10), duration: 1800) { $0.priority = .urgent }
        builder.addOrder("\"C\"", at: .plane(40, 40), windows: [TimeWindow(start: .hours(9), end: .hours(10))])
        builder.addOrder("D'4", at: .plane(30, 0)) { $0.priority = .low }
        builder.addOrder("E-5", at: .plane(5, 45))
        let problem = try builder.build()
        let first = Route.scheduled(for: "T-1 & Sons", visiting: [.order("A&1"), .rest(breakIndex: 0), .restock(depotId: "D<1>"), .order("<B>")],
                                    in: problem)
        let second = Route.scheduled(for: "T-2", visiting: [.order("\"C\"")], in: problem)
        let unassigned = [UnassignedOrder(orderId: "D'4", reason: .limitsReached), UnassignedOrder(orderId: "E-5", reason: .noFeasibleInsertion)]
        return (problem, Plan(routes: [first, second], unassigned: unassigned))
    }

    /// The bundled fixtures folder.
    static var fixtures: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("fixtures")
    }

    /// The small-city fixture (Guangzhou, latitude and longitude, a time origin) solved briefly.
    static func smallCity() throws -> (problem: Problem, plan: Plan) {
        let problem = try ScenarioLoader.load(contentsOf: fixtures.appendingPathComponent("small-city.json"))
        let plan = Solver(problem: problem).solve(options: SolveOptions(timeLimit: 0.5, seed: 1, threads: 1)).plan
        return (problem, plan)
    }

    /// Three orders known only by travel-matrix index, two served.
    static func matrixOnly() throws -> (problem: Problem, plan: Plan) {
        var builder = ProblemBuilder(matrix: [[0, 600, 900, 300], [600, 0, 400, 500], [900, 400, 0, 700], [300, 500, 700, 0]])
        builder.addTechnician("T-1", at: .matrix(0))
        builder.addOrder("A", at: .matrix(1))
        builder.addOrder("B", at: .matrix(2))
        builder.addOrder("C", at: .matrix(3))
        let problem = try builder.build()
        return (problem, Plan.scheduled([("T-1", ["A", "B"])], in: problem))
    }
}

/// Every element of an XML document with its attributes and text, in document order.
final class XMLElements: NSObject, XMLParserDelegate {
    struct Element {
        var name: String
        var attributes: [String: String]
        var text = ""
        /// The text of a `<title>` child, which SVG viewers show on hover.
        var tooltip = ""

        subscript(_ key: String) -> String? { attributes[key] }
        func number(_ key: String) -> Double? { attributes[key].flatMap(Double.init) }
        var classes: [String] { (attributes["class"] ?? "").split(separator: " ").map(String.init) }
    }

    private(set) var elements: [Element] = []
    private var open: [Int] = []

    /// The elements of `text`; `nil` when it is not well-formed XML.
    static func parse(_ text: String) -> [Element]? {
        let reader = XMLElements()
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = reader
        return parser.parse() ? reader.elements : nil
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        open.append(elements.count)
        elements.append(Element(name: name, attributes: attributes))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if let last = open.last { elements[last].text += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        let closed = open.removeLast()
        if name == "title", let parent = open.last { elements[parent].tooltip = elements[closed].text }
    }
}

@Suite struct RenderSupportTests {
    @Test("escapes ampersands, angle brackets and both quotes, and drops control characters")
    func escapes() {
        #expect(SVGWriter.escape("A&B <c> \"d\" 'e'\u{1}") == "A&amp;B &lt;c&gt; &quot;d&quot; &apos;e&apos;")
        #expect(SVGWriter.escape("Tianhe 天河") == "Tianhe 天河")
    }

    @Test("writes numbers with one decimal at most, whatever the locale")
    func formatsNumbers() {
        #expect(SVGWriter.number(12) == "12")
        #expect(SVGWriter.number(12.46) == "12.5")
        #expect(SVGWriter.number(-0.34) == "-0.3")
        #expect(SVGWriter.number(-0.04) == "0")
        #expect(SVGWriter.number(.nan) == "0")
    }

    @Test("gives 40 routes 40 different colours, the first 25 clearly apart")
    func paletteIsDistinct() {
        let colours = (0..<40).map(RoutePalette.colour(at:))
        #expect(Set(colours).count == 40)
        #expect(colours.allSatisfy { $0.count == 7 && $0.hasPrefix("#") })
        var closest = Double.infinity
        for i in 0..<25 {
            for j in (i + 1)..<25 {
                let (a, b) = (Self.lab(colours[i]), Self.lab(colours[j]))
                closest = min(closest, zip(a, b).map { ($0 - $1) * ($0 - $1) }.reduce(0, +).squareRoot())
            }
        }
        #expect(closest > 25, "the closest pair of the first 25 colours is only ΔE \(closest) apart")
    }

    /// CIELAB (D65) of a `#rrggbb` colour, to measure how far apart two colours look.
    static func lab(_ hex: String) -> [Double] {
        let value = Int(hex.dropFirst(), radix: 16) ?? 0
        let linear = [value >> 16, (value >> 8) & 255, value & 255].map { channel -> Double in
            let c = Double(channel) / 255
            return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        let x = (0.4124 * linear[0] + 0.3576 * linear[1] + 0.1805 * linear[2]) / 0.95047
        let y = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
        let z = (0.0193 * linear[0] + 0.1192 * linear[1] + 0.9505 * linear[2]) / 1.08883
        func f(_ t: Double) -> Double { t > 0.008856 ? cbrt(t) : 7.787 * t + 16 / 116 }
        return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))]
    }

    @Test("keeps every route colour dark enough for a thin line on the light background")
    func paletteHasContrast() {
        for index in 0..<200 {
            let value = Int(RoutePalette.colour(at: index).dropFirst(), radix: 16) ?? 0
            let channels = [value >> 16, (value >> 8) & 255, value & 255].map { Double($0) / 255 }
            let linear = channels.map { $0 <= 0.04045 ? $0 / 12.92 : pow(($0 + 0.055) / 1.055, 2.4) }
            let luminance = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
            #expect(1.05 / (luminance + 0.05) >= 3, "colour \(index) is too light")
        }
    }

    @Test("reads matrix-only locations as no coordinates, haversine as geographic, Euclidean as plane")
    func detectsCoordinateSpace() throws {
        let matrix = try RenderSamples.matrixOnly()
        let places = PlanPlaces(problem: matrix.problem)
        let points = MapProjection.locations(of: matrix.problem, plan: matrix.plan, places: places)
        #expect(MapProjection.space(of: matrix.problem, points: points) == .none)
        let plane = try RenderSamples.plane().problem
        #expect(MapProjection.space(of: plane, points: plane.orders.map(\.location)) == .plane)
        var builder = ProblemBuilder(travel: HaversineTravel())
        builder.addTechnician("T", at: Location(latitude: 23.1, longitude: 113.3))
        let geographic = try builder.build()
        #expect(MapProjection.space(of: geographic, points: [Location(latitude: 23.1, longitude: 113.3)]) == .geographic)
    }

    @Test("projects latitude and longitude north up, with longitude shrunk by the cosine of the mean latitude")
    func projectsEquirectangular() {
        let corner = Location(latitude: 60, longitude: 10)
        let east = Location(latitude: 60, longitude: 12)
        let north = Location(latitude: 61, longitude: 10)
        let projection = MapProjection(points: [corner, east, north], space: .geographic, frame: (0, 0, 500, 500))
        let (c, e, n) = (projection.project(corner), projection.project(east), projection.project(north))
        #expect(abs(c.y - e.y) < 1e-6)
        #expect(abs(c.x - n.x) < 1e-6)
        #expect(n.y < c.y)
        let ratio = (e.x - c.x) / (c.y - n.y)
        let meanLatitude = (60.0 + 60 + 61) / 3
        #expect(abs(ratio - 2 * cos(meanLatitude * .pi / 180)) < 1e-9)
        // The wider extent fills the frame exactly; the other is centred.
        #expect(abs((e.x - c.x) - 500) < 1e-6 || abs((c.y - n.y) - 500) < 1e-6)
    }
}
