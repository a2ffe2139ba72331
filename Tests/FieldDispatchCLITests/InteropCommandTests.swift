import Foundation
import Testing

@Suite struct InteropCommandTests {
    static let examples = "/work/shared/benchmarks/vroom-examples"

    static let orders = """
        id,lat,lon,kind,product,skills,duration,priority,window_start,window_end,outlet,customer
        A-1001,23.1291,113.2644,repair,air-conditioner,ac.repair:2;gas.certified,90,emergency,08:00,12:00,GZ-TH,"Chen, Mei"
        A-1002,23.1100,113.3200,maintenance,washing-machine,wm.repair,45,normal,13:00,17:00,GZ-HZ,Wang
        A-1003,23.1400,113.3000,install,air-conditioner,ac.install,PT2H,urgent,09:00,15:00,GZ-TH,Li
        A-1004,23.0900,113.2900,repair,refrigerator,,1h,low,,,,Zhou

        """
    static let technicians = """
        id,name,outlet,home_lat,home_lon,skills,shift_start,shift_end,break_start,break_end,break_minutes,max_orders
        T-LI,Li Wei,GZ-TH,23.1375,113.3290,ac.repair:3;gas.certified;ac.install:2,08:00,17:00,11:30,13:30,45,8
        T-WU,Wu Fang,GZ-HZ,23.0950,113.3050,wm.repair;ac.repair,08:30,17:30,12:00,14:00,30,6

        """

    static func csvFolder() throws -> String {
        let folder = try CLIRunner.temporaryFolder("csv")
        try CLIRunner.write(orders, to: folder + "/orders.csv")
        try CLIRunner.write(technicians, to: folder + "/technicians.csv")
        return folder
    }

