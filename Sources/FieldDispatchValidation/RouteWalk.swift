/// Walks one route stop by stop, recomputing its schedule from the problem, and collects the
/// rules it breaks.
///
/// Each stop is judged against the plan's own end of the previous stop, so one wrong time is
/// reported once rather than at every later stop.
struct RouteWalk {
    let validator: PlanValidator
    let technician: Technician
    let shift: Shift
    let route: Route
    /// What the route breaks, in stop order, then route-wide rules.
    private(set) var violations: [Violation] = []

    /// Where the technician is: the start location, then the last order or depot visited.
    private var location: Location
    /// When the technician became free: the departure, then the previous stop's end.
    private var previousEnd: Int
    var van: VanLoad
    var load = 0
    var orderCount = 0
    private var restockCount = 0
    /// Stop index at which each break was taken.
    private var breakStops: [Int: Int] = [:]

    init(validator: PlanValidator, technician: Technician, shift: Shift, route: Route) {
        self.validator = validator
        self.technician = technician
        self.shift = shift
        self.route = route
        location = shift.startLocation
        previousEnd = route.departure
        van = VanLoad(technician: technician)
    }

    /// Judges the whole route.
    /// - Complexity: O(stops × (skills + parts + windows)) plus one travel query per stop.
    mutating func run() {
        if route.departure < shift.start {
            report(.shiftStartViolated, detail: "departs \(time(route.departure)), before the shift starts \(time(shift.start))")
        }
        for (index, stop) in route.stops.enumerated() {
            switch stop.kind {
            case .order(let id): visitOrder(id, stop: stop, index: index)
            case .rest(let breakIndex): takeBreak(breakIndex, stop: stop, index: index)
            case .restock(let depotId): restock(at: depotId, stop: stop, index: index)
            }
            previousEnd = stop.end
        }
        let arrivalAtEnd = checkReturn()
        if let limit = technician.maxWorkingTimePerShift, arrivalAtEnd - route.departure > limit {
            report(.workingTimeExceeded, detail: "works \(duration(arrivalAtEnd - route.departure)) from \(time(route.departure)) to \(time(arrivalAtEnd)), over the limit of \(duration(limit))")
        }
        checkBreaksTaken(arrivalAtEnd: arrivalAtEnd)
    }

    /// Checks the leg into a stop and its arrival; `destination` is `nil` for a break, taken where the technician is.
    mutating func arrive(at destination: Location?, stop: Stop, index: Int, subject: String, orderId: String? = nil) {
        let leg = destination.map { validator.problem.travel.leg(from: location, to: $0, profile: technician.travelProfile) } ?? .zero
        if stop.travelDuration != leg.duration || stop.travelDistance != leg.distance {
            report(.travelMismatch, stop: index, subject: subject, orderId: orderId,
                   detail: "travel is \(duration(stop.travelDuration)) over distance \(stop.travelDistance), but the leg from the previous location takes \(duration(leg.duration)) over distance \(leg.distance)")
        }
        let expected = previousEnd + leg.duration
        if stop.arrival != expected {
            report(.scheduleInconsistent, stop: index, subject: subject, orderId: orderId,
                   detail: "arrives \(time(stop.arrival)), but leaving at \(time(previousEnd)) with \(duration(leg.duration)) of travel arrives \(time(expected))")
        }
        if stop.start < stop.arrival {
            report(.scheduleInconsistent, stop: index, subject: subject, orderId: orderId,
                   detail: "starts \(time(stop.start)), before arriving \(time(stop.arrival))")
        }
        if let destination { location = destination }
    }

    /// Checks that a stop lasts what it takes.
    mutating func checkLength(of stop: Stop, expected: Int, what: String, index: Int, subject: String, orderId: String? = nil) {
        guard stop.end - stop.start != expected else { return }
        report(.durationMismatch, stop: index, subject: subject, orderId: orderId,
               detail: "\(what) \(time(stop.start))–\(time(stop.end)) lasts \(duration(stop.end - stop.start)), but takes \(duration(expected))")
    }

    private mutating func takeBreak(_ breakIndex: Int, stop: Stop, index: Int) {
        let subject = "break \(breakIndex)"
        arrive(at: nil, stop: stop, index: index, subject: subject)
        checkNoLateness(stop, index: index, subject: subject)
        guard shift.breaks.indices.contains(breakIndex) else {
            report(.scheduleInconsistent, stop: index, subject: subject,
                   detail: "the shift has \(shift.breaks.count) break(s), numbered from 0")
            return
        }
        if let first = breakStops[breakIndex] {
            report(.scheduleInconsistent, stop: index, subject: subject, detail: "already taken at stop \(first)")
        } else {
            breakStops[breakIndex] = index
        }
        let rest = shift.breaks[breakIndex]
        checkLength(of: stop, expected: rest.duration, what: "break", index: index, subject: subject)
        if stop.start < rest.earliestStart || stop.end > rest.latestEnd {
            report(.breakOutsideWindow, stop: index, subject: subject,
                   detail: "taken \(time(stop.start))–\(time(stop.end)), outside its window \(time(rest.earliestStart))–\(time(rest.latestEnd))")
        }
    }

