/// Lints a statement's Markdown for content problems a legal editor would want to know about
/// before publishing: links to nowhere, unfilled template brackets, malformed e-mail addresses and
/// phone numbers, a wrong or outdated supervisory authority or law, and sentences that ask the
/// reader to check for changes (`LintRule` lists them).
///
/// A pure function of the text and the jurisdiction: no files, no tenant config. That is what lets
/// the same rules run on a tenant's current statement in `sitegen check` and on any released
/// version in `history/`, whose Markdown is all that is left of it. Every finding is a warning:
/// the rules are heuristics about prose, and the final word is the editor's.
struct ContentLinter: Sendable {
    /// Whose supervisory authority and phone-number lengths apply.
    let jurisdiction: Jurisdiction

    /// A linter for statements of `jurisdiction`.
    init(jurisdiction: Jurisdiction) {
        self.jurisdiction = jurisdiction
    }

    /// The findings in `markdown`, in the order they occur.
    func lint(_ markdown: String) -> [LintFinding] {
        let text = LintText(markdown)
        let findings = EmptyLinkRule.findings(in: text)
            + TemplateBracketRule.findings(in: text)
            + EmailAddressRule.findings(in: text)
            + PhoneNumberRule.findings(in: text, jurisdiction: jurisdiction)
            + AuthorityRule.findings(in: text, jurisdiction: jurisdiction)
            + CheckRegularlyRule.findings(in: text)
            + LegalRulePack.findings(in: text, jurisdiction: jurisdiction)
        return findings.sorted { ($0.line, $0.column, $0.rule.rawValue) < ($1.line, $1.column, $1.rule.rawValue) }
    }
}
