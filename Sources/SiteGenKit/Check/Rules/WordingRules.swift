import Foundation

/// Rules about single phrases: a processor agreement's wording in a controller's statement
/// (`processor-wording`), the Dutch BSN without a statutory basis (`bsn-basis`) and plain
/// `http://` links (`plain-http`).
enum WordingRules {
    /// "de Verwerker", "wanneer Verwerker": the capital marks a defined term of a contract.
    private static let processorTerm = LintText.regex(#"\b(?:de|het|zal|moet|wanneer|indien|dat|als)\s+Verwerker\b"#)
    private static let controllerTerm = LintText.regex(#"\b(?:aan|van|door|de)\s+(?:de\s+)?Verantwoordelijke\b"#)
    private static let returning = LintText.regex(
        #"terugbezorg\w*|terug\s+te\s+(?:krijgen|bezorgen|geven)|terug\s*(?:geven|krijgen)|retourner\w*|instructies|in\s+opdracht"#,
        caseInsensitive: true)

    private static let citizenNumber = LintText.regex(#"\bBSN\b|burgerservicenummer|\bsofi-?nummer"#, caseInsensitive: true)
    /// The number masked or refused: the sentence protects it rather than collects it.
    private static let masked = LintText.regex(
        #"afdek\w*|afgedekt|\bdek\b|afscherm\w*|afgeschermd|doorhal\w*|doorgehaald|onleesbaar|onzichtbaar|\bnooit\b|\bgeen\s+(?:\w+\s+)?(?:BSN|burgerservicenummer)"#,
        caseInsensitive: true)
    private static let statutoryBasis = LintText.regex(
        #"\bwet\b|\bwetten\b|wettelijke\s+verplichting|wettelijk\s+(?:voorgeschreven|verplicht)|op\s+grond\s+van\s+(?:de\s+|artikel|art\.)"#,
        caseInsensitive: true)

    private static let plainLink = LintText.regex(#"\bhttp://[^\s)>\]]+"#, caseInsensitive: true)

    /// The findings in `prose` for a statement of `jurisdiction`.
    static func findings(in prose: Prose, jurisdiction: Jurisdiction) -> [LintFinding] {
        var found: [LintFinding] = []
        for (index, sentence) in prose.sentences.enumerated() {
            if processorTerm.found(in: sentence) || (controllerTerm.found(in: sentence) && returning.found(in: sentence)) {
                found.append(prose.finding(.processorWording, at: index,
                                           summary: "wording of a processing agreement in a controller's statement"))
            }
            if jurisdiction == .nl, citizenNumber.found(in: sentence), !masked.found(in: sentence),
               !statutoryBasis.found(in: prose.line(of: index)) {
                found.append(prose.finding(.citizenServiceNumber, at: index,
                                           summary: "the BSN is processed without naming the law that requires it"))
            }
        }
        for match in prose.text.matches(plainLink) {
            found.append(LintFinding(.plainHTTP, at: prose.text.position(of: match.range.location), excerpt: prose.text.excerpt(match.range),
                                     summary: "a link over plain http", notes: LegalRule.of(.plainHTTP)?.notes ?? []))
        }
        return found
    }
}
