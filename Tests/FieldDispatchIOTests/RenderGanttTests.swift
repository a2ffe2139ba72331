import Foundation
import Testing
@testable import FieldDispatchIO
import FieldDispatchTestSupport

@Suite struct RenderGanttTests {
    static let barClasses: Set<String> = ["shift", "overtime-region", "travel", "waiting", "service", "rest", "restock"]

    private static func elements(_ plan: Plan, _ problem: Problem, width: Int = 1400) throws -> [XMLElements.Element] {
        try #require(XMLElements.parse(GanttChartSVG(plan: plan, problem: problem, width: width).render()))
    }

    @Test("draws well-formed SVG with one row per route, in plan order, 18 pixels each")
    func drawsOneRowPerRoute() throws {
        for (problem, plan) in [try RenderSamples.plane(), try RenderSamples.smallCity()] {
            let elements = try Self.elements(plan, problem)
            let rows = elements.filter { $0.classes == ["row"] }
            #expect(rows.map { $0["data-technician"] ?? "" } == plan.routes.map(\.technicianId))
            #expect(rows.map { $0["data-shift"] ?? "" } == plan.routes.map(\.shiftId))
            let height = try #require(elements.first?.number("height"))
            #expect(height == GanttChartSVG.rowsTop + 18 * Double(plan.routes.count) + GanttChartSVG.legendHeight)
        }
    }

    @Test("keeps every bar inside the time axis and inside its row")
    func keepsBarsInBounds() throws {
        for (problem, plan) in [try RenderSamples.plane(), try RenderSamples.smallCity()] {
            let elements = try Self.elements(plan, problem, width: 900)
            let ticks = elements.filter { $0.classes == ["tick"] }.compactMap { $0.number("x1") }
            let (left, right) = (try #require(ticks.first), try #require(ticks.last))
            #expect(left == GanttChartSVG.labelWidth + 8 && right == 900 - 28)
            let bars = elements.filter { $0.name == "rect" && $0.classes.count == 1 && Self.barClasses.contains($0.classes[0]) }
            #expect(bars.count > 3 * plan.routes.count)
            let bottom = GanttChartSVG.rowsTop + 18 * Double(plan.routes.count)
            for bar in bars {
                let (x, width) = (try #require(bar.number("x")), try #require(bar.number("width")))
                let (y, height) = (try #require(bar.number("y")), try #require(bar.number("height")))
                #expect(x >= left && x + width <= right + 0.6, "\(bar.classes[0]) bar at \(x)+\(width) leaves \(left)…\(right)")
                #expect(y >= GanttChartSVG.rowsTop && y + height <= bottom)
            }
        }
    }

    @Test("draws a service bar per visit, the break, the restock, waiting before a window, and the chosen windows")
    func drawsEveryActivity() throws {
        let (problem, plan) = try RenderSamples.plane()
        let elements = try Self.elements(plan, problem)
        func count(_ role: String) -> Int { elements.count { $0.classes == [role] } }
        #expect(count("service") == plan.assignedOrderIds.count)
        #expect(count("rest") == 1)
        #expect(count("restock") == 1)
        // T-1 waits for the break's 11:00 earliest start; T-2 reaches "C" at 08:15 and waits for its 09:00 window.
        #expect(count("waiting") == 2)
        // A&1 and "C" have windows, <B> has none.
        #expect(count("window") == 2)
        // Every leg that takes time, including both returns home.
        let legs = plan.routes.flatMap { $0.stops.map(\.travelDuration) + [$0.returnTravelDuration] }
        #expect(count("travel") == legs.count { $0 > 0 })
        let emergency = try #require(elements.first { $0.classes == ["service"] && $0.tooltip.hasPrefix("A&1 · emergency") })
        #expect(emergency["fill"] == PriorityStyle.of(.emergency).colour)
    }

    @Test("labels hour ticks with the problem's clock, and the date where a day begins")
    func labelsTicks() throws {
        let (planeProblem, planePlan) = try RenderSamples.plane()
        let texts = try Self.elements(planePlan, planeProblem).filter { $0.name == "text" }.map(\.text)
        #expect(texts.contains("08:00") && texts.contains("12:00") && texts.contains("17:00"))
        let (cityProblem, cityPlan) = try RenderSamples.smallCity()
        let cityTexts = try Self.elements(cityPlan, cityProblem).filter { $0.name == "text" }.map(\.text)
        #expect(cityTexts.contains("2026-11-24"))
        #expect(cityTexts.contains("08:00"))
    }

    @Test("switches to day ticks named by day over a month-long horizon")
    func ticksByDayOverLongHorizons() throws {
        var builder = ProblemBuilder()
        builder.addTechnician("T-1", at: .plane(0, 0), from: 0, to: 30 * 86_400)
        builder.addOrder("A", at: .plane(0, 10), windows: [TimeWindow(start: 20 * 86_400, end: 21 * 86_400)])
        let problem = try builder.build()
        let elements = try Self.elements(Plan.scheduled([("T-1", ["A"])], in: problem), problem)
        let ticks = elements.filter { $0.classes == ["tick"] }
        #expect(ticks.count >= 5 && ticks.count <= 30)
        let texts = elements.filter { $0.name == "text" }.map(\.text)
        #expect(texts.contains("day 0") && texts.contains("day 2") && texts.contains("day 30"))
        #expect(!texts.contains("00:00"))
    }

    @Test("shades overtime past the regular end and marks the overtime worked")
    func marksOvertime() throws {
        var builder = ProblemBuilder()
        builder.addTechnician("T-1", at: .plane(0, 0)) { $0.shifts[0].maxOvertime = .hours(2) }
        builder.addOrder("LONG", at: .plane(0, 10), duration: .hours(9))
        let problem = try builder.build()
        let plan = Plan.scheduled([("T-1", ["LONG"])], in: problem)
        #expect(plan.routes[0].arrivalAtEnd > .hours(17))
        let elements = try Self.elements(plan, problem)
        let region = try #require(elements.first { $0.classes == ["overtime-region"] })
        let worked = try #require(elements.first { $0.classes == ["overtime"] })
        #expect(region.number("x") == worked.number("x1"))
        #expect(try #require(worked.number("x2")) > #require(worked.number("x1")))
        #expect(worked.tooltip.contains("overtime 20m"))
    }

    @Test("renders the same bytes twice")
    func isDeterministic() throws {
        let (problem, plan) = try RenderSamples.smallCity()
        #expect(GanttChartSVG(plan: plan, problem: problem).render() == GanttChartSVG(plan: plan, problem: problem).render())
    }
}
