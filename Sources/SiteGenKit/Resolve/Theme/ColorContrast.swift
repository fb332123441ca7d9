import Foundation

/// WCAG 2.1 colour contrast, so a tenant's brand colours are checked when the site is built
/// instead of by a visitor who cannot read the page. Only `#rgb` and `#rrggbb` are understood:
/// a value in any other form (a font, a width, `red`) is not a colour to this check.
enum ColorContrast {
    /// WCAG 2.1 success criterion 1.4.3 (AA): normal text needs at least 4.5:1.
    static let minimumAA = 4.5

    /// An opaque sRGB colour, channels 0…255.
    struct Color: Sendable, Hashable {
        var red: Int
        var green: Int
        var blue: Int

        /// Parses `#rgb` or `#rrggbb` (either case, surrounding spaces ignored); nil for anything else.
        init?(hex text: String) {
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix("#") else { return nil }
            var digits = Array(trimmed.dropFirst())
            guard digits.count == 3 || digits.count == 6, digits.allSatisfy(\.isHexDigit) else { return nil }
            if digits.count == 3 { digits = digits.flatMap { [$0, $0] } }
            let value = Int(String(digits), radix: 16) ?? 0
            red = (value >> 16) & 0xff
            green = (value >> 8) & 0xff
            blue = value & 0xff
        }

        /// A colour from its channels, 0…255.
        init(red: Int, green: Int, blue: Int) {
            self.red = red
            self.green = green
            self.blue = blue
        }

        /// WCAG 2.1 relative luminance: 0 for black, 1 for white.
        var relativeLuminance: Double {
            func linear(_ channel: Int) -> Double {
                let c = Double(channel) / 255
                return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
            }
            return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
        }
    }

    /// The contrast ratio of two colours, 1…21; the order does not matter.
    static func ratio(_ first: Color, _ second: Color) -> Double {
        let (a, b) = (first.relativeLuminance, second.relativeLuminance)
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }

    /// The contrast ratio of two `#rgb`/`#rrggbb` values; nil when either is not such a colour.
    static func ratio(_ first: String, _ second: String) -> Double? {
        guard let a = Color(hex: first), let b = Color(hex: second) else { return nil }
        return ratio(a, b)
    }

    /// A ratio as people write it, `4.48`: two decimals, but never rounded up to the threshold a
    /// failing pair missed (4.497 shows as 4.49, not as a confusing "4.50, below 4.5").
    static func formatted(_ ratio: Double, threshold: Double = minimumAA) -> String {
        var shown = (ratio * 100).rounded() / 100
        if ratio < threshold && shown >= threshold { shown = ((threshold * 100).rounded() - 1) / 100 }
        return String(format: "%.2f", shown)
    }
}
