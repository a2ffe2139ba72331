import Foundation
import Testing
@testable import FieldDispatchIO

@Suite struct VROOMReaderTests {
    /// VROOM's documented example, shortened: two vehicles, three jobs, coordinates only.
    static let example = #"""
    {
      "vehicles": [
        {"id": 1, "start": [2.35044, 48.71764], "end": [2.35044, 48.71764], "capacity": [4], "skills": [1, 14],
         "time_window": [28800, 43200], "breaks": [{"id": 1, "time_windows": [[32400, 34200]], "service": 300}]},
        {"id": 2, "profile": "bike", "start": [2.35044, 48.71764], "capacity": [4], "skills": [2, 14], "max_tasks": 5,
         "costs": {"fixed": 100, "per_hour": 7200}}
      ],
      "jobs": [
        {"id": 1414, "location": [1.98935, 48.701], "service": 300, "setup": 60, "delivery": [1], "skills": [1],
         "time_windows": [[32400, 36000]]},
        {"id": 1515, "location": [2.03655, 48.61128], "service": 300, "pickup": [1], "skills": [1], "priority": 100},
        {"id": 1616, "location": [2.28325, 48.5958], "service": 300, "delivery": [2], "pickup": [1], "skills": [14], "priority": 10}
      ]
    }
    """#

    @Test("reads vehicles as technicians and jobs as orders")
    func readsExample() throws {
        let problem = try VROOMReader().read(Data(Self.example.utf8))
        #expect(problem.technicians.map(\.id) == ["1", "2"])
        let first = problem.technicians[0]
        #expect(first.capacity == 4)
        #expect(first.skills == [SkillLevel("1"), SkillLevel("14")])
        #expect(first.shifts[0].start == 28_800 && first.shifts[0].end == 43_200)
        #expect(first.shifts[0].startLocation == Location(latitude: 48.71764, longitude: 2.35044))
        #expect(first.shifts[0].breaks == [Break(earliestStart: 32_400, latestEnd: 34_500, duration: 300)])
        let second = problem.technicians[1]
        #expect(second.shifts[0].endLocation == nil)
        #expect(second.shifts[0].end == VROOMReader.unboundedEnd)
        #expect(second.travelProfile == "bike" && second.maxOrdersPerShift == 5)
        #expect(second.costs == CostRates(perHour: 7200, perKilometre: 0, fixed: 100))
        #expect(problem.objective.includesCostRates)
        #expect(problem.orders.map(\.id) == ["1414", "1515", "1616"])
        #expect(problem.orders.map(\.serviceDuration) == [360, 300, 300])
        #expect(problem.orders.map(\.priority) == [.normal, .emergency, .urgent])
        #expect(problem.orders.map(\.demand) == [1, 1, 3])
        #expect(problem.orders[0].timeWindows == [TimeWindow(start: 32_400, end: 36_000)])
        #expect(problem.travel is HaversineTravel)
    }

    @Test("reads travel matrices per profile through location indices")
    func readsMatrices() throws {
        let json = #"""
        {"vehicles": [{"id": 7, "start_index": 0, "end_index": 0}],
         "jobs": [{"id": 1, "location_index": 1, "service": 60}, {"id": 2, "location_index": 2, "location": [2.1, 48.7]}],
         "matrices": {"car": {"durations": [[0, 5, 9], [5, 0, 4], [9, 4, 0]], "distances": [[0, 50, 90], [50, 0, 40], [90, 40, 0]]}}}
        """#
        let problem = try VROOMReader().read(Data(json.utf8))
        let matrix = try #require(problem.travel as? TravelMatrix)
        let depot = problem.technicians[0].shifts[0].startLocation
        #expect(matrix.leg(from: depot, to: problem.orders[1].location, profile: .car) == TravelLeg(duration: 9, distance: 90))
        #expect(problem.orders[1].location.longitude == 2.1)
    }

    @Test("reports what the model cannot express, each with its path")
    func reportsUnsupported() {
        let json = #"""
        {"vehicles": [{"id": 1, "capacity": [4, 2], "steps": [], "speed_factor": 1.5,
                       "breaks": [{"id": 1, "time_windows": [[0, 10], [20, 30]]}]}],
         "jobs": [{"id": 3, "location": [2.3], "service": 60, "priority": 101},
                  {"id": 4, "service": 60, "time_windows": [[100, 50]]}],
         "shipments": [{"pickup": {"id": 1}, "delivery": {"id": 2}}]}
        """#
        do {
            _ = try VROOMReader().read(Data(json.utf8))
            Issue.record("read without issues")
        } catch {
            #expect(error.description == """
                vehicles[0] "1".steps: is not supported
                vehicles[0] "1".speed_factor: is not supported (only 1)
                vehicles[0] "1".start: a vehicle without a start is not supported
                vehicles[0] "1".breaks[0] "1".time_windows: breaks with 2 windows are not supported (give exactly one)
                vehicles[0] "1".capacity: only one capacity dimension is supported (found 2)
                jobs[0] "3".location: expected [longitude, latitude], found a list
                jobs[0] "3".priority: must be between 0 and 100 (got 101)
                jobs[1] "4".location: missing
                shipments[0].pickup.location: missing
                shipments[0].delivery.location: missing
                jobs[1] "4".time_windows[0]: end 00:00:50 is before start 00:01:40
                """)
        }
    }

    @Test("reads each shipment as a pick-up and its delivery, sharing skills and priority")
    func readsShipments() throws {
        let json = #"""
        {"vehicles": [{"id": 1, "start": [2.35, 48.71], "capacity": [4], "skills": [2]}],
         "jobs": [{"id": 4, "location": [2.30, 48.80], "service": 60}],
         "shipments": [{"amount": [3], "skills": [2], "priority": 100,
                        "pickup": {"id": 4, "location": [2.41, 49.22], "setup": 30, "service": 300},
                        "delivery": {"id": 3, "location": [2.39, 49.07], "service": 120, "time_windows": [[3600, 7200]]}}]}
        """#
        let problem = try VROOMReader().read(Data(json.utf8))
        #expect(problem.orders.map(\.id) == ["4", "pickup-4", "delivery-3"])
        let pickup = problem.orders[1], delivery = problem.orders[2]
        #expect(pickup.kind == .returnPickup)
        #expect(pickup.demand == 3 && delivery.demand == 0)
        #expect(pickup.serviceDuration == 330 && delivery.serviceDuration == 120)
        #expect(delivery.pickupOrderId == "pickup-4" && pickup.pickupOrderId == nil)
        #expect(pickup.requiredSkills == [SkillRequirement("2")] && delivery.requiredSkills == [SkillRequirement("2")])
        #expect(pickup.priority == .emergency && delivery.priority == .emergency)
        #expect(delivery.timeWindows == [TimeWindow(start: 3600, end: 7200)])
    }

    @Test("names a shipment's step in the model's findings and refuses unknown step keys")
    func shipmentIssues() {
        let json = #"""
        {"vehicles": [{"id": 1, "start": [2.35, 48.71]}],
         "shipments": [{"pickup": {"id": 1, "location": [2.41, 49.22], "sevrice": 5},
                        "delivery": {"id": 2, "location": [2.39, 49.07], "time_windows": [[100, 50]]}},
                       {"amount": [1, 2], "pickup": {"id": 5, "location": [2.41, 49.22]}}]}
        """#
        do {
            _ = try VROOMReader().read(Data(json.utf8))
            Issue.record("read without issues")
        } catch {
            #expect(error.description == """
                shipments[0].pickup.sevrice: unknown key (did you mean "service"?)
                shipments[1].amount: only one capacity dimension is supported (found 2)
                shipments[1].delivery: missing
                shipments[0].delivery.time_windows[0]: end 00:00:50 is before start 00:01:40
                """)
        }
    }

    @Test("names the model's own findings by VROOM keys")
    func namesModelIssuesInVroomTerms() {
        let json = #"""
        {"vehicles": [{"id": 1, "start": [2.3, 48.7], "time_window": [100, 50],
                       "breaks": [{"id": 9, "time_windows": [[60, 70]], "service": -5}]}],
         "jobs": [{"id": 3, "location": [2.3, 95], "service": -60}]}
        """#
        do {
            _ = try VROOMReader().read(Data(json.utf8))
            Issue.record("read without issues")
        } catch {
            #expect(error.description == """
                jobs[0] "3".location: latitude 95.0 is outside -90...90
                jobs[0] "3".service: must not be negative (got -60)
                vehicles[0] "1".time_window: end 00:00:50 is before start 00:01:40
                vehicles[0] "1".breaks[0].duration: must not be negative
                """)
        }
    }
}
