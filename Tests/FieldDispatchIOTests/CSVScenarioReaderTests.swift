import FieldDispatchIO
import FieldDispatchTestSupport
import Foundation
import Testing

@Suite struct CSVScenarioReaderTests {
    static let orders = """
        id,lat,lon,kind,product,skills,duration,priority,window_start,window_end,sla,outlet,parts,customer
        A-1001,23.1291,113.2644,repair,air-conditioner,ac.repair:2;gas.certified,90,emergency,08:00,12:00,,GZ-TH,CAP-35UF:2,"Chen, Mei"
        A-1002,23.1100,113.3200,maintenance,washing-machine,wm.repair,45,normal,13:00,17:00,,GZ-HZ,,Wang
        A-1003,23.1400,113.3000,install,air-conditioner,ac.install,PT2H,urgent,2026-11-24T09:00+08:00,2026-11-24 15:00,2026-11-24T16:00+08:00,GZ-TH,,Li

        """
    static let technicians = """
        id,name,outlet,home_lat,home_lon,skills,shift_start,shift_end,break_start,break_end,break_minutes,max_orders,van_stock
        T-LI,Li Wei,GZ-TH,23.1375,113.3290,ac.repair:3;gas.certified;ac.install:2,08:00,17:00,11:30,13:30,45,8,CAP-35UF:2
        T-WU,Wu Fang,GZ-HZ,23.0950,113.3050,wm.repair|ac.repair,08:30,17:30,12:00,14:00,30,6,
        T-LI,,,23.1375,113.3290,,2026-11-25T08:00+08:00,2026-11-25T17:00+08:00,,,,,

        """
    static let day = CSVScenarioReader.planningDay("2026-11-24", utcOffset: "+08:00")

    @Test("reads orders with skills, levels, durations, priorities, windows, SLA and parts")
    func orders() throws {
        let problem = try CSVScenarioReader(date: Self.day).read(orders: Self.orders, technicians: Self.technicians)
        #expect(problem.orders.map(\.id) == ["A-1001", "A-1002", "A-1003"])
        let first = problem.orders[0]
        #expect(first.requiredSkills == [SkillRequirement("ac.repair", minimumLevel: 2), SkillRequirement("gas.certified")])
        #expect(first.serviceDuration == 90 * 60)
        #expect(first.priority == .emergency)
        #expect(first.timeWindows == [TimeWindow(start: 8 * 3600, end: 12 * 3600)])
        #expect(first.requiredParts == [PartQuantity("CAP-35UF", quantity: 2)])
        #expect(first.location.latitude == 23.1291 && first.location.longitude == 113.2644)
        #expect(problem.orders[1].kind == .maintenance)
        let third = problem.orders[2]
        #expect(third.serviceDuration == 7200)
        #expect(third.timeWindows == [TimeWindow(start: 9 * 3600, end: 15 * 3600)])
        #expect(third.slaDeadline == 16 * 3600)
        #expect(problem.timeReference == TimeReference(originUnixTime: Self.day!.unixTime, utcOffset: 8 * 3600))
    }

    @Test("reads technicians, and further rows with the same id as further shifts")
    func technicians() throws {
        let problem = try CSVScenarioReader(date: Self.day).read(orders: Self.orders, technicians: Self.technicians)
        #expect(problem.technicians.map(\.id) == ["T-LI", "T-WU"])
        let li = problem.technicians[0]
        #expect(li.shifts.map(\.id) == ["2026-11-24", "2026-11-25"])
        #expect(li.shifts[1].start == 86_400 + 8 * 3600)
        #expect(li.shifts[0].breaks == [Break(earliestStart: 11 * 3600 + 1800, latestEnd: 13 * 3600 + 1800, duration: 45 * 60)])
        #expect(li.level(in: "ac.install") == 2)
        #expect(li.maxOrdersPerShift == 8)
        #expect(li.vanStock == [PartQuantity("CAP-35UF", quantity: 2)])
        #expect(problem.technicians[1].skills == [SkillLevel("wm.repair"), SkillLevel("ac.repair")])
        #expect(problem.outlets.map(\.id) == ["GZ-TH", "GZ-HZ"])
    }

    @Test("takes the planning day from the first full date-time when no date is given")
    func dayFromData() throws {
        let problem = try CSVScenarioReader().read(orders: Self.orders, technicians: Self.technicians)
        #expect(problem.timeReference.originUnixTime == Self.day?.unixTime)
        #expect(problem.orders[0].timeWindows.first?.start == 8 * 3600)
    }

    @Test("places technicians without a home at their outlet from outlets.csv")
    func outletHomes() throws {
        let staff = "id,outlet,shift_start,shift_end\nT-1,GZ-TH,08:00,17:00\n"
        let outlets = "id,name,lat,lon\nGZ-TH,Tianhe,23.1375,113.3290\n"
        let orders = "id,lat,lon,duration\nA-1,23.13,113.32,30\n"
        let problem = try CSVScenarioReader().read(orders: orders, technicians: staff, outlets: outlets)
        #expect(problem.technicians[0].shifts[0].startLocation == Location(latitude: 23.1375, longitude: 113.3290))
        #expect(problem.outlets.first?.name == "Tianhe")
        #expect(problem.timeReference == .bare)
    }

