/// Technicians of one outlet who share a skill set and tools: the unit of capacity in surge triage.
///
/// Aggregating technicians this way keeps the triage model small (a few dozen groups instead of
/// hundreds of technicians) while keeping skills and levels exact.
struct TechnicianGroup: Sendable {
    /// Outlet id, or the empty string for technicians without an outlet.
    var outlet: String
    /// Skills held by every member, sorted by name.
    var skills: [SkillLevel]
    /// Tools carried by every member, sorted.
    var tools: [String]
    /// Indices into the problem's technicians, ascending.
    var members: [Int] = []
    /// Technician-hours per day, breaks and the working-time limit taken off.
    var hours: [Double]
    /// Members with a shift per day.
    var count: [Int]
    /// Most orders the members may take per day.
    var orderLimit: [Int]

    init(outlet: String, skills: [SkillLevel], tools: [String], days: Int) {
        self.outlet = outlet
        self.skills = skills
        self.tools = tools
        hours = Array(repeating: 0, count: days)
        count = Array(repeating: 0, count: days)
        orderLimit = Array(repeating: 0, count: days)
    }

    /// Hours one member works on `day`, on average.
    func hoursPerTechnician(on day: Int) -> Double { count[day] == 0 ? 0 : hours[day] / Double(count[day]) }

    /// The skills in a short form for explanations, e.g. `ac.repair 2, gas.certified 1`.
    var skillSummary: String {
        skills.map { "\($0.skill) \($0.level)" }.joined(separator: ", ")
    }

    /// Grouping key: outlet, skills with levels, and tools.
    static func key(of technician: Technician) -> String {
        let skills = technician.skills.map { "\($0.skill):\($0.level)" }.sorted().joined(separator: ",")
        return (technician.outlet ?? "") + "|" + skills + "|" + technician.tools.sorted().joined(separator: ",")
    }

    /// Working hours of one shift: its length with the overtime it allows, capped by the
    /// working-time limit, breaks off. In a surge the routes do run into overtime, so leaving it
    /// out would push orders to later days that day 0 can still serve.
    static func workingHours(of shift: Shift, for technician: Technician) -> Double {
        var seconds = shift.end - shift.start + max(0, shift.maxOvertime)
        if let limit = technician.maxWorkingTimePerShift { seconds = min(seconds, limit) }
        seconds -= shift.breaks.reduce(0) { $0 + $1.duration }
        return Double(max(0, seconds)) / 3600
    }
}
