import Foundation

/// Colours for technician routes that stay apart for dozens of routes.
///
/// The first 32 come from a fixed sequence picked greedily, each as far as possible (CIELAB
/// distance) from all before it, among colours with at least 3:1 contrast against the light
/// background; so any prefix is well spread, and 25 routes are at least ΔE 28 apart. Past 32,
/// hues step by the golden angle with alternating lightness, darkened where needed to keep 3:1.
public enum RoutePalette {
    static let sequence = [
        "#1f5fbf", "#1da51d", "#df0c0c", "#f320f3", "#543e1c", "#a51d65", "#1da5a5", "#0a0ab8",
        "#b88a0a", "#11455f", "#115f21", "#c45f4f", "#50066b", "#c44fc4", "#541c32", "#2391c7",
        "#df0c52", "#769108", "#df6e0c", "#6b0606", "#f3209f", "#1da56e", "#1c2054", "#0c52df",
        "#1c5445", "#9f20f3", "#915108", "#736e26", "#081a91", "#950ab8", "#7e4fc4", "#913044",
    ]

    /// The colour of the route at `index` in plan order, as `#rrggbb`.
    ///
    /// The same index always gives the same colour, so a map, a Gantt chart and a GeoJSON file
    /// of one plan agree.
    /// - Parameter index: the route's position in `Plan.routes`.
    /// - Returns: a hex colour.
    public static func colour(at index: Int) -> String {
        if index >= 0 && index < sequence.count { return sequence[index] }
        let hue = (Double(index) * 137.507_764).truncatingRemainder(dividingBy: 360)
        let level = index % 3
        let saturation = [0.80, 0.70, 0.85][level]
        var lightness = [0.40, 0.28, 0.50][level]
        // Yellows and greens are bright at any lightness: darken until a thin line still reads.
        while contrastOnWhite(rgb(hue: hue, saturation: saturation, lightness: lightness)) < 3, lightness > 0.1 { lightness -= 0.03 }
        return hex(rgb(hue: hue, saturation: saturation, lightness: lightness))
    }

    /// WCAG contrast ratio of a colour against white.
    static func contrastOnWhite(_ rgb: [Int]) -> Double {
        let linear = rgb.map { channel -> Double in
            let c = Double(channel) / 255
            return c <= 0.040_45 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 1.05 / (0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2] + 0.05)
    }

    /// HSL to 0…255 red, green, blue (CSS Color 4 formula).
    static func rgb(hue: Double, saturation: Double, lightness: Double) -> [Int] {
        func channel(_ n: Double) -> Int {
            let k = (n + hue / 30).truncatingRemainder(dividingBy: 12)
            let a = saturation * min(lightness, 1 - lightness)
            let value = lightness - a * max(-1, min(k - 3, 9 - k, 1))
            return max(0, min(255, Int((value * 255).rounded())))
        }
        return [channel(0), channel(8), channel(4)]
    }

    /// `#rrggbb` of 0…255 channels.
    static func hex(_ rgb: [Int]) -> String {
        "#" + rgb.map { value in
            let digits = String(value, radix: 16)
            return digits.count == 1 ? "0" + digits : digits
        }.joined()
    }
}
