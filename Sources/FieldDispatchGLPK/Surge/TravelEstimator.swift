/// Estimates the travel each order adds to a route: the mean leg time to its k nearest orders of
/// the same outlet and first day.
///
/// Only a stride sample of at most `sampleLimit` orders per outlet and day is searched, and the
/// result is scaled by the square root of the sampling ratio, since the distance to the k-th
/// nearest of n points spread over an area shrinks as 1/√n.
struct TravelEstimator: Sendable {
    let problem: Problem
    let calendar: SurgeCalendar
    let nearest: Int
    let sampleLimit: Int

    /// Longest travel estimate per order, hours: a lone order far out still fits in a day.
    static let ceiling = 1.5

    /// Estimated travel per order, hours, in the order of `problem.orders`.
    /// - Complexity: O(n·s) legs for n orders and a sample of s.
    func hours() -> [Double] {
        var buckets: [String: [Int]] = [:]
        var keys: [String] = []
        for (index, order) in problem.orders.enumerated() {
            let key = (order.outlet ?? "") + "|\(calendar.firstDay(of: order))"
            if buckets[key] == nil { keys.append(key) }
            buckets[key, default: []].append(index)
        }
        var result = Array(repeating: 0.0, count: problem.orders.count)
        let outletLocations = Dictionary(problem.outlets.map { ($0.id, $0.location) }, uniquingKeysWith: { a, _ in a })
        for key in keys {
            let members = buckets[key] ?? []
            let stride = max(1, (members.count + sampleLimit - 1) / sampleLimit)
            let sample = Swift.stride(from: 0, to: members.count, by: stride).map { members[$0] }
            let scale = members.count > 1 ? (Double(sample.count - 1) / Double(members.count - 1)).squareRoot() : 1
            for index in members {
                let order = problem.orders[index]
                var legs: [Int] = []
                legs.reserveCapacity(sample.count)
                for other in sample where other != index {
                    legs.append(problem.travel.leg(from: order.location, to: problem.orders[other].location, profile: .car).duration)
                }
                let seconds: Double
                if legs.isEmpty {
                    let base = order.outlet.flatMap { outletLocations[$0] }
                    seconds = base.map { Double(problem.travel.leg(from: $0, to: order.location, profile: .car).duration) } ?? 0
                } else {
                    legs.sort()
                    let k = min(nearest, legs.count)
                    seconds = Double(legs.prefix(k).reduce(0, +)) / Double(k) * scale
                }
                result[index] = min(Self.ceiling, seconds / 3600)
            }
        }
        return result
    }
}
