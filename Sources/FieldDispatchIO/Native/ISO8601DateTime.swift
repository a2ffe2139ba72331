/// An ISO-8601 date-time with a UTC offset, such as `2026-11-24T09:30:00+08:00`.
///
/// Parsed by hand rather than with Foundation's formatters: the offset must be kept (it becomes
/// the scenario's display offset), and the same text must give the same second on every platform.
public struct ISO8601DateTime: Hashable, Sendable, CustomStringConvertible {
    /// Seconds since 1970-01-01T00:00Z.
    public var unixTime: Int
    /// The offset from UTC the time was written in, seconds.
    public var utcOffset: Int

    /// Creates a date-time from Unix seconds and the offset to show it in.
    public init(unixTime: Int, utcOffset: Int) {
        self.unixTime = unixTime
        self.utcOffset = utcOffset
    }

    /// Parses `YYYY-MM-DDTHH:MM[:SS](Z|±HH:MM|±HHMM)`; `nil` if the text is anything else or names
    /// an impossible date. An offset is required: a bare local time does not say which instant it is.
    /// - Complexity: O(length of the text).
    public init?(parsing text: String) {
        let c = Array(text.utf8)
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= c.count else { return nil }
            var value = 0
            for i in range {
                guard (48...57).contains(c[i]) else { return nil }
                value = value * 10 + Int(c[i] - 48)
            }
            return value
        }
        guard c.count >= 17, c[4] == UInt8(ascii: "-"), c[7] == UInt8(ascii: "-"), c[10] == UInt8(ascii: "T"),
              c[13] == UInt8(ascii: ":"),
              let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
              let hour = number(11..<13), let minute = number(14..<16)
        else { return nil }
        var i = 16
        var second = 0
        if c[i] == UInt8(ascii: ":") {
            guard let s = number(17..<19) else { return nil }
            second = s
            i = 19
        }
        guard i < c.count else { return nil }
        var offset = 0
        if c[i] == UInt8(ascii: "Z") {
            guard i + 1 == c.count else { return nil }
        } else if c[i] == UInt8(ascii: "+") || c[i] == UInt8(ascii: "-") {
            let sign = c[i] == UInt8(ascii: "+") ? 1 : -1
            guard let oh = number(i + 1..<i + 3) else { return nil }
            var om = 0
            if i + 3 == c.count {
                om = 0
            } else if c[i + 3] == UInt8(ascii: ":"), i + 6 == c.count, let m = number(i + 4..<i + 6) {
                om = m
            } else if i + 5 == c.count, let m = number(i + 3..<i + 5) {
                om = m
            } else {
                return nil
            }
            guard oh <= 18, om < 60 else { return nil }
            offset = sign * (oh * 3600 + om * 60)
        } else {
            return nil
        }
        guard (1...12).contains(month), day >= 1, day <= Self.daysIn(month: month, year: year),
              hour <= 24, minute < 60, second < 60, hour < 24 || (minute == 0 && second == 0)
        else { return nil }
        let days = Self.daysSinceEpoch(year: year, month: month, day: day)
        unixTime = days * 86_400 + hour * 3600 + minute * 60 + second - offset
        utcOffset = offset
    }

    /// Midnight of this date-time's calendar day, in its own offset.
    public var startOfDay: ISO8601DateTime {
        let local = unixTime + utcOffset
        let day = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        return ISO8601DateTime(unixTime: day * 86_400 - utcOffset, utcOffset: utcOffset)
    }

    /// The text form, `2026-11-24T09:30:00+08:00` (`Z` for UTC).
    public var description: String {
        let local = unixTime + utcOffset
        let days = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        let (y, m, d) = TimeReference.civilDate(daysSinceEpoch: days)
        let s = local - days * 86_400
        var text = Self.pad(y, 4) + "-" + Self.pad(m, 2) + "-" + Self.pad(d, 2)
        text += "T" + Self.pad(s / 3600, 2) + ":" + Self.pad(s % 3600 / 60, 2) + ":" + Self.pad(s % 60, 2)
        if utcOffset == 0 { return text + "Z" }
        let a = abs(utcOffset)
        return text + (utcOffset < 0 ? "-" : "+") + Self.pad(a / 3600, 2) + ":" + Self.pad(a % 3600 / 60, 2)
    }

    /// The text form of an offset, `+08:00`.
    public static func formatOffset(_ offset: Int) -> String {
        let a = abs(offset)
        return (offset < 0 ? "-" : "+") + pad(a / 3600, 2) + ":" + pad(a % 3600 / 60, 2)
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Proleptic Gregorian date to days since 1970-01-01 (Howard Hinnant's days-from-civil).
    static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}
