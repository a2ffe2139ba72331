import Testing
@testable import FieldDispatchIO

@Suite struct ISO8601Tests {
    @Test("parses date-times with offsets, Z and compact offsets to the same instant",
          arguments: ["2026-11-24T09:30:00+08:00", "2026-11-24T01:30:00Z", "2026-11-24T09:30+0800", "2026-11-23T20:30:00-05:00"])
    func parsesInstants(_ text: String) throws {
        let moment = try #require(ISO8601DateTime(parsing: text))
        #expect(moment.unixTime == 1_795_483_800)
    }

    @Test("refuses date-times that are malformed, impossible or without an offset",
          arguments: ["2026-11-24T09:30:00", "2026-02-29T09:00:00Z", "2026-13-01T00:00:00Z", "2026-11-24 09:30:00Z",
                      "2026-11-24T25:00:00Z", "2026-11-24T09:60:00Z", "24/11/2026", "", "2026-11-24T09:30:00+08:00x"])
    func refusesDateTimes(_ text: String) {
        #expect(ISO8601DateTime(parsing: text) == nil)
    }

    @Test("accepts 29 February in a leap year and writes date-times back in their offset")
    func leapYearAndText() throws {
        let leap = try #require(ISO8601DateTime(parsing: "2028-02-29T23:59:59-03:30"))
        #expect(leap.description == "2028-02-29T23:59:59-03:30")
        #expect(ISO8601DateTime(unixTime: 0, utcOffset: 0).description == "1970-01-01T00:00:00Z")
        #expect(leap.startOfDay.description == "2028-02-29T00:00:00-03:30")
    }

    @Test("parses durations in weeks, days, hours, minutes and seconds",
          arguments: [("PT45M", 2700), ("PT1H30M", 5400), ("P1DT2H", 93_600), ("PT0S", 0), ("P2W", 1_209_600), ("PT90S", 90), ("P1D", 86_400)])
    func parsesDurations(_ text: String, _ seconds: Int) {
        #expect(ISO8601Duration.seconds(parsing: text) == seconds)
    }

    @Test("refuses durations that are malformed or calendar-dependent",
          arguments: ["PT1H30", "P1M", "P1Y", "PT", "P", "1H", "PT1.5H", "PT30M1H", "P1DT", "-PT1H", "PT1HT2M"])
    func refusesDurations(_ text: String) {
        #expect(ISO8601Duration.seconds(parsing: text) == nil)
    }

    @Test("writes the shortest duration that reads back the same", arguments: [0, 59, 60, 3600, 5400, 86_400, 93_784])
    func formatsDurations(_ seconds: Int) {
        #expect(ISO8601Duration.seconds(parsing: ISO8601Duration.format(seconds)) == seconds)
    }
}
