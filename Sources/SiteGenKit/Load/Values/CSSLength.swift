/// A length a theme parameter takes: a number and one unit from a short list (`46rem`, `2.25em`,
/// `720px`), or `0`. Nothing else reaches the stylesheet, so a value cannot load a file or end
/// its declaration.
enum CSSLength {
    /// The units a length may have.
    static let units = ["px", "rem", "em", "%", "ch", "vw", "vh", "pt"]

    /// What is wrong with `text` as a length; nil when it is one.
    static func problem(with text: String) -> ValueProblem? {
        if let blank = ValueProblem.blank(text) { return blank }
        if isLength(text) { return nil }
        return ValueProblem("'\(text)' is not a length", notes: [
            "expected a number followed by one of \(units.joined(separator: ", ")), e.g. 46rem",
        ])
    }

    private static func isLength(_ text: String) -> Bool {
        if text == "0" { return true }
        guard let unit = units.first(where: { text.hasSuffix($0) }) else { return false }
        let number = text.dropLast(unit.count)
        let parts = number.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), !number.isEmpty, number != "." else { return false }
        return parts.allSatisfy { $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }
}
