/// Ties the integer-second timeline to the calendar, so times can be shown as clock times.
public struct TimeReference: Hashable, Sendable {
    /// Unix time (seconds since 1970-01-01T00:00Z) of timeline second 0; `nil` for a bare timeline.
    public var originUnixTime: Int?
    /// Offset from UTC used when showing times, seconds.
    public var utcOffset: Int

    /// Creates a reference.
    public init(originUnixTime: Int? = nil, utcOffset: Int = 0) {
        self.originUnixTime = originUnixTime
        self.utcOffset = utcOffset
    }

    /// A bare timeline: second 0 is midnight of day 0.
    public static let bare = TimeReference()

    /// Shows a timeline second as a clock time: `09:30`, `day 2 14:00`, or a date-time
    /// `2026-11-24 09:30` when the timeline has a calendar origin.
    public func format(_ seconds: Int) -> String {
        if let origin = originUnixTime {
            let local = origin + seconds + utcOffset
            let days = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
            let (y, m, d) = Self.civilDate(daysSinceEpoch: days)
            let clock = Self.clock(local - days * 86_400)
            return Self.fourDigits(y) + "-" + Self.twoDigits(m) + "-" + Self.twoDigits(d) + " " + clock
        }
        let day = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let clock = Self.clock(seconds - day * 86_400)
        return day == 0 ? clock : "day \(day) \(clock)"
    }

    /// Shows a length of time as `1h30m`, `45m` or `20s`.
    public static func formatDuration(_ seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : ""
        let s = abs(seconds)
        let (h, m, r) = (s / 3600, (s % 3600) / 60, s % 60)
        var text = sign
        if h > 0 { text += "\(h)h" }
        if m > 0 { text += "\(m)m" }
        if r > 0 || (h == 0 && m == 0) { text += "\(r)s" }
        return text
    }

    private static func clock(_ secondOfDay: Int) -> String {
        let h = secondOfDay / 3600, m = (secondOfDay % 3600) / 60, s = secondOfDay % 60
        return twoDigits(h) + ":" + twoDigits(m) + (s == 0 ? "" : ":" + twoDigits(s))
    }

    private static func fourDigits(_ value: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    private static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    /// Days since 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's civil-from-days).
    public static func civilDate(daysSinceEpoch: Int) -> (year: Int, month: Int, day: Int) {
        let z = daysSinceEpoch + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}

