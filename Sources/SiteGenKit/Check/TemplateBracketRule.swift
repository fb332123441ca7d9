import Foundation

/// Finds words in square brackets that Markdown does not turn into anything: brackets left in
/// cmark's text nodes, so not a link, image, footnote or reference. In a published statement such
/// brackets are a template's blank or a choice left unmade ("[onze cookiebanner ons
/// cookiebeleid]"); escaped brackets (`\[…\]`) count too, since they print as brackets. A task box
/// (`- [ ]`) opening a list item is left alone.
enum TemplateBracketRule {
    /// A bracket pair with no brackets inside.
    private static let brackets = LintText.regex(#"\[([^\[\]\n]*?)\]"#)
    private static let taskBox = LintText.regex(#"^\[[ xX]\]"#)

    /// Editorial brackets that are meant to be printed.
    private static let editorial: Set<String> = ["sic", "…", "...", "sic!"]

    /// The findings in `text`.
    static func findings(in text: LintText) -> [LintFinding] {
        var findings: [LintFinding] = []
        var run: [MarkdownOutline.Text] = []
        func finish() {
            defer { run = [] }
            guard let first = run.first else { return }
            let joined = run.map(\.literal).joined() as NSString
            // Where each node starts in the joined text.
            var starts: [Int] = []
            var offset = 0
            for node in run {
                starts.append(offset)
                offset += (node.literal as NSString).length
            }
            let whole = NSRange(location: 0, length: joined.length)
            let box = first.opensListItem ? taskBox.firstMatch(in: joined as String, range: whole)?.range : nil
            for match in brackets.matches(in: joined as String, range: whole) where match.range != box {
                let content = joined.substring(with: match.range(at: 1))
                guard content.contains(where: \.isLetter), !content.hasPrefix("^"), !editorial.contains(content.lowercased()) else { continue }
                let index = starts.lastIndex { $0 <= match.range.location } ?? 0
                let node = run[index]
                let inNode = (node.literal as NSString).substring(to: match.range.location - starts[index])
                findings.append(LintFinding(.templateBrackets, at: text.position(line: node.line, byteColumn: node.column + inNode.utf8.count),
                                            excerpt: "[" + LintText.excerpt(content) + "]",
                                            summary: "text in square brackets looks like an unfilled template blank",
                                            notes: ["replace the brackets and their text with the words meant; a link is written [text](address)"]))
            }
        }
        for node in text.outline.texts where !node.inLink {
            if let last = run.last, last.group != node.group { finish() }
            run.append(node)
        }
        finish()
        return findings
    }
}
