import Foundation

/// Finds links that go nowhere: `[text](#)`, `[text]()`, `[text](<>)`, and references to a
/// definition `[name]: #`. In the seeds these are the places where a template said "link here" and
/// nobody filled in the address; the page quietly shows plain text, so only a check notices. The
/// links are cmark's, with their destinations as it resolved them.
enum EmptyLinkRule {
    /// The findings in `text`.
    static func findings(in text: LintText) -> [LintFinding] {
        text.outline.links.filter { $0.destination.isEmpty || $0.destination == "#" }.map { link in
            LintFinding(.emptyLink, at: text.position(line: link.span.startLine, byteColumn: link.span.startColumn),
                        excerpt: LintText.excerpt(text.source(link.span)),
                        summary: "link without a target",
                        notes: ["the page shows only the link's text; write the address between the parentheses, or drop the brackets if no link is meant"])
        }
    }
}
