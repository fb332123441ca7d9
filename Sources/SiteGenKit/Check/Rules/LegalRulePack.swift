import Foundation

/// The legal rule pack for Dutch and Belgian statements: text that is wrong in law rather than
/// in form — consent inferred from use, an ID copy demanded for every request, tracking cookies
/// without consent, a BSN without a statutory basis, … (`LegalRule.all` lists them with their
/// references). Like the editorial rules it is a pure function of the Markdown and the
/// jurisdiction, so it runs on the working copy in `sitegen check` and on released versions in tests.
///
/// Every rule reads the sentences of `LintText` — code and raw HTML blanked, blocks delimited by
/// cmark's tree — and some look further: the next sentence (a consent claim), the block around it
/// (a cookie paragraph, a list item), the table row, or the text that introduces a list. A rule that fires on text the
/// editor has weighed and keeps is acknowledged per tenant in tenant.yaml
/// (`lint: { acknowledged: { rule-id: "reason" } }`), never by weakening the rule.
enum LegalRulePack {
    /// The findings in `text` for a statement of `jurisdiction`.
    static func findings(in text: LintText, jurisdiction: Jurisdiction) -> [LintFinding] {
        let prose = Prose(text)
        let found = ConsentRules.findings(in: prose, jurisdiction: jurisdiction)
            + RightsRules.findings(in: prose)
            + CookieRules.findings(in: prose, jurisdiction: jurisdiction)
            + TransferRules.findings(in: prose)
            + WordingRules.findings(in: prose, jurisdiction: jurisdiction)
            + NoticeRules.findings(in: prose)
        // One finding per rule and paragraph line: a paragraph that says "ernstige bezwaren"
        // twice needs one correction, not two warnings.
        var seen = Set<String>()
        return found.filter { finding in
            (LegalRule.of(finding.rule)?.jurisdictions.contains(jurisdiction) ?? false)
                && seen.insert("\(finding.rule.rawValue):\(finding.line)").inserted
        }
    }
}

/// A statement's sentences with their text, for rules that look at neighbours.
struct Prose {
    /// The prepared text the positions refer to.
    let text: LintText
    /// Each sentence's range in `text`.
    let ranges: [NSRange]
    /// Each sentence's text, white space collapsed.
    let sentences: [String]
    /// The masked text's lines.
    private let lines: [String]

    /// The sentences of `text`.
    init(_ text: LintText) {
        self.text = text
        ranges = text.sentences
        sentences = ranges.map { text.string($0).split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        lines = (text.masked as String).components(separatedBy: "\n")
    }

    /// Sentence `index` and the one after it, as one string: a claim and its qualification are
    /// often split over two sentences ("… jonger dan 16 jaar. Tenzij ze toestemming hebben …").
    func withNext(_ index: Int) -> String {
        index + 1 < sentences.count ? sentences[index] + " " + sentences[index + 1] : sentences[index]
    }

    /// The sentence before `index` and sentence `index`.
    func withPrevious(_ index: Int) -> String {
        index > 0 ? sentences[index - 1] + " " + sentences[index] : sentences[index]
    }

    /// Up to `length` UTF-16 units of text before sentence `index`, across lines: the paragraph
    /// that introduces a list item, say.
    func before(_ index: Int, length: Int) -> String {
        let start = ranges[index].location
        let from = max(0, start - length)
        return text.masked.substring(with: NSRange(location: from, length: start - from))
    }

    /// The block that holds sentence `index` — a paragraph, list item, table row or footnote — as
    /// cmark's tree delimits it (`MarkdownOutline.blockLines`): from the line its block starts on
    /// to the line before the next block or blank line.
    func paragraph(of index: Int) -> String {
        let line = text.position(of: ranges[index].location).line
        let starts = text.outline.blockLines
        var first = line
        while first > 1, !starts.contains(first), !isBlank(first - 1) { first -= 1 }
        var last = line
        while last < lines.count, !starts.contains(last + 1), !isBlank(last + 1) { last += 1 }
        return lines[(first - 1)..<last].joined(separator: "\n")
    }

    private func isBlank(_ line: Int) -> Bool {
        lines[line - 1].allSatisfy(\.isWhitespace)
    }

    /// Whether sentence `index` is a heading.
    func isHeading(_ index: Int) -> Bool {
        sentences[index].hasPrefix("#")
    }

    /// The whole line (a table row) that sentence `index` starts on.
    func line(of index: Int) -> String {
        lines[text.position(of: ranges[index].location).line - 1]
    }

    /// Where `regex` first matches in sentence `index`, as a range of the whole text: for an
    /// excerpt that is the phrase rather than the sentence.
    func range(of regex: NSRegularExpression, in index: Int) -> NSRange? {
        regex.firstRange(in: text.string(ranges[index])).map { NSRange(location: ranges[index].location + $0.location, length: $0.length) }
    }

    /// A finding of `rule` at sentence `index` (or at `range` inside the text) with `summary`.
    func finding(_ rule: LintRule, at index: Int, range: NSRange? = nil, summary: String) -> LintFinding {
        let spot = range ?? ranges[index]
        return LintFinding(rule, at: text.position(of: spot.location), excerpt: text.excerpt(spot),
                           summary: summary, notes: LegalRule.of(rule)?.notes ?? [])
    }
}

extension NSRegularExpression {
    /// Whether the pattern matches anywhere in `string`.
    func found(in string: String) -> Bool {
        firstMatch(in: string, range: NSRange(location: 0, length: (string as NSString).length)) != nil
    }

    /// The first match's range in `string`, if any.
    func firstRange(in string: String) -> NSRange? {
        firstMatch(in: string, range: NSRange(location: 0, length: (string as NSString).length))?.range
    }

    /// Every match of the pattern in `string`, as strings (capture group `group`).
    func strings(in string: String, group: Int = 0) -> [String] {
        let ns = string as NSString
        return matches(in: string, range: NSRange(location: 0, length: ns.length)).compactMap { match in
            let range = match.range(at: group)
            return range.location == NSNotFound ? nil : ns.substring(with: range)
        }
    }
}
