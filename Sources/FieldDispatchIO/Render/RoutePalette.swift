/// Colours for technician routes that stay apart for dozens of routes.
///
/// Hues step by the golden angle, so each new colour lands in the widest gap left by the ones
/// before it whatever the number of routes; lightness and saturation alternate over three levels,
/// so neighbouring hues that come back around the wheel still differ in value. Every colour is
/// dark enough to read as a thin line on the light background.
public enum RoutePalette {
    /// The colour of the route at `index` in plan order, as `#rrggbb`.
    ///
    /// The same index always gives the same colour, so a map, a Gantt chart and a GeoJSON file
    /// of one plan agree.
    /// - Parameter index: the route's position in ``Plan/routes``.
    /// - Returns: a hex colour.
    public static func colour(at index: Int) -> String {
        let hue = (Double(index) * 137.507_764).truncatingRemainder(dividingBy: 360)
        let level = index % 3
        let lightness = [0.40, 0.28, 0.52][level]
        let saturation = [0.80, 0.70, 0.85][level]
        return hex(hue: hue, saturation: saturation, lightness: lightness)
    }

    /// HSL to `#rrggbb` (CSS Color 4 formula).
    static func hex(hue: Double, saturation: Double, lightness: Double) -> String {
        func channel(_ n: Double) -> Int {
            let k = (n + hue / 30).truncatingRemainder(dividingBy: 12)
            let a = saturation * min(lightness, 1 - lightness)
            let value = lightness - a * max(-1, min(k - 3, 9 - k, 1))
            return Int((value * 255).rounded())
        }
        return "#" + [channel(0), channel(8), channel(4)].map { value in
            let digits = String(max(0, min(255, value)), radix: 16)
            return digits.count == 1 ? "0" + digits : digits
        }.joined()
    }
}
