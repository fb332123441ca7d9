/// The kind of value a theme parameter holds, which decides what a tenant may write for it.
/// Every kind keeps `url(`, `;`, braces, quotes and backslashes out, because templates put brand
/// values into a `<style>` block. A theme names the kind with `type:`; without one it is taken
/// from the default (a colour default makes a colour, a length default a length, anything else text).
enum ThemeParamType: String, ConfigEnum, Sendable {
    case color, length, font, text

    /// The kind a parameter without `type:` has, judged by its default.
    static func inferred(fromDefault value: String) -> ThemeParamType {
        if CSSColor.problem(with: value) == nil { return .color }
        if !value.isEmpty, CSSLength.problem(with: value) == nil { return .length }
        return .text
    }

    /// What is wrong with `value` for this kind; nil when it is fine.
    func problem(with value: String) -> ValueProblem? {
        switch self {
        case .color: return CSSColor.problem(with: value)
        case .length: return CSSLength.problem(with: value)
        case .font: return FontStack.problem(with: value)
        case .text: return Self.textProblem(with: value)
        }
    }

    /// Characters a text parameter may not hold: they could end a CSS value or declaration, call a
    /// CSS function (`url(`), or be changed by HTML escaping.
    static let unsafeInText: Set<Character> = ["\"", "'", ";", "{", "}", "\\", "<", ">", "&", "(", ")", "@", "/"]

    /// Text may be empty (a theme's "use the company name" default) but holds no character that
    /// could make it more than text in CSS.
    private static func textProblem(with value: String) -> ValueProblem? {
        if let control = ValueProblem.controlCharacter(in: value) {
            return ValueProblem("contains the control character U+\(String(control.value, radix: 16, uppercase: true))",
                                notes: ["brand values are one line of plain text"])
        }
        guard let bad = value.first(where: { unsafeInText.contains($0) }) else { return nil }
        return ValueProblem("contains '\(bad)'", notes: [
            "brand values land in CSS; quotes, semicolons, braces, parentheses, backslashes, slashes, @ and <>& are not allowed",
        ])
    }
}
