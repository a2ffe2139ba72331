/// ISO-8601 durations in whole seconds: `PT45M`, `PT1H30M`, `P1DT2H`, `P2W`.
///
/// Years and months are refused because their length depends on the calendar; a day counts as
/// 86,400 seconds, as on the scenario timeline.
public enum ISO8601Duration {
    /// Parses a duration; `nil` for anything that is not a whole-second ISO-8601 duration.
    /// - Complexity: O(length of the text).
    public static func seconds(parsing text: String) -> Int? {
        var chars = Substring(text)
        guard chars.first == "P", chars.count > 1 else { return nil }
        chars = chars.dropFirst()
        var total = 0
        var inTime = false
        var sawComponent = false
        var lastRank = -1
        // Units in the order ISO-8601 requires; a unit may appear once, larger before smaller.
        let dateUnits: [Character: (rank: Int, seconds: Int)] = ["W": (0, 604_800), "D": (1, 86_400)]
        let timeUnits: [Character: (rank: Int, seconds: Int)] = ["H": (2, 3600), "M": (3, 60), "S": (4, 1)]
        var digits = ""
        for char in chars {
            if char == "T" {
                guard !inTime, digits.isEmpty else { return nil }
                inTime = true
                continue
            }
            if char.isASCII, char.isNumber {
                digits.append(char)
                continue
            }
            guard let unit = (inTime ? timeUnits : dateUnits)[char], let value = Int(digits),
                  unit.rank > lastRank
            else { return nil }
            let (product, overflow) = value.multipliedReportingOverflow(by: unit.seconds)
            guard !overflow else { return nil }
            total += product
            lastRank = unit.rank
            digits = ""
            sawComponent = true
        }
        guard digits.isEmpty, sawComponent, !(inTime && lastRank < 2) else { return nil }
        return total
    }

    /// Writes seconds as the shortest ISO-8601 duration: `PT1H30M`, `P1DT2H`, `PT0S`.
    ///
    /// ISO-8601 has no negative durations; a negative length comes back as its plain integer text.
    public static func format(_ seconds: Int) -> String {
        guard seconds > 0 else { return seconds == 0 ? "PT0S" : String(seconds) }
        let days = seconds / 86_400, h = seconds % 86_400 / 3600, m = seconds % 3600 / 60, s = seconds % 60
        var text = "P"
        if days > 0 { text += "\(days)D" }
        if h > 0 || m > 0 || s > 0 { text += "T" }
        if h > 0 { text += "\(h)H" }
        if m > 0 { text += "\(m)M" }
        if s > 0 { text += "\(s)S" }
        return text
    }
}
