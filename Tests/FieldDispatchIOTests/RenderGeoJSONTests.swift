import Foundation
import Testing
@testable import FieldDispatchIO
import FieldDispatchTestSupport

@Suite struct RenderGeoJSONTests {
    private static func collection(_ plan: Plan, _ problem: Problem) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: PlanGeoJSON(plan: plan, problem: problem).encode())
        return try #require(object as? [String: Any])
    }

    private static func features(_ collection: [String: Any]) throws -> [(geometry: [String: Any]?, properties: [String: Any])] {
        let list = try #require(collection["features"] as? [[String: Any]])
        return try list.map { feature in
            #expect(feature["type"] as? String == "Feature")
            return (feature["geometry"] as? [String: Any], try #require(feature["properties"] as? [String: Any]))
        }
    }

    @Test("writes a FeatureCollection with a LineString per route and a Point per served and unassigned order")
    func countsFeatures() throws {
        for (problem, plan) in [try RenderSamples.plane(), try RenderSamples.smallCity()] {
            let collection = try Self.collection(plan, problem)
            #expect(collection["type"] as? String == "FeatureCollection")
            let features = try Self.features(collection)
            #expect(features.count == plan.routes.count + problem.orders.count)
            #expect(features.count { $0.geometry?["type"] as? String == "LineString" } == plan.routes.count)
            #expect(features.count { $0.geometry?["type"] as? String == "Point" } == problem.orders.count)
            #expect(features.count { $0.properties["technicianId"] as? String == "unassigned" } == plan.unassigned.count)
        }
    }

    @Test("puts longitude before latitude, as RFC 7946 requires")
    func ordersLongitudeFirst() throws {
        let (problem, plan) = try RenderSamples.smallCity()
        let collection = try Self.collection(plan, problem)
        #expect(collection["coordinates"] as? String == "longitude-latitude")
        for (geometry, properties) in try Self.features(collection) where geometry?["type"] as? String == "Point" {
            let id = try #require(properties["orderId"] as? String)
            let order = try #require(problem.order(withId: id))
            let position = try #require(geometry?["coordinates"] as? [Double])
            #expect(position.count == 2)
            #expect(abs(position[0] - order.location.longitude) < 1e-6 && abs(position[1] - order.location.latitude) < 1e-6)
            // Guangzhou: a longitude of 113° could never be a latitude.
            #expect(position[0] > 100)
        }
    }

    @Test("gives routes their technician, shift, orders, travel, distance and the map's colour")
    func describesRoutes() throws {
        let (problem, plan) = try RenderSamples.smallCity()
        let routes = try Self.features(try Self.collection(plan, problem)).filter { $0.properties["kind"] as? String == "route" }
        #expect(routes.count == plan.routes.count)
        for (index, (geometry, properties)) in routes.enumerated() {
            let route = plan.routes[index]
            #expect(properties["technicianId"] as? String == route.technicianId)
            #expect(properties["shiftId"] as? String == route.shiftId)
            #expect(properties["orders"] as? [String] == route.orderIds)
            #expect(properties["travelSeconds"] as? Int == route.travelDuration)
            #expect(properties["distanceMetres"] as? Int == route.travelDistance)
            #expect(properties["colour"] as? String == RoutePalette.colour(at: index))
            let line = try #require(geometry?["coordinates"] as? [[Double]])
            #expect(line.count >= 2)
        }
    }

    @Test("writes times as ISO date-times when the problem has a time origin, seconds otherwise")
    func writesTimes() throws {
        let (cityProblem, cityPlan) = try RenderSamples.smallCity()
        let served = try Self.features(try Self.collection(cityPlan, cityProblem)).filter { $0.properties["sequence"] != nil }
        #expect(!served.isEmpty)
        for (_, properties) in served {
            let start = try #require(properties["start"] as? String)
            #expect(start.hasPrefix("2026-11-2") && start.hasSuffix("+08:00"))
            #expect(ISO8601DateTime(parsing: start) != nil)
        }
        let (problem, plan) = try RenderSamples.plane()
        let first = try #require(try Self.features(try Self.collection(plan, problem)).first { $0.properties["orderId"] as? String == "A&1" })
        #expect(first.properties["start"] as? Int == plan.routes[0].stops[0].start)
        #expect(first.properties["sequence"] as? Int == 1)
        #expect(first.properties["priority"] as? String == "emergency")
    }

    @Test("writes plane coordinates as x, y and says so; matrix-only scenarios get null geometries")
    func notesCoordinateKinds() throws {
        let (problem, plan) = try RenderSamples.plane()
        let plane = try Self.collection(plan, problem)
        #expect(plane["coordinates"] as? String == "plane-x-y")
        #expect((plane["note"] as? String)?.contains("[x, y]") == true)
        let point = try #require(try Self.features(plane).first { $0.properties["orderId"] as? String == "<B>" })
        #expect(point.geometry?["coordinates"] as? [Double] == [20, 10])
        let (matrixProblem, matrixPlan) = try RenderSamples.matrixOnly()
        let matrix = try Self.collection(matrixPlan, matrixProblem)
        #expect(matrix["coordinates"] as? String == "none")
        let features = try Self.features(matrix)
        #expect(features.count == 1 + 3)
        #expect(features.allSatisfy { $0.geometry == nil })
    }

    @Test("encodes the same bytes twice")
    func isDeterministic() throws {
        let (problem, plan) = try RenderSamples.smallCity()
        #expect(PlanGeoJSON(plan: plan, problem: problem).encode() == PlanGeoJSON(plan: plan, problem: problem).encode())
    }
}
