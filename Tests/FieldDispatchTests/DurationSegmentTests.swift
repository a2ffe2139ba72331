import Testing
@testable import FieldDispatch

@Suite struct DurationSegmentTests {
    /// A visit for the brute-force schedule: service time and start window.
    struct Visit { var service: Int; var earliest: Int; var latest: Int }

    /// Forward schedule from `start` with waiting and time warp (late starts pulled back to the window end).
    static func bruteForce(_ visits: [Visit], travel: [Int], start: Int) -> (elapsed: Int, warp: Int) {
        var time = start, warp = 0
        for (index, visit) in visits.enumerated() {
            if index > 0 { time += travel[index - 1] }
            time = max(time, visit.earliest)
            if time > visit.latest {
                warp += time - visit.latest
                time = visit.latest
            }
            time += visit.service
        }
        return (time - start, warp)
    }

    @Test("concatenation matches the brute-force schedule started anywhere in its start interval")
    func concatenationMatchesBruteForce() {
        var random = SplitMix64(seed: 7)
        for _ in 0..<500 {
            let count = 1 + random.nextInt(below: 6)
            let visits = (0..<count).map { _ in
                let earliest = random.nextInt(below: 200)
                return Visit(service: random.nextInt(below: 30), earliest: earliest, latest: earliest + random.nextInt(below: 80))
            }
            let travel = (0..<count).map { _ in random.nextInt(below: 40) }
            var segment = DurationSegment(service: visits[0].service, earliest: visits[0].earliest, latest: visits[0].latest)
            for index in 1..<count {
                let next = DurationSegment(service: visits[index].service, earliest: visits[index].earliest, latest: visits[index].latest)
                segment = segment.followed(by: next, travel: travel[index - 1])
            }
            let start = min(segment.earliestStart, segment.latestStart)
            let brute = Self.bruteForce(visits, travel: travel, start: start)
            #expect(brute.warp == segment.timeWarp)
            #expect(brute.elapsed == segment.duration - segment.timeWarp)
            // No start gives less time warp than the segment's.
            for probe in stride(from: -50, through: 300, by: 7) {
                #expect(Self.bruteForce(visits, travel: travel, start: probe).warp >= segment.timeWarp)
            }
        }
    }

    @Test("concatenation is associative")
    func associative() {
        var random = SplitMix64(seed: 11)
        for _ in 0..<300 {
            let parts = (0..<3).map { _ in
                let earliest = random.nextInt(below: 100)
                return DurationSegment(service: random.nextInt(below: 20), earliest: earliest, latest: earliest + random.nextInt(below: 50))
            }
            let t1 = random.nextInt(below: 30), t2 = random.nextInt(below: 30)
            let left = parts[0].followed(by: parts[1], travel: t1).followed(by: parts[2], travel: t2)
            let right = parts[0].followed(by: parts[1].followed(by: parts[2], travel: t2), travel: t1)
            #expect(left.duration == right.duration)
            #expect(left.timeWarp == right.timeWarp)
            #expect(left.earliestStart == right.earliestStart)
        }
    }
}
