/// Demand and time edits: surges, shift hours and customer windows.
extension ScenarioEdit {
    /// Scales demand by `factor`: keeps a random share of the orders, or adds copies of random
    /// orders at nearby addresses. A pick-up and its delivery are kept, dropped or copied together.
    mutating func surge(_ factor: Double, using random: inout SplitMix64) {
        let orders = problem.orders
        guard !orders.isEmpty else { return }
        let target = Int((Double(orders.count) * factor).rounded())
        let units = Self.units(orders)
        if target < orders.count {
            var order = Array(units.indices)
            order.shuffle(using: &random)
            var kept = Set<Int>()
            for u in order where kept.count < target { kept.formUnion(units[u]) }
            problem.orders = orders.indices.filter(kept.contains).map { orders[$0] }
            return
        }
        let jitter = Self.jitterRadius(orders.map(\.location))
        var taken = Set(orders.map(\.id))
        var sources = Array(units.indices)
        var k = 0
        while problem.orders.count < target {
            if k % units.count == 0 { sources.shuffle(using: &random) }
            var serial = k / units.count + 1
            let unit = units[sources[k % units.count]]
            while unit.contains(where: { taken.contains("\(orders[$0].id)-S\(serial)") }) { serial += 1 }
            for o in unit {
                var copy = orders[o]
                copy.id = "\(copy.id)-S\(serial)"
                copy.pickupOrderId = copy.pickupOrderId.map { "\($0)-S\(serial)" }
                taken.insert(copy.id)
                // Matrix travel cannot place a new point; the copy shares its source's matrix row.
                if !problem.travel.isDense {
                    copy.location.x += (random.nextUnit() * 2 - 1) * jitter.x
                    copy.location.y += (random.nextUnit() * 2 - 1) * jitter.y
                }
                problem.orders.append(copy)
            }
            k += 1
        }
    }

    /// The orders as units that stay together: each pick-up with its delivery, every other order alone.
    static func units(_ orders: [ServiceOrder]) -> [[Int]] {
        var deliveryOf: [String: Int] = [:]
        for (o, order) in orders.enumerated() { if let pickup = order.pickupOrderId { deliveryOf[pickup] = o } }
        guard !deliveryOf.isEmpty else { return orders.indices.map { [$0] } }
        return orders.indices.compactMap { o in
            if orders[o].pickupOrderId != nil { return nil }
            return deliveryOf[orders[o].id].map { [o, $0] } ?? [o]
        }
    }

    /// A neighbourhood about 2 % of the orders' spread, so copies are new addresses in the same district.
    static func jitterRadius(_ locations: [Location]) -> (x: Double, y: Double) {
        let xs = locations.map(\.x), ys = locations.map(\.y)
        let width = (xs.max() ?? 0) - (xs.min() ?? 0), height = (ys.max() ?? 0) - (ys.min() ?? 0)
        let side = max(width, height, 1e-3) * 0.02
        return (side, side)
    }

    /// The start of the local calendar day holding `time`, on the problem's timeline.
    func dayStart(_ time: Int) -> Int {
        let reference = problem.timeReference
        let shift = (reference.originUnixTime ?? 0) + reference.utcOffset
        let local = time + shift
        let day = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        return day * 86_400 - shift
    }

    mutating func setShiftHours(start: Int, end: Int) {
        for t in problem.technicians.indices {
            for s in problem.technicians[t].shifts.indices {
                var shift = problem.technicians[t].shifts[s]
                let day = dayStart(shift.start)
                shift.start = day + start
                shift.end = day + (end > start ? end : end + 86_400)
                shift.breaks = shift.breaks.compactMap { rest in
                    var kept = rest
                    kept.earliestStart = max(rest.earliestStart, shift.start)
                    kept.latestEnd = min(rest.latestEnd, shift.hardEnd)
                    return kept.latestEnd - kept.earliestStart >= kept.duration ? kept : nil
                }
                problem.technicians[t].shifts[s] = shift
            }
        }
    }

    mutating func reshapeWindows(_ reshaping: ScenarioChange.WindowReshaping) {
        for i in problem.orders.indices {
            let reshaped = problem.orders[i].timeWindows.map { window -> TimeWindow in
                let centre = window.start + (window.end - window.start) / 2
                var result = window
                switch reshaping {
                case .width(let width):
                    result.start = centre - width / 2
                    result.end = result.start + width
                case .halfDay:
                    let day = dayStart(centre)
                    let isMorning = centre - day < 13 * 3600
                    result.start = day + (isMorning ? 8 : 13) * 3600
                    result.end = day + (isMorning ? 13 : 18) * 3600
                }
                return result
            }
            problem.orders[i].timeWindows = Self.merged(reshaped)
        }
    }

    /// Sorted windows with overlaps joined, as the model requires after widening.
    static func merged(_ windows: [TimeWindow]) -> [TimeWindow] {
        var result: [TimeWindow] = []
        for window in windows.sorted(by: { $0.start < $1.start }) {
            if let last = result.last, window.start <= last.end {
                result[result.count - 1].end = max(last.end, window.end)
            } else {
                result.append(window)
            }
        }
        return result
    }
}
