import Foundation
import Testing
@testable import SiteGenKit

/// The WCAG 2.1 maths behind the brand colour check, and how theme.yaml declares the pairs.
@Suite struct ColorContrastTests {
    /// Published reference values (WebAIM's checker gives the same to two decimals).
    @Test(arguments: [
        ("#000", "#fff", 21.0),
        ("#000000", "#ffffff", 21.0),
        ("#fff", "#fff", 1.0),
        ("#777", "#fff", 4.48),
        ("#767676", "#ffffff", 4.54),
        ("#595959", "#ffffff", 7.0),
        ("#0b5394", "#ffffff", 7.84),
        ("#ff0000", "#ffffff", 4.0),
        ("#8cc4ff", "#121417", 10.06),
    ])
    func knownRatios(foreground: String, background: String, expected: Double) throws {
        let ratio = try #require(ColorContrast.ratio(foreground, background))
        #expect(abs(ratio - expected) < 0.005, "\(foreground) on \(background): \(ratio)")
        #expect(ColorContrast.ratio(background, foreground) == ratio, "the order does not matter")
    }

    @Test(arguments: [
        ("#abc", ColorContrast.Color(red: 0xaa, green: 0xbb, blue: 0xcc)),
        ("#AABBCC", ColorContrast.Color(red: 0xaa, green: 0xbb, blue: 0xcc)),
        (" #0b5394 ", ColorContrast.Color(red: 0x0b, green: 0x53, blue: 0x94)),
        ("#000", ColorContrast.Color(red: 0, green: 0, blue: 0)),
    ])
    func parsesHexColours(text: String, expected: ColorContrast.Color) {
        #expect(ColorContrast.Color(hex: text) == expected)
    }

    /// Anything else is not a colour to the check, so a font or a width is never compared.
    @Test(arguments: ["", "red", "#", "#12", "#1234", "#12345", "#1234567", "#12345g", "0b5394", "46rem",
                      "system-ui, sans-serif", "rgb(0, 0, 0)", "#ffffff80"])
    func rejectsWhatIsNotAHexColour(text: String) {
        #expect(ColorContrast.Color(hex: text) == nil)
        #expect(ColorContrast.ratio(text, "#ffffff") == nil)
    }

    @Test(arguments: [(0.0, 0.0), (1.0, 1.0)])
    func luminanceEnds(expected: Double, white: Double) {
        let color = white == 1 ? ColorContrast.Color(red: 255, green: 255, blue: 255) : ColorContrast.Color(red: 0, green: 0, blue: 0)
        #expect(color.relativeLuminance == expected)
    }

    /// A failing ratio is never shown rounded up to the threshold it missed.
    @Test(arguments: [(4.478, "4.48"), (4.497, "4.49"), (4.4999, "4.49"), (4.5, "4.50"), (21.0, "21.00"), (1.0, "1.00")])
    func formatsRatios(ratio: Double, expected: String) {
        #expect(ColorContrast.formatted(ratio) == expected)
    }

    /// Every shipped theme's defaults pass its own pairs, so a tenant that sets nothing builds.
    @Test func shippedThemesPassTheirOwnPairs() throws {
        let themes = TestSupport.repoRoot.appendingPathComponent("themes")
        let names = try FileManager.default.contentsOfDirectory(atPath: themes.path).filter { !$0.hasPrefix(".") }
        #expect(names.count >= 3)
        for name in names {
            let file = "themes/\(name)/theme.yaml"
            let source = try SourceFile.read(themes.appendingPathComponent("\(name)/theme.yaml"), displayPath: file)
            let config = try YAMLDocument(source).decode(ThemeConfig.self)
            let pairs = try #require(config.contrast, "\(file) declares no contrast pairs")
            let defaults = (config.params ?? [:]).mapValues(\.default)
            for pair in pairs {
                let ratio = try #require(ColorContrast.ratio(defaults[pair[0]] ?? pair[0], defaults[pair[1]] ?? pair[1]),
                                         "\(file): \(pair) are not both colours")
                #expect(ratio >= ColorContrast.minimumAA, "\(file): \(pair) has \(ratio)")
            }
        }
    }

    /// A pair naming a param that does not exist is reported at that entry of theme.yaml.
    @Test func contrastPairWithUnknownParamIsReportedAtItsEntry() throws {
        let yaml = """
            name: Broken
            params:
              primary: { default: "#0b5394" }
            contrast:
              - [primary, "#ffffff"]
              - [primary, backgrund]

            """
        let source = SourceFile(displayPath: "themes/broken/theme.yaml", text: yaml)
        let error = #expect(throws: DiagnosticError.self) { try YAMLDocument(source).decode(ThemeConfig.self) }
        let diagnostic = try #require(error?.diagnostics.first)
        #expect(diagnostic.description == """
            themes/broken/theme.yaml:6:15: error: unknown theme parameter 'backgrund' in a contrast pair
            themes/broken/theme.yaml:6:15: note: expected a param under 'params:' (primary) or a colour like #ffffff
            """)
    }

    @Test func contrastPairNeedsTwoEntries() throws {
        let source = SourceFile(displayPath: "themes/broken/theme.yaml",
                                text: "name: Broken\nparams: { a: { default: \"#000\" } }\ncontrast: [[a]]\n")
        let error = #expect(throws: DiagnosticError.self) { try YAMLDocument(source).decode(ThemeConfig.self) }
        #expect(error?.diagnostics.first?.message == "a contrast pair has 1 entries")
    }
}
