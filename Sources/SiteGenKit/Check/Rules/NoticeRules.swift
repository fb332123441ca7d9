import Foundation

/// Rules about what the statement tells the reader beyond the processing itself: a register row
/// that rests on "Wettelijke verplichting" without naming the law (`legal-obligation-law`), and
/// a statement that may change without saying changes are announced (`change-notice`).
enum NoticeRules {
    /// A table cell that is only the basis: "Wettelijke verplichting".
    private static let obligationCell = LintText.regex(#"^\*{0,2}wettelijke\s+verplichting\.?\*{0,2}$"#, caseInsensitive: true)
    /// A law named on the row: "wet", "Telecommunicatiewet", "art. 52", "artikel 13.2a".
    private static let lawNamed = LintText.regex(#"\w*wet\b|\bwetboek\b|\bartikel\b|\bart\.\s*\d|\bAWR\b|\bverordening\b"#, caseInsensitive: true)

    private static let statementWord = LintText.regex(
        #"\b(?:privacyverklaring|privacybeleid|privacy\s*policy|privacy\s*statement|deze\s+verklaring|dit\s+beleid|cookieverklaring)\b"#,
        caseInsensitive: true)
    /// The company keeps the right to change: "kan … aanpassen", "kan van tijd tot tijd worden gewijzigd",
    /// "behoudt zich het recht voor om wijzigingen aan te brengen".
    private static let mayChange = LintText.regex(
        #"\b(?:kan|kunnen|mag|mogen|behoudt|behouden|may|reserves?)\b(?:\s+\S+){0,12}?\s+(?:aan\s*(?:te\s+)?pass\w*|aangepast|wijzig\w*|gewijzigd|veranderen|veranderd|change\w*|amend\w*|update\w*)"#,
        caseInsensitive: true)
    /// Changes announced to the reader.
    private static let announced = LintText.regex(
        #"\bvooraf\b|\bvoordat\b|\baankondig\w*|\baangekondigd|\bkondig\w*\s+(?:\w+\s+){0,3}?aan\b|\b(?:laten|stellen)\s+(?:wij|we)\s+(?:u|je|jou|het\s+u|het\s+je)\b(?:\s+\S+){0,4}?\s+weten|\b(?:informeren|berichten)\s+(?:wij|we)\s+(?:u|je|jou)\b|\bop\s+de\s+hoogte\s+(?:brengen|stellen)|\bin\s+advance\b|\bnotify\b"#,
        caseInsensitive: true)

    /// The findings in `prose`.
    static func findings(in prose: Prose) -> [LintFinding] {
        var found: [LintFinding] = []
        for (index, sentence) in prose.sentences.enumerated() where !prose.isHeading(index) {
            if obligationCell.found(in: sentence.trimmingCharacters(in: .whitespaces)),
               prose.line(of: index).hasPrefix("|"), !lawNamed.found(in: prose.line(of: index)) {
                found.append(prose.finding(.legalObligationLaw, at: index,
                                           summary: "a register row rests on a legal obligation without naming the law"))
            }
            if statementWord.found(in: sentence), let spot = prose.range(of: mayChange, in: index),
               !announced.found(in: prose.paragraph(of: index)) {
                // The phrase, not the sentence: a shared clause names each tenant in it.
                found.append(prose.finding(.changeNotice, at: index, range: spot,
                                           summary: "the statement may change, but changes are not announced"))
            }
        }
        return found
    }
}
