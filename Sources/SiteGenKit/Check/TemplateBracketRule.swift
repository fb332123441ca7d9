import Foundation

/// Finds words in square brackets that Markdown does not turn into anything: not a link, image,
/// footnote or task-list box. In a published statement such brackets are a template's blank or a
/// choice left unmade ("[onze cookiebanner ons cookiebeleid]"); escaped brackets (`\[…\]`) count
/// too, since they print as brackets.
enum TemplateBracketRule {
    /// Links, images and footnote references are masked before looking for brackets.
    private static let inlineLink = LintText.regex(#"(?<!\\)!?\[(?:[^\[\]\n]|\[[^\[\]\n]*\])*\](?:\([^)\n]*\)|\[[^\]\n]*\])"#)
    private static let footnote = LintText.regex(#"\[\^[^\]\n]+\]:?"#)
    private static let definition = LintText.regex(#"(?m)^ {0,3}\[([^\]\n]+)\]:"#)
    private static let taskBox = LintText.regex(#"(?m)^\s*(?:[-*+]|\d+[.)])\s+\[[ xX]\]"#)
    /// A bracket pair, escaped or not, with no brackets inside.
    private static let brackets = LintText.regex(#"(\\?)\[([^\[\]\n]*?)(\\?)\]"#)

    /// Editorial brackets that are meant to be printed.
    private static let editorial: Set<String> = ["sic", "…", "...", "sic!"]

    /// The findings in `text`.
    static func findings(in text: LintText) -> [LintFinding] {
        let references = Set(text.matches(definition).map { normalize(text.string($0.range(at: 1))) })
        let working = NSMutableString(string: text.masked as String)
        for regex in [inlineLink, footnote, definition, taskBox] {
            for match in regex.matches(in: working as String, range: NSRange(location: 0, length: working.length)) {
                working.replaceCharacters(in: match.range, with: String(repeating: " ", count: match.range.length))
            }
        }
        return brackets.matches(in: working as String, range: NSRange(location: 0, length: working.length)).compactMap { match in
            let content = working.substring(with: match.range(at: 2))
            let escaped = match.range(at: 1).length > 0
            guard content.contains(where: \.isLetter), !editorial.contains(content.lowercased()) else { return nil }
            // An unescaped `[name]` with a definition `[name]: url` is a shortcut reference link.
            if !escaped && references.contains(normalize(content)) { return nil }
            return LintFinding(.templateBrackets, at: text.position(of: match.range.location),
                               excerpt: "[" + LintText.excerpt(content) + "]",
                               summary: "text in square brackets looks like an unfilled template blank",
                               notes: ["replace the brackets and their text with the words meant; a link is written [text](address)"])
        }
    }

    private static func normalize(_ label: String) -> String {
        label.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