    private mutating func restock(at depotId: String, stop: Stop, index: Int) {
        let subject = "depot \"\(depotId)\""
        checkNoLateness(stop, index: index, subject: subject)
        guard let depot = validator.depotsById[depotId] else {
            report(.unknownDepot, stop: index, subject: subject, detail: "the problem has no such depot")
            return
        }
        arrive(at: depot.location, stop: stop, index: index, subject: subject)
        checkLength(of: stop, expected: depot.visitDuration, what: "restock", index: index, subject: subject)
        if let hours = depot.openingHours, stop.start < hours.start || stop.end > hours.end {
            report(.depotClosed, stop: index, subject: subject,
                   detail: "restocks \(time(stop.start))–\(time(stop.end)), outside opening hours \(time(hours.start))–\(time(hours.end))")
        }
        restockCount += 1
        if restockCount == technician.maxRestockVisitsPerShift + 1 {
            report(.restockLimitExceeded, stop: index, subject: subject,
                   detail: "restock visit \(restockCount), over the limit of \(technician.maxRestockVisitsPerShift) per shift")
        }
        van.restock(at: depot)
    }

    private mutating func checkNoLateness(_ stop: Stop, index: Int, subject: String) {
        guard stop.lateness != 0 else { return }
        report(.scheduleInconsistent, stop: index, subject: subject, detail: "has lateness \(duration(stop.lateness)), but only order visits can be late")
    }

    /// Checks the return leg and arrival at the end; returns the later of the stated and the recomputed arrival.
    private mutating func checkReturn() -> Int {
        let lastEnd = route.stops.last?.end ?? route.departure
        let leg = shift.endLocation.map { validator.problem.travel.leg(from: location, to: $0, profile: technician.travelProfile) } ?? .zero
        if route.returnTravelDuration != leg.duration || route.returnTravelDistance != leg.distance {
            report(.travelMismatch, detail: "return travel is \(duration(route.returnTravelDuration)) over distance \(route.returnTravelDistance), but the leg to the end location takes \(duration(leg.duration)) over distance \(leg.distance)")
        }
        let expected = lastEnd + leg.duration
        if route.arrivalAtEnd != expected {
            let how = shift.endLocation == nil ? "the shift has no end location, so the route ends with its last stop at" : "leaving at \(time(lastEnd)) with \(duration(leg.duration)) of travel arrives"
            report(.scheduleInconsistent, detail: "arrives at the end \(time(route.arrivalAtEnd)), but \(how) \(time(expected))")
        }
        let arrival = max(route.arrivalAtEnd, expected)
        if arrival > shift.hardEnd {
            let overtime = shift.maxOvertime == 0 ? "" : " plus \(duration(shift.maxOvertime)) of overtime"
            report(.shiftEndOverrun, detail: "finishes \(time(arrival)), after the shift end \(time(shift.end))\(overtime)")
        }
        return arrival
    }

    /// A break may stay out of the route only when the route leaves room for it before departure or after arrival.
    private mutating func checkBreaksTaken(arrivalAtEnd: Int) {
        for (breakIndex, rest) in shift.breaks.enumerated() where breakStops[breakIndex] == nil {
            let roomBefore = rest.earliestStart + rest.duration <= route.departure
            let roomAfter = arrivalAtEnd <= rest.latestStart
            guard !roomBefore && !roomAfter else { continue }
            report(.breakMissing, subject: "break \(breakIndex)",
                   detail: "not taken, and working \(time(route.departure))–\(time(arrivalAtEnd)) leaves no room for its \(duration(rest.duration)) in \(time(rest.earliestStart))–\(time(rest.latestEnd))")
        }
    }

    /// Records a violation whose message names the route, the stop and its subject.
    mutating func report(_ kind: Violation.Kind, stop: Int? = nil, subject: String? = nil, orderId: String? = nil, detail: String, isHard: Bool? = nil) {
        var label = "technician \"\(technician.id)\" shift \"\(shift.id)\""
        if let stop { label += " stop \(stop)" }
        if let subject { label += " " + subject }
        violations.append(Violation(
            kind: kind, orderId: orderId, technicianId: technician.id, shiftId: shift.id, stopIndex: stop,
            message: label + ": " + detail, isHard: isHard))
    }

    func time(_ seconds: Int) -> String { validator.problem.timeReference.format(seconds) }

    func duration(_ seconds: Int) -> String { TimeReference.formatDuration(seconds) }
}
