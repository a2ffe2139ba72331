import Foundation
import Testing
@testable import FieldDispatchIO
import FieldDispatchTestSupport

@Suite struct RenderMapTests {
    private static func markers(_ elements: [XMLElements.Element]) -> [XMLElements.Element] {
        elements.filter { $0.classes.contains("order") }
    }

    @Test("draws well-formed SVG with one polyline per route and one marker per order")
    func countsRoutesAndMarkers() throws {
        for (problem, plan) in [try RenderSamples.plane(), try RenderSamples.smallCity()] {
            let elements = try #require(XMLElements.parse(RouteMapSVG(plan: plan, problem: problem).render()))
            #expect(elements.first?.name == "svg")
            #expect(elements.count { $0.name == "polyline" && $0.classes == ["route"] } == plan.routes.count)
            let markers = Self.markers(elements)
            #expect(markers.count == problem.orders.count)
            #expect(markers.count { $0.classes.contains("unassigned") } == plan.unassigned.count)
            #expect(elements.count { $0.classes == ["outlet"] } == problem.outlets.count)
            #expect(elements.count { $0.classes == ["depot"] } == problem.depots.count)
        }
    }

    @Test("gives every route its own colour, the same one the palette names")
    func coloursRoutesApart() throws {
        let (problem, plan) = try RenderSamples.smallCity()
        let elements = try #require(XMLElements.parse(RouteMapSVG(plan: plan, problem: problem).render()))
        let strokes = elements.filter { $0.name == "polyline" }.compactMap { $0["stroke"] }
        #expect(strokes == plan.routes.indices.map(RoutePalette.colour(at:)))
        #expect(Set(strokes).count == plan.routes.count)
    }

    @Test("runs each route from the shift start through its visits and restocks to the end location")
    func tracesRoutes() throws {
        let (problem, plan) = try RenderSamples.plane()
        let elements = try #require(XMLElements.parse(RouteMapSVG(plan: plan, problem: problem).render()))
        let lines = elements.filter { $0.name == "polyline" }.map { ($0["points"] ?? "").split(separator: " ") }
        // Home, A&1, the depot (the break has no place of its own), <B>, home.
        #expect(lines.first?.count == 5)
        #expect(lines.first?.first == lines.first?.last)
        #expect(lines.last?.count == 3)
    }

    @Test("escapes ids with ampersands, angle brackets and quotes, and reads them back intact")
    func escapesIds() throws {
        let (problem, plan) = try RenderSamples.plane()
        let svg = RouteMapSVG(plan: plan, problem: problem).render()
        #expect(!svg.contains("<B>"))
        #expect(svg.contains("&lt;B&gt;") && svg.contains("A&amp;1") && svg.contains("&quot;C&quot;") && svg.contains("D&apos;4"))
        let elements = try #require(XMLElements.parse(svg))
        let tooltips = elements.filter { $0.name == "title" }.map(\.text)
        #expect(tooltips.contains { $0.hasPrefix("A&1 · emergency · T-1 & Sons stop 1") })
        #expect(tooltips.contains { $0.hasPrefix("<B> · urgent") })
        #expect(tooltips.contains { $0.hasPrefix("\"C\" · normal") })
        #expect(tooltips.contains { $0.hasPrefix("D'4 · low · unassigned") })
        #expect(tooltips.contains { $0.hasPrefix("parts depot D<1>") })
    }

    @Test("keeps every marker inside the map frame, left of the legend")
    func staysInFrame() throws {
        let (problem, plan) = try RenderSamples.smallCity()
        let elements = try #require(XMLElements.parse(RouteMapSVG(plan: plan, problem: problem, width: 900, height: 700).render()))
        let circles = Self.markers(elements).filter { $0.name == "circle" }
        #expect(!circles.isEmpty)
        for circle in circles {
            let (x, y) = (try #require(circle.number("cx")), try #require(circle.number("cy")))
            #expect(x >= RouteMapSVG.margin && x <= 900 - RouteMapSVG.legendWidth - RouteMapSVG.margin)
            #expect(y >= RouteMapSVG.titleHeight && y <= 700 - RouteMapSVG.margin)
        }
    }

    @Test("marks priorities by shape and size: emergencies as large triangles, low orders smallest")
    func marksPriorities() throws {
        let (problem, plan) = try RenderSamples.plane()
        let markers = Self.markers(try #require(XMLElements.parse(RouteMapSVG(plan: plan, problem: problem).render())))
        #expect(markers.count { $0.name == "polygon" } == 1)
        let radii = markers.compactMap { $0.number("r") }
        #expect(radii.sorted() == [2.8, 3.5, 3.5, 4.5])
        #expect(markers.filter { $0.classes.contains("unassigned") }.allSatisfy { $0["fill"] == "#ffffff" })
    }

    @Test("puts the scenario name and headline KPIs in the title")
    func titlesWithKPIs() throws {
        let (problem, plan) = try RenderSamples.smallCity()
        let texts = try #require(XMLElements.parse(RouteMapSVG(plan: plan, problem: problem).render())).filter { $0.name == "text" }.map(\.text)
        #expect(texts.contains(problem.name))
        let kpis = PlanKPIs(plan: plan, problem: problem)
        #expect(texts.contains { $0.hasPrefix("\(kpis.assignedOrders)/\(problem.orders.count) orders served · on time ") })
    }

    @Test("lists technicians in the legend and cuts the list short when it does not fit")
    func truncatesLegend() throws {
        var builder = ProblemBuilder()
        for index in 0..<60 {
            builder.addTechnician("T-\(index)", at: .plane(Double(index), 0))
            builder.addOrder("A-\(index)", at: .plane(Double(index), 5))
        }
        let problem = try builder.build()
        let plan = Plan.scheduled((0..<60).map { ("T-\($0)", ["A-\($0)"]) }, in: problem)
        let elements = try #require(XMLElements.parse(RouteMapSVG(plan: plan, problem: problem, width: 1000, height: 700).render()))
        let texts = elements.filter { $0.name == "text" }.map(\.text)
        #expect(texts.contains("Technicians (60 routes)"))
        let listed = texts.filter { $0.hasPrefix("T-") }
        #expect(listed.count > 10 && listed.count < 60)
        #expect(texts.contains("+ \(60 - listed.count) more routes"))
        #expect(elements.count { $0.name == "polyline" } == 60)
    }

    @Test("shows a message instead of a map when locations are matrix indices only")
    func explainsMatrixOnly() throws {
        let (problem, plan) = try RenderSamples.matrixOnly()
        let elements = try #require(XMLElements.parse(RouteMapSVG(plan: plan, problem: problem).render()))
        #expect(elements.contains { $0.classes == ["message"] && $0.text.contains("travel-matrix indices") })
        #expect(!elements.contains { $0.name == "polyline" })
        #expect(Self.markers(elements).isEmpty)
    }

    @Test("renders the same bytes twice")
    func isDeterministic() throws {
        let (problem, plan) = try RenderSamples.smallCity()
        #expect(RouteMapSVG(plan: plan, problem: problem).render() == RouteMapSVG(plan: plan, problem: problem).render())
        let (planeProblem, planePlan) = try RenderSamples.plane()
        #expect(RouteMapSVG(plan: planePlan, problem: planeProblem).render() == RouteMapSVG(plan: planePlan, problem: planeProblem).render())
    }
}
