/// Reading changes in the command-line syntax.
extension ScenarioChange {
    /// The syntax of every change with what it does, for help texts.
    public static let syntax: [(form: String, meaning: String)] = [
        ("add-technicians:N[@OUTLET][:like=TECH]", "add N copies of TECH (default: OUTLET's first technician), based at OUTLET"),
        ("add-technician:ID[@OUTLET][:like=TECH]", "add one copy named ID"),
        ("remove-technician:TECH", "take a technician out"),
        ("move-technician:TECH@OUTLET", "re-home a technician (outlet, shift start and end)"),
        ("surge:FACTOR", "scale demand: surge:2 doubles the orders (seeded copies nearby)"),
        ("shift-hours:HH:MM-HH:MM", "set every shift to these local hours, keeping its day"),
        ("windows:DURATION", "make every window DURATION wide (2h, 90m) around its centre"),
        ("windows:half-day", "make every window the half-day block of its centre (08-13 or 13-18)"),
        ("priority:ORDER=LEVEL", "set an order's priority: emergency, urgent, normal or low"),
        ("time-limit:DURATION", "give the variant's search this budget (5s, 500ms, 2m)"),
    ]

    /// Reads a change written as `name:argument`, for example `add-technicians:2@O2:like=T-3`,
    /// `surge:1.5`, `shift-hours:08:00-19:00`, `windows:2h` or `priority:A-1033=emergency`
    /// (see ``syntax``).
    /// - Parameter text: the change as written.
    /// - Throws: ``ScenarioChangeError`` naming the text and saying what was expected.
    /// - Complexity: O(length of the text).
    public init(parsing text: String) throws(ScenarioChangeError) {
        func fail(_ message: String) -> ScenarioChangeError { ScenarioChangeError(change: text, message: message) }
        guard let colon = text.firstIndex(of: ":") else {
            throw fail("expected NAME:ARGUMENT, e.g. surge:2 (known names: \(Self.names.joined(separator: ", ")))")
        }
        let name = String(text[..<colon]).lowercased()
        let argument = String(text[text.index(after: colon)...])
        guard !argument.isEmpty else { throw fail("the argument after \"\(name):\" is missing") }
        switch name {
        case "add-technicians", "add-technician":
            var rest = argument
            var template: String?
            if let like = rest.range(of: ":like=") {
                template = String(rest[like.upperBound...])
                rest = String(rest[..<like.lowerBound])
                guard template?.isEmpty == false else { throw fail("like= needs a technician id") }
            }
            var outlet: String?
            if let at = rest.lastIndex(of: "@") {
                outlet = String(rest[rest.index(after: at)...])
                rest = String(rest[..<at])
                guard outlet?.isEmpty == false else { throw fail("@ needs an outlet id") }
            }
            if name == "add-technician" {
                guard !rest.isEmpty else { throw fail("expected add-technician:ID[@OUTLET][:like=TECH]") }
                self = .addTechnician(id: rest, outletId: outlet, templateId: template)
            } else {
                guard let count = Int(rest), (1...1000).contains(count) else {
                    throw fail("expected a count from 1 to 1000, e.g. add-technicians:2@O2:like=T-3 (got \"\(rest)\")")
                }
                self = .addTechnicians(count: count, outletId: outlet, templateId: template)
            }
        case "remove-technician":
            self = .removeTechnician(id: argument)
        case "move-technician":
            guard let at = argument.lastIndex(of: "@"), at != argument.startIndex, argument.index(after: at) != argument.endIndex else {
                throw fail("expected move-technician:TECH@OUTLET")
            }
            self = .moveTechnician(id: String(argument[..<at]), outletId: String(argument[argument.index(after: at)...]))
        case "surge":
            let digits = argument.hasSuffix("x") ? String(argument.dropLast()) : argument
            guard let factor = Double(digits), factor.isFinite, factor >= 0, factor <= 50 else {
                throw fail("expected a demand factor from 0 to 50, e.g. surge:2 or surge:1.5")
            }
            self = .surge(factor: factor)
        case "shift-hours":
            let parts = argument.split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 2, let start = Self.clock(parsing: parts[0]), let end = Self.clock(parsing: parts[1]) else {
                throw fail("expected shift-hours:HH:MM-HH:MM, e.g. shift-hours:08:00-19:00")
            }
            guard start != end else { throw fail("the shift would last no time") }
            self = .shiftHours(start: start, end: end)
        case "windows":
            if ["half-day", "halfday"].contains(argument.lowercased()) {
                self = .windows(.halfDay)
            } else if let seconds = Self.duration(parsing: argument), seconds >= 60 {
                self = .windows(.width(Int(seconds.rounded())))
            } else {
                throw fail("expected a window width of at least a minute (2h, 90m, 1h30m) or half-day")
            }
        case "priority":
            let parts = argument.split(separator: "=", omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].isEmpty else { throw fail("expected priority:ORDER=LEVEL, e.g. priority:A-1033=emergency") }
            guard let level = Priority(name: parts[1].lowercased()) else {
                throw fail("unknown priority \"\(parts[1])\" (expected emergency, urgent, normal or low)")
            }
            self = .priority(orderId: String(parts[0]), priority: level)
        case "time-limit":
            guard let seconds = Self.duration(parsing: argument), seconds > 0 else {
                throw fail("expected a positive duration, e.g. time-limit:5s")
            }
            self = .timeLimit(seconds: seconds)
        default:
            throw fail("unknown change \"\(name)\" (known: \(Self.names.joined(separator: ", ")))")
        }
    }

    static let names = [
        "add-technicians", "add-technician", "remove-technician", "move-technician", "surge", "shift-hours",
        "windows", "priority", "time-limit",
    ]

    /// `HH:MM` as seconds after midnight (24:00 allowed as the end of a day).
    static func clock(parsing text: Substring) -> Int? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[1].count == 2, let h = Int(parts[0]), let m = Int(parts[1]),
              (0...24).contains(h), (0..<60).contains(m), h * 60 + m <= 24 * 60
        else { return nil }
        return h * 3600 + m * 60
    }

    /// `1h30m`, `90m`, `45s`, `500ms` or plain seconds, as seconds.
    static func duration(parsing text: String) -> Double? {
        let lowered = text.lowercased()
        if let plain = Double(lowered) { return plain >= 0 && plain.isFinite ? plain : nil }
        var total = 0.0, digits = ""
        var rest = Substring(lowered)
        while let character = rest.first {
            if character.isNumber || character == "." {
                digits.append(character)
                rest.removeFirst()
                continue
            }
            guard let value = Double(digits) else { return nil }
            if rest.hasPrefix("ms") {
                total += value / 1000
                rest.removeFirst(2)
            } else {
                switch character {
                case "h": total += value * 3600
                case "m": total += value * 60
                case "s": total += value
                default: return nil
                }
                rest.removeFirst()
            }
            digits = ""
        }
        return digits.isEmpty ? total : nil
    }
}
