import Foundation

/// Picks brand colours that pass each theme's WCAG AA contrast checks, so every synthetic tenant
/// builds without errors while the three themes still get many different colours.
enum BrandPalette {
    /// The `brand:` entries for `theme`.
    static func brand(for theme: String, rng: inout SplitMix64) -> [(key: String, value: String)] {
        let dark = color(rng: &rng) { hex in
            ratio(hex, "#ffffff") >= 5.2 && ratio(hex, "#f2f4f7") >= 5.0
        }
        let light = color(rng: &rng) { hex in
            ratio(hex, "#111418") >= 5.2 && ratio(hex, "#1b2027") >= 5.0 && ratio(hex, "#16181b") >= 5.2 && ratio(hex, "#121417") >= 5.2
        }
        switch theme {
        case "legal": return [("accent", dark), ("accent_dark", light)]
        default: return [("primary", dark), ("accent_dark", light)]
        }
    }

    /// Draws `#rrggbb` colours until one satisfies `accept`.
    private static func color(rng: inout SplitMix64, accept: (String) -> Bool) -> String {
        while true {
            let hex = "#" + (0..<3).map { _ in hexByte(rng.below(256)) }.joined()
            if accept(hex) { return hex }
        }
    }

    private static func hexByte(_ value: Int) -> String {
        let digits = Array("0123456789abcdef")
        return String([digits[value / 16], digits[value % 16]])
    }

    /// The WCAG 2.1 contrast ratio of two `#rrggbb` colours.
    static func ratio(_ first: String, _ second: String) -> Double {
        let a = luminance(first), b = luminance(second)
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }

    private static func luminance(_ hex: String) -> Double {
        let value = Int(hex.dropFirst(), radix: 16) ?? 0
        let channels = [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff].map { raw -> Double in
            let c = Double(raw) / 255
            return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
    }
}
