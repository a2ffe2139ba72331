import Testing
import FieldDispatch
import FieldDispatchTestSupport

@Suite struct DispatchEventLogTests {
    @Test("a generated day written as JSON lines reads back as the same events")
    func roundTrip() throws {
        let (problem, plan, events) = try DispatchPropertyTests.day(seed: 12)
        let log = DispatchEventLog(for: problem)
        let text = log.encode(events + [.technicianAvailable(technicianId: "T1", from: .hours(15)),
                                        .visitStarted(orderId: "O1", at: .hours(9)), .visitCompleted(orderId: "O1", at: .hours(10))])
        #expect(text.split(separator: "\n").count == events.count + 3)
        #expect(try log.decode(text) == events + [.technicianAvailable(technicianId: "T1", from: .hours(15)),
                                                   .visitStarted(orderId: "O1", at: .hours(9)), .visitCompleted(orderId: "O1", at: .hours(10))])
        _ = plan
    }

    @Test("date-times round trip through a time reference with an origin")
    func dateTimes() throws {
        let log = DispatchEventLog(timeReference: TimeReference(originUnixTime: 1_795_449_600, utcOffset: 8 * 3600))
        let text = log.encode([.clockAdvanced(to: .hours(9) + 15), .visitOverran(orderId: "A-1", extraSeconds: .minutes(20))])
        #expect(text.contains("T09:00:15+08:00"))
        #expect(try log.decode(text) == [.clockAdvanced(to: .hours(9) + 15), .visitOverran(orderId: "A-1", extraSeconds: .minutes(20))])
    }

    @Test("an extra shift round trips, and its wrong fields are named under the event's line")
    func shifts() throws {
        let log = DispatchEventLog()
        let shift = Shift(id: "evening", start: .hours(17), end: .hours(21), maxOvertime: 600, startLocation: .plane(1, 2), endLocation: nil,
                          breaks: [Break(earliestStart: .hours(19), latestEnd: .hours(20), duration: 900)])
        let events: [DispatchEvent] = [.shiftAdded(technicianId: "T-1", shift: shift)]
        #expect(try log.decode(log.encode(events)) == events)
        let bad = "{\"event\":\"shiftAdded\",\"technicianId\":\"T-1\",\"shift\":{\"id\":\"x\",\"start\":\"soon\",\"end\":60,\"startLocation\":{\"x\":0,\"y\":0}}}"
        do {
            _ = try log.decode(bad)
            Issue.record("a shift with an unreadable start was accepted")
        } catch {
            #expect(error.issues.map(\.path).contains { $0.hasPrefix("line 1.shift") && $0.hasSuffix("start") }, "\(error.issues)")
        }
    }

    @Test("unreadable lines are refused with the line and field named")
    func errors() {
        let log = DispatchEventLog()
        let text = "{\"event\":\"clockAdvanced\",\"to\":60}\n{\"event\":\"teleported\"}\n\n{\"event\":\"orderCancelled\"}\n{oops"
        #expect(throws: ScenarioError.self) { try log.decode(text) }
        do {
            _ = try log.decode(text)
        } catch {
            let paths = error.issues.map(\.path)
            #expect(paths.contains("line 2.event"))
            #expect(paths.contains("line 4.orderId"))
            #expect(paths.contains("line 5"))
        }
    }
}
