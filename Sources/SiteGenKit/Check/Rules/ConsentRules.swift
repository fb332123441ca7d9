import Foundation

/// Rules about consent: consent inferred from use (`implied-consent`), the statement made a
/// contract to accept (`statement-as-terms`) and the age from which a child consents alone
/// (`consent-age`).
enum ConsentRules {
    /// "impliciete toestemming", "stilzwijgend … toestemming", "implied consent".
    private static let implicit = LintText.regex(
        #"\b(?:impliciete?|stilzwijgende?|stilzwijgend|implied|implicit)\s+(?:\w+\s+){0,2}?(?:toestemming|instemming|akkoord|consent)\b"#,
        caseInsensitive: true)
    /// Using, visiting or continuing as the act: "door gebruik te maken van", "door verder te surfen".
    private static let byUse = LintText.regex(
        #"\b(?:door|by)\s+(?:het\s+)?(?:verder(?:e)?\s+)?(?:gebruik\b|te\s+gebruiken|bezoek\b|te\s+bezoeken|surfen|te\s+surfen|browsen|scrollen|doorklikken|verder\s+te\s+(?:gaan|surfen|klikken|browsen)|te\s+blijven|using|continuing|browsing)"#
            + #"|\b(?:als|indien|wanneer)\s+(?:u|je|jij)\s+(?:\w+\s+){0,3}?(?:blijft\s+gebruiken|verder\s+gaat|doorgaat|doorklikt|verder\s+surft|blijft\s+surfen)"#,
        caseInsensitive: true)
    private static let consentWord = LintText.regex(
        #"\b(?:toestemming|instemming|akkoord|stemt\s+(?:u|je|jij)\s+in|stem\s+je\s+in|in\s+te\s+stemmen|consent\w*|agree\w*)\b"#,
        caseInsensitive: true)
    /// "geen impliciete toestemming", "is geen toestemming": the text says the right thing.
    private static let negated = LintText.regex(
        #"\b(?:geen|nooit|niet|not|never|no)\s+(?:\w+\s+){0,3}?(?:impliciet\w*|stilzwijgend\w*|als\s+toestemming|geldige\s+toestemming|toestemming|implied|consent)\b"#,
        caseInsensitive: true)

    private static let statementWord = LintText.regex(
        #"\b(?:privacyverklaring|privacybeleid|privacy\s*policy|privacy\s*statement|deze\s+verklaring|dit\s+beleid)\b"#, caseInsensitive: true)
    private static let partOf = LintText.regex(
        #"(?<!geen\s)(?<!niet\s)\b(?:deel|onderdeel|part)\b(?:\s+\w+){0,6}?\s+(?:\w*voorwaarden|terms)\b"#, caseInsensitive: true)
    /// "Als u niet akkoord gaat …", "Indien je het niet eens bent …".
    private static let disagree = LintText.regex(
        #"\b(?:als|indien|wanneer|if)\s+(?:u|je|jij|you)\s+(?:\w+\s+){0,4}?(?:niet\s+akkoord|het\s+niet\s+eens|niet\s+instem\w*|niet\s+(?:\w+\s+)?in\s*stemt|do\s+not\s+agree|disagree)"#,
        caseInsensitive: true)
    /// … "moet u het contact beëindigen", "verlaat dan de website", "stop using".
    private static let stop = LintText.regex(
        #"\b(?:beëindig\w*|verlaten|verlaat|stoppen|stop\w*|geen\s+(?:verder\w*\s+)?(?:gebruik|activiteiten)|niet\s+(?:langer|meer)\s+(?:te\s+)?gebruik\w*|leave)\b"#,
        caseInsensitive: true)

    private static let age = LintText.regex(
        #"\b(?:jonger|ouder)\s+(?:zijn\s+|is\s+|bent\s+)?dan\s+(\d{1,2})\b|\bonder\s+de\s+(\d{1,2})\s+jaar|\b(\d{1,2})\s+jaar\s+of\s+(?:ouder|jonger)|\b(?:under|younger\s+than|older\s+than)\s+(?:the\s+age\s+of\s+)?(\d{1,2})\b"#,
        caseInsensitive: true)
    private static let parentalConsent = LintText.regex(
        #"\b(?:toestemming|ouders|ouderlijk\w*|voogd|wettelijk\w*\s+vertegenwoordiger|consent|parent\w*|guardian)\b"#, caseInsensitive: true)

    /// The findings in `prose` for a statement of `jurisdiction`.
    static func findings(in prose: Prose, jurisdiction: Jurisdiction) -> [LintFinding] {
        var found: [LintFinding] = []
        for (index, sentence) in prose.sentences.enumerated() {
            if (implicit.found(in: sentence) || (byUse.found(in: sentence) && consentWord.found(in: sentence)))
                && !negated.found(in: sentence) {
                found.append(prose.finding(.impliedConsent, at: index, summary: "consent is inferred from use or from continuing"))
            }
            if (statementWord.found(in: sentence) && partOf.found(in: sentence))
                || (disagree.found(in: sentence) && stop.found(in: sentence)) {
                found.append(prose.finding(.statementAsTerms, at: index,
                                           summary: "the statement is presented as terms to accept"))
            }
            let expected = jurisdiction == .nl ? 16 : 13
            let ages = age.matches(in: sentence, range: NSRange(location: 0, length: (sentence as NSString).length)).compactMap { match in
                (1..<match.numberOfRanges).lazy.map { match.range(at: $0) }.first { $0.location != NSNotFound }
                    .flatMap { Int((sentence as NSString).substring(with: $0)) }
            }
            if let wrong = ages.first(where: { (12...17).contains($0) && $0 != expected }),
               parentalConsent.found(in: prose.withNext(index)) {
                found.append(prose.finding(.consentAge, at: index,
                                           summary: "the age for a child's consent is \(wrong), not \(expected) as in \(jurisdiction.rawValue)"))
            }
        }
        return found
    }
}