    @Test("reports every malformed cell with its file, row and column")
    func malformed() throws {
        let orders = """
            id,lat,lon,skills,duration,priority,window_start,window_end
            A-1,23.1,113.2,ac.repair:x,45,normal,12:00,09:00
            A-2,abc,113.2,,soon,critical,08:00,
            A-1,23.1,113.2,,30,,,
            """
        let staff = "id,skills,shift_start,shift_end\nT-1,ac.repair,17:00,08:00\n"
        let error = #expect(throws: ScenarioError.self) {
            try CSVScenarioReader().read(orders: orders, technicians: staff)
        }
        let lines = error?.issues.map(\.description) ?? []
        for expected in [
            #"orders.csv row 2, column "skills": skill "ac.repair" needs a whole number of at least 1 after the colon (got "x")"#,
            #"orders.csv row 2, column "window_end": 09:00 is before window_start 12:00"#,
            #"orders.csv row 3, column "lat": abc is not a number"#,
            #"orders.csv row 3, column "duration": soon is not a duration (minutes like 45, 1:30, 1h30m or PT1H30M)"#,
            #"orders.csv row 3, column "priority": critical is not emergency, urgent, normal or low"#,
            #"orders.csv row 3, column "window_end": is empty but window_start is 08:00"#,
            #"orders.csv row 4, column "id": A-1 is already used by row 2"#,
            #"technicians.csv row 2, column "shift_end": 08:00 is not after shift_start 17:00"#,
            #"technicians.csv row 2, column "home_lat": is empty; give home_lat and home_lon, or an outlet listed in outlets.csv"#,
        ] {
            #expect(lines.contains(expected), "missing: \(expected)\nall: \(lines)")
        }
        #expect(lines.count == 9)
    }

    @Test("names missing required columns in the header row")
    func missingColumns() throws {
        let error = #expect(throws: ScenarioError.self) {
            try CSVScenarioReader().read(orders: "id,lat\nA-1,23\n", technicians: "id,shift_start\nT-1,08:00\n")
        }
        let lines = error?.issues.map(\.description) ?? []
        #expect(lines.contains(#"orders.csv row 1: column "lon" is missing"#))
        #expect(lines.contains(#"orders.csv row 1: column "duration" is missing"#))
        #expect(lines.contains(#"technicians.csv row 1: column "shift_end" is missing"#))
    }

    @Test("names the CSV row of a model rule broken across records")
    func modelIssueRow() throws {
        let orders = "id,lat,lon,duration,required_technicians\nA-1,23.1,113.2,30,\nA-2,23.1,113.2,30,T-NOBODY\n"
        let error = #expect(throws: ScenarioError.self) {
            try CSVScenarioReader().read(orders: orders, technicians: "id,home_lat,home_lon,shift_start,shift_end\nT-1,23,113,08:00,17:00\n")
        }
        #expect(error?.issues.map(\.description) == [#"orders.csv row 3 "A-2".requiredTechnicians[0]: unknown technician "T-NOBODY""#])
    }

    @Test("reads a pick-up and its delivery from the pickup_order column, and names an unknown pick-up by row")
    func pairs() throws {
        let staff = "id,home_lat,home_lon,shift_start,shift_end\nT-1,23,113,08:00,17:00\n"
        let orders = "id,lat,lon,duration,demand,pickup_order\nR-1,23.1,113.2,30,1,\nR-2,23.2,113.2,20,,R-1\nR-3,23.2,113.3,20,,R-9\n"
        let error = #expect(throws: ScenarioError.self) { try CSVScenarioReader().read(orders: orders, technicians: staff) }
        #expect(error?.issues.map(\.description) == [#"orders.csv row 4 "R-3".pickupOrderId: unknown order "R-9""#])
        let valid = try CSVScenarioReader().read(orders: String(orders.split(separator: "\n").dropLast().joined(separator: "\n")), technicians: staff)
        #expect(valid.orders.map(\.pickupOrderId) == [nil, "R-1"])
        #expect(valid.orders.map(\.demand) == [1, 0])
    }

    @Test("reads semicolon-separated files and quoted cells with commas, quotes and line breaks")
    func quoting() throws {
        let table = try CSVTable(parsing: "id;note\r\nA-1;\"said \"\"hi\"\", then\nleft\"\r\n\r\nA-2;plain\r\n", name: "orders.csv")
        #expect(table.columns == ["id", "note"])
        #expect(table.rows.map(\.cells) == [["A-1", "said \"hi\", then\nleft"], ["A-2", "plain"]])
        #expect(table.rows.map(\.number) == [2, 5])
        #expect(throws: ScenarioError.self) { try CSVTable(parsing: "id,note\nA-1,\"open\n", name: "orders.csv") }
    }

    @Test("reads a folder holding orders.csv and technicians.csv")
    func folder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("csv-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(Self.orders.utf8).write(to: folder.appendingPathComponent("orders.csv"))
        try Data(Self.technicians.utf8).write(to: folder.appendingPathComponent("technicians.csv"))
        let problem = try CSVScenarioReader().read(folder: folder)
        #expect(problem.orders.count == 3)
        #expect(problem.name == folder.lastPathComponent)
    }
}