    @Test("solves CSV spreadsheets, writes plan.csv with a row per stop, and the plan validates")
    func csvRoundTrip() throws {
        let folder = try Self.csvFolder()
        let outcome = try CLIRunner.run([
            "solve", "--orders", folder + "/orders.csv", "--technicians", folder + "/technicians.csv", "--date", "2026-11-24",
            "--utc-offset", "+08:00", "--time-limit", "0.3s", "--threads", "1", "-o", folder + "/plan.json", "--plan-csv", folder + "/plan.csv",
        ])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.contains("Served       4 of 4"))
        let plan = try #require(try CLIRunner.jsonObject(at: folder + "/plan.json"))
        let stops = (plan["routes"] as? [[String: Any]] ?? []).flatMap { $0["stops"] as? [[String: Any]] ?? [] }
        let csv = try String(contentsOfFile: folder + "/plan.csv", encoding: .utf8)
        let rows = csv.split(separator: "\r\n").map(String.init)
        #expect(rows.first == "technician,shift,sequence,kind,id,priority,arrival,start,end,waiting_min,travel_min,travel_km,late_min,reason")
        #expect(rows.count - 1 == stops.count + (plan["unassigned"] as? [Any] ?? []).count)
        #expect(rows.contains { $0.hasPrefix("T-LI,2026-11-24,") && $0.contains(",order,A-1001,emergency,2026-11-24 ") })
        // The folder form reads the same files; the plan written from the CSV input validates against them.
        let validated = try CLIRunner.run(["validate", folder, folder + "/plan.json", "--date", "2026-11-24", "--utc-offset", "+08:00"])
        #expect(validated.status == 0, "\(validated.stdout)\(validated.stderr)")
    }

    @Test("whatif reads a CSV folder and compares per outlet")
    func csvWhatIf() throws {
        let folder = try Self.csvFolder()
        let outcome = try CLIRunner.run(["whatif", folder, "--date", "2026-11-24", "--change", "move-technician:T-WU@GZ-TH",
                                         "--time-limit", "0.2s", "--threads", "1"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.contains("Outlet GZ-HZ orders"))
        #expect(outcome.stdout.contains("Outlet GZ-TH orders"))
    }

    @Test("prints plan.csv on standard output with --format csv")
    func csvFormat() throws {
        let folder = try Self.csvFolder()
        let outcome = try CLIRunner.run(["solve", folder, "--format", "csv", "--time-limit", "0.2s", "--threads", "1"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.hasPrefix("technician,shift,sequence,kind,id,"))
    }

    @Test("rejects malformed CSV with exit 65, naming every bad cell by row and column")
    func csvMalformed() throws {
        let folder = try CLIRunner.temporaryFolder("bad-csv")
        try CLIRunner.write("id,lat,lon,duration,window_start,window_end\nA-1,23.1,113.2,45,12:00,09:00\nA-2,x,113.2,30,,\n",
                            to: folder + "/orders.csv")
        try CLIRunner.write("id,home_lat,home_lon,shift_start,shift_end\nT-1,23.1,113.2,08:00,17:00\n", to: folder + "/technicians.csv")
        let outcome = try CLIRunner.run(["solve", folder, "--date", "2026-11-24"])
        #expect(outcome.status == 65)
        #expect(outcome.stderr.contains(#"orders.csv row 2, column "window_end": 09:00 is before window_start 12:00"#), "\(outcome.stderr)")
        #expect(outcome.stderr.contains(#"orders.csv row 3, column "lat": x is not a number"#), "\(outcome.stderr)")
    }

    @Test("CSV options that do not fit together are usage errors", arguments: [
        ["solve", "--orders", "o.csv"],
        ["solve", "--orders", "o.csv", "--technicians", "t.csv", "--date", "24.11.2026"],
        ["solve"],
    ])
    func csvUsage(arguments: [String]) throws {
        #expect(try CLIRunner.run(arguments).status == 64)
    }

    @Test("VROOM's matrix example solves to VROOM output with integer ids and validates")
    func vroomMatrixExample() throws {
        let input = Self.examples + "/example_2.json"
        let folder = try CLIRunner.temporaryFolder("vroom")
        let outcome = try CLIRunner.run(["solve", input, "--format", "vroom", "--time-limit", "0.2s", "--threads", "1", "-o", folder + "/out.json"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.isEmpty)
        let json = try #require(try CLIRunner.jsonObject(at: folder + "/out.json"))
        #expect(json["code"] as? Int == 0)
        let summary = try #require(json["summary"] as? [String: Any])
        for key in ["cost", "routes", "unassigned", "service", "duration", "waiting_time", "distance"] {
            #expect(summary[key] is Int, "summary lacks \(key)")
        }
        #expect(summary["unassigned"] as? Int == 0)
        let steps = try #require((json["routes"] as? [[String: Any]])?.first?["steps"] as? [[String: Any]])
        #expect(steps.first?["type"] as? String == "start" && steps.last?["type"] as? String == "end")
        #expect(Set(steps.compactMap { $0["id"] as? Int }) == [1414, 1515])
        #expect(steps.last?["location_index"] as? Int == 3)
        try Self.expectSolvesAndValidates(input)
    }

    @Test("VROOM's coordinates example as published solves with breaks, skills and windows; its shipment is left out whole")
    func vroomCoordinatesExample() throws {
        let input = Self.examples + "/example_1.json"
        let outcome = try CLIRunner.run(["solve", input, "--format", "vroom", "--time-limit", "0.2s", "--threads", "1"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let output = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        let routes = try #require(output["routes"] as? [[String: Any]])
        let steps = routes.flatMap { $0["steps"] as? [[String: Any]] ?? [] }
        #expect(steps.contains { $0["type"] as? String == "break" })
        #expect(steps.contains { ($0["location"] as? [Double])?.count == 2 })
        let served = steps.filter { ["job", "pickup", "delivery"].contains($0["type"] as? String ?? "") }.count
        let unassigned = output["unassigned"] as? [[String: Any]] ?? []
        #expect(served + unassigned.count == 6)
        // At great-circle distances and 30 km/h the shipment's 114 km round trip outlasts
        // vehicle 2's four hours, so both of its steps stay unassigned, each with its type.
        let shipment = unassigned.filter { ["pickup", "delivery"].contains($0["type"] as? String ?? "") }
        #expect(shipment.map { $0["id"] as? Int } == [4, 3])
        try Self.expectSolvesAndValidates(input)
    }

    @Test("VROOM's shipment is served pick-up first once its vehicle has the time, and written back with VROOM's ids")
    func vroomShipmentServed() throws {
        var json = try #require(try CLIRunner.jsonObject(at: Self.examples + "/example_1.json"))
        var vehicles = try #require(json["vehicles"] as? [[String: Any]])
        vehicles[1]["time_window"] = [28_800, 72_000]
        json["vehicles"] = vehicles
        let input = CLIRunner.temporaryFile("example_1-long-day.json")
        try JSONSerialization.data(withJSONObject: json).write(to: URL(fileURLWithPath: input))
        let outcome = try CLIRunner.run(["solve", input, "--format", "vroom", "--time-limit", "0.2s", "--threads", "1"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let output = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        let routes = try #require(output["routes"] as? [[String: Any]])
        let route = try #require(routes.first { $0["vehicle"] as? Int == 2 })
        let steps = (route["steps"] as? [[String: Any]] ?? []).map { ($0["type"] as? String ?? "", $0["id"] as? Int) }
        let pickup = try #require(steps.firstIndex { $0 == ("pickup", 4) })
        let delivery = try #require(steps.firstIndex { $0 == ("delivery", 3) })
        #expect(pickup < delivery)
        try Self.expectSolvesAndValidates(input)
    }

    static func expectSolvesAndValidates(_ input: String) throws {
        let plan = CLIRunner.temporaryFile("plan.json")
        let solved = try CLIRunner.run(["solve", input, "--time-limit", "0.2s", "--threads", "1", "--quiet", "-o", plan])
        #expect(solved.status == 0, "\(solved.stderr)")
        let validated = try CLIRunner.run(["validate", input, plan])
        #expect(validated.status == 0, "\(validated.stdout)\(validated.stderr)")
        #expect(validated.stdout.hasPrefix("valid:"))
    }
}
