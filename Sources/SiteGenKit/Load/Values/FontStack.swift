/// A font stack a theme parameter takes: family names and generic families, separated by commas,
/// without quotes (`Segoe UI, Roboto, sans-serif`). Names are letters, digits, spaces and hyphens,
/// which keeps `url(…)`, `;`, braces, quotes and backslashes out of the stylesheet.
enum FontStack {
    /// CSS's generic families, named in the message so an author sees what ends a good stack.
    static let genericFamilies = ["serif", "sans-serif", "monospace", "cursive", "fantasy", "system-ui",
                                  "ui-serif", "ui-sans-serif", "ui-monospace", "ui-rounded", "math", "emoji"]

    /// What is wrong with `text` as a font stack; nil when it is one.
    static func problem(with text: String) -> ValueProblem? {
        if let blank = ValueProblem.blank(text) { return blank }
        for family in text.split(separator: ",", omittingEmptySubsequences: false) {
            let name = family.trimmingCharacters(in: .whitespaces)
            guard isFamilyName(name) else {
                return ValueProblem("'\(name)' is not a font family name", notes: [
                    "expected family names and generic families (\(genericFamilies.prefix(6).joined(separator: ", ")), …) "
                        + "separated by commas, without quotes: Segoe UI, Roboto, sans-serif",
                ])
            }
        }
        return nil
    }

    /// Words of letters, digits and hyphens, one space apart; a word starts with a letter or a
    /// hyphen and a letter (`-apple-system`).
    private static func isFamilyName(_ name: String) -> Bool {
        let words = name.split(separator: " ", omittingEmptySubsequences: false)
        guard !name.isEmpty, !words.contains(where: \.isEmpty) else { return false }
        return words.allSatisfy { word in
            let start = word.first == "-" ? word.dropFirst() : word[...]
            guard let first = start.first, first.isLetter else { return false }
            return word.allSatisfy { $0.isLetter || ($0.isASCII && $0.isNumber) || $0 == "-" }
        }
    }
}
