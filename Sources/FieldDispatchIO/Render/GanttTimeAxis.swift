/// The time axis of a Gantt chart: the span shown, its hour ticks, and where a time lands.
struct GanttTimeAxis {
    /// First second shown (on a tick).
    let start: Int
    /// Last second shown (on a tick).
    let end: Int
    /// Seconds between ticks (whole hours).
    let step: Int
    /// Left edge of the plot, pixels.
    let left: Double
    /// Right edge of the plot, pixels.
    let right: Double

    /// An axis over `span` rounded out to whole ticks, with the shortest tick step (1, 2, 3, 4,
    /// 6 or 12 hours, then 1, 2, 7, 14, 28, 56… days) that leaves `minimumTickWidth` pixels
    /// between labels; long benchmark horizons get day ticks instead of a smear of hours.
    init(span: ClosedRange<Int>, left: Double, right: Double, minimumTickWidth: Double = 46) {
        let width = max(1, right - left)
        var chosen = 3600
        var candidates = [1, 2, 3, 4, 6, 12].map { $0 * 3600 } + [1, 2, 7].map { $0 * 86_400 }
        var index = 0
        while true {
            if index == candidates.count { candidates.append(candidates[index - 1] * 2) }
            let candidate = candidates[index]
            let first = Self.floor(span.lowerBound, candidate), last = Self.ceil(span.upperBound, candidate)
            chosen = candidate
            if width * Double(candidate) / Double(max(candidate, last - first)) >= minimumTickWidth { break }
            index += 1
        }
        step = chosen
        start = Self.floor(span.lowerBound, chosen)
        end = max(start + chosen, Self.ceil(span.upperBound, chosen))
        self.left = left
        self.right = right
    }

    /// Pixel position of a time, clamped to the axis.
    func x(_ seconds: Int) -> Double {
        let clamped = min(max(seconds, start), end)
        return left + Double(clamped - start) * (right - left) / Double(end - start)
    }

    /// Times of the ticks, first to last.
    var ticks: [Int] { Array(stride(from: start, through: end, by: step)) }

    private static func floor(_ value: Int, _ step: Int) -> Int { value >= 0 ? value / step * step : -((-value + step - 1) / step * step) }
    private static func ceil(_ value: Int, _ step: Int) -> Int { -floor(-value, step) }
}
