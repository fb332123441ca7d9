import Foundation

/// Finds links that go nowhere: `[text](#)`, `[text]()`, `[text](<>)` and reference definitions
/// `[name]: #`. In the seeds these are the places where a template said "link here" and nobody
/// filled in the address; the page quietly shows plain text, so only a check notices.
enum EmptyLinkRule {
    /// An inline link or image whose destination is empty or only `#`; the text may hold one level
    /// of brackets.
    private static let inline = LintText.regex(#"(?<!\\)!?\[((?:[^\[\]\n]|\[[^\[\]\n]*\])*)\]\(\s*(?:<\s*>|#)?\s*\)"#)
    /// A reference definition with an empty or `#` destination.
    private static let definition = LintText.regex(#"(?m)^ {0,3}\[([^\]\n^][^\]\n]*)\]:[ \t]*(?:#|<>)?[ \t]*$"#)

    /// The findings in `text`.
    static func findings(in text: LintText) -> [LintFinding] {
        (text.matches(inline) + text.matches(definition)).map { match in
            LintFinding(.emptyLink, at: text.position(of: match.range.location), excerpt: text.excerpt(match.range),
                        summary: "link without a target",
                        notes: ["the page shows only the link's text; write the address between the parentheses, or drop the brackets if no link is meant"])
        }
    }
}
