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
        let events: [DispatchEvent] = [.clockAdvanced(to: .hours(9) + 15), .visitOverran(orderId: "A-1", overrun: .extraSeconds(.minutes(20))),
                                       .visitOverran(orderId: "A-2", overrun: .endsAt(.hours(11) + .minutes(40)))]
        let text = log.encode(events)
        #expect(text.contains("T09:00:15+08:00"))
        #expect(text.contains("\"extra\":\"PT20M\""))
        #expect(text.contains("\"end\":\"2026-11-24T11:40:00+08:00\""))
        #expect(try log.decode(text) == events)
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

    @Test("an overrun reads by extra seconds or by new end, and one with both, neither or a bad value is refused by line and field")
    func overruns() throws {
        let log = DispatchEventLog()
        let good = "{\"event\":\"visitOverran\",\"orderId\":\"A\",\"extra\":600}\n{\"event\":\"visitOverran\",\"orderId\":\"B\",\"end\":40000}"
        #expect(try log.decode(good) == [.visitOverran(orderId: "A", overrun: .extraSeconds(600)), .visitOverran(orderId: "B", overrun: .endsAt(40_000))])
        let bad = [
            "{\"event\":\"visitOverran\",\"orderId\":\"A\",\"extra\":600,\"end\":40000}",
            "{\"event\":\"visitOverran\",\"orderId\":\"A\"}",
            "{\"event\":\"visitOverran\",\"orderId\":\"A\",\"end\":\"noon\"}",
            "{\"event\":\"visitOverran\",\"orderId\":\"A\",\"extra\":\"long\"}",
        ].joined(separator: "\n")
        do {
            _ = try log.decode(bad)
            Issue.record("unreadable overruns were accepted")
        } catch {
            let paths = error.issues.map(\.path)
            #expect(paths == ["line 1.end", "line 2.extra", "line 3.end", "line 4.extra"], "\(error.issues)")
            #expect(error.issues.first?.message.contains("not both") == true)
        }
    }
}
