/// A colour a theme parameter takes: `#rgb` or `#rrggbb`, nothing else — no names (`red`), no
/// functions (`url(…)`, `rgb(…)`), so the value can neither load anything nor escape its CSS
/// declaration, and every colour can be checked for contrast.
enum CSSColor {
    /// What is wrong with `text` as a colour; nil when it is one.
    static func problem(with text: String) -> ValueProblem? {
        if ValueProblem.isBlank(text) {
            return ValueProblem("is empty", notes: [
                "expected a colour like \"#0b5394\", in quotes: an unquoted # starts a YAML comment, which leaves the value empty",
            ])
        }
        if ColorContrast.Color(hex: text) != nil { return nil }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if (trimmed.count == 3 || trimmed.count == 6), trimmed.allSatisfy(\.isHexDigit) {
            return ValueProblem("'\(text)' is not a colour", notes: ["did you mean \"#\(trimmed)\"? write it in quotes: an unquoted # starts a YAML comment"])
        }
        return ValueProblem("'\(text)' is not a colour", notes: ["expected #rgb or #rrggbb in quotes, e.g. \"#0b5394\"; colour names and functions are not accepted"])
    }
}
