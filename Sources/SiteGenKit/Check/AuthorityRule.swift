import Foundation

/// Finds a supervisory authority that does not fit the statement's jurisdiction, authorities by
/// their pre-GDPR names, and the privacy laws the GDPR replaced on 25 May 2018. Statements written
/// in 2018 or copied from older templates keep naming the Belgian "Privacycommissie" (in every
/// spelling), the law of 8 December 1992 or the Dutch Wbp long after they stopped existing.
enum AuthorityRule {
    /// A name to look for and what to say about it.
    private struct Pattern {
        let rule: LintRule
        let regex: NSRegularExpression
        /// Nil: wrong everywhere; otherwise only in statements of this jurisdiction.
        let jurisdiction: Jurisdiction?
        let summary: String
        let note: String

        init(_ rule: LintRule, _ pattern: String, only jurisdiction: Jurisdiction? = nil, _ summary: String, note: String) {
            self.rule = rule
            regex = LintText.regex(pattern, caseInsensitive: true)
            self.jurisdiction = jurisdiction
            self.summary = summary
            self.note = note
        }
    }

    private static let belgianNow = "since 25 May 2018 the Belgian authority is the Gegevensbeschermingsautoriteit (gegevensbeschermingsautoriteit.be)"
    private static let dutchNow = "the Dutch authority is the Autoriteit Persoonsgegevens (autoriteitpersoonsgegevens.nl)"

    private static let patterns: [Pattern] = [
        Pattern(.supervisoryAuthority, #"privacy[\s\-]*commiss(?:ie|ion)"#,
                "the Belgian Privacycommissie was renamed in 2018", note: belgianNow),
        Pattern(.supervisoryAuthority, #"commissie\s+(?:voor\s+)?(?:de\s+)?bescherming\s+van\s+de\s+persoonlijke\s+levenssfeer"#,
                "the Commissie voor de bescherming van de persoonlijke levenssfeer was renamed in 2018", note: belgianNow),
        Pattern(.supervisoryAuthority, #"commission\s+(?:de\s+)?(?:la\s+)?protection\s+de\s+la\s+vie\s+priv[ée]e"#,
                "the Commission de la protection de la vie privée was renamed in 2018", note: belgianNow),
        Pattern(.supervisoryAuthority, #"college\s+(?:voor\s+de\s+)?bescherming\s+(?:van\s+)?persoonsgegevens"#,
                "the College bescherming persoonsgegevens was renamed in 2016", note: dutchNow),
        Pattern(.supervisoryAuthority, #"gegevensbeschermings[\s\-]*autoriteit"#, only: .nl,
                "a Dutch (NL) statement names the Belgian supervisory authority", note: dutchNow),
        Pattern(.supervisoryAuthority, #"autoriteit[\s\-]*persoonsgegevens"#, only: .be,
                "a Belgian (BE) statement names the Dutch supervisory authority", note: belgianNow),
        Pattern(.outdatedLaw, #"wet\s+van\s+8\s+december\s+1992"#,
                "the Belgian privacy law of 8 December 1992 no longer applies",
                note: "since 25 May 2018 the GDPR (AVG) applies, with the Belgian law of 30 July 2018"),
        Pattern(.outdatedLaw, #"wet\s+bescherming\s+persoonsgegevens|\bWbp\b"#,
                "the Dutch Wet bescherming persoonsgegevens no longer applies",
                note: "since 25 May 2018 the GDPR (AVG) applies, with the Uitvoeringswet AVG"),
        Pattern(.outdatedLaw, #"richtlijn\s+95/46|directive\s+95/46"#,
                "Directive 95/46/EC no longer applies", note: "the GDPR (Regulation (EU) 2016/679) replaced it on 25 May 2018"),
    ]

    /// The findings in `text` for a statement of `jurisdiction`.
    static func findings(in text: LintText, jurisdiction: Jurisdiction) -> [LintFinding] {
        patterns.filter { $0.jurisdiction == nil || $0.jurisdiction == jurisdiction }.flatMap { pattern in
            text.matches(pattern.regex).map { match in
                LintFinding(pattern.rule, at: text.position(of: match.range.location), excerpt: text.excerpt(match.range),
                            summary: pattern.summary, notes: [pattern.note])
            }
        }
    }
}
