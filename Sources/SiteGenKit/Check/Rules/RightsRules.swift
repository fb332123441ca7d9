import Foundation

/// Rules about exercising the data subject's rights: an ID copy for every request
/// (`identity-copy`), an objection narrowed to "serious" ones (`objection-limited`), direct
/// marketing without the absolute right to object (`marketing-objection`) and a response deadline
/// other than one month plus two (`response-deadline`).
enum RightsRules {
    private static let identityDocument = LintText.regex(
        #"(?:legitimatie|identiteits)bewijs|identiteitskaart|\bid-?(?:kaart|bewijs)\b|\bpaspoort|\bidentity\s+(?:document|card)|\bpassport"#,
        caseInsensitive: true)
    private static let copying = LintText.regex(
        #"\b(?:kopie|kopietje|scan|afschrift|meesturen|mee\s+te\s+sturen|meezenden|bijvoegen|bij\s+te\s+voegen|uploaden|opsturen|op\s+te\s+sturen|copy|upload)\b"#,
        caseInsensitive: true)
    private static let request = LintText.regex(
        #"\b(?:verzoek\w*|rechten|inzage\w*|uitoefen\w*|requests?|rights)\b"#, caseInsensitive: true)
    /// Proportionate identification: only in doubt, or not at all.
    private static let proportionate = LintText.regex(
        #"\b(?:alleen|enkel|uitsluitend|slechts|only|twijfel\w*|doubt\w*|nooit|never)\b|geen\s+kopie|niet\s+om\s+een\s+kopie"#,
        caseInsensitive: true)

    private static let seriousObjection = LintText.regex(
        #"\b(?:ernstige|zwaarwegende|gegronde|zwaarwichtige|serious)\s+(?:\w+\s+)?(?:bezwaren|bezwaar|objections?)\b"#, caseInsensitive: true)

    private static let marketing = LintText.regex(
        #"\b(?:direct\s*marketing|direct\s+mailing|e-?mailmarketing|e-?mailing\w*|nieuwsbrie\w*|newsletters?|commerciële\s+(?:berichten|e-?mails?)|reclame\w*|advertentie\w*|marketing\w*)\b"#,
        caseInsensitive: true)
    private static let objection = LintText.regex(#"\b(?:bezwaar|verzet|object\w*)\b"#, caseInsensitive: true)

    private static let deadline = LintText.regex(
        #"\bbinnen\s+(?:de\s+)?(\w+)\s+(?:kalender|werk)?(dagen|dag|weken|week|maanden|maand)\b|\bwithin\s+(\w+)\s+(?:calendar\s+|working\s+)?(days|weeks|months?)\b"#,
        caseInsensitive: true)
    private static let extension_ = LintText.regex(
        #"\bmet\s+(\w+)\s+(?:\w+\s+)?maand(?:en)?\s+(?:te\s+|worden\s+|kan\s+worden\s+)?verl\w*|\bverleng\w*\s+(?:\w+\s+){0,3}?met\s+(\w+)\s+(?:\w+\s+)?maand|\bextended\s+by\s+(\w+)\s+(?:further\s+)?months?"#,
        caseInsensitive: true)
    private static let answering = LintText.regex(
        #"\b(?:verzoek\w*|reageren|reageert|reactie|antwoord\w*|beantwoord\w*|gevolg\s+(?:te\s+)?geven|behandel\w*|requests?|respond\w*|reply)\b"#,
        caseInsensitive: true)
    /// Where the statement tells the reader how to exercise their rights.
    private static let exercising = LintText.regex(
        #"\brecht(?:en)?\s+(?:wilt\s+|wil\s+)?uitoefenen|\buitoefen(?:en|ing)\s+van\s+(?:uw|je|jouw|deze)\s+rechten|\been\s+of\s+meerdere\s+rechten|\bexercise\s+(?:your|these)\s+rights"#,
        caseInsensitive: true)
    /// "binnen de eerste maand" (the notice of an extension, Art. 12(3)) is one month too.
    private static let one = ["één", "een", "1", "one", "eerste", "first"]
    private static let two = ["twee", "2", "two"]

    /// The findings in `prose`.
    static func findings(in prose: Prose) -> [LintFinding] {
        var found: [LintFinding] = []
        var marketingAt: Int?
        var exercisingAt: Int?
        var deadlineStated = false
        var marketingObjection = false
        for (index, sentence) in prose.sentences.enumerated() {
            if identityDocument.found(in: sentence), copying.found(in: sentence), !proportionate.found(in: sentence),
               request.found(in: prose.before(index, length: 400) + " " + sentence) {
                found.append(prose.finding(.identityCopy, at: index, summary: "a copy of an identity document is demanded for a request"))
            }
            if let spot = prose.range(of: seriousObjection, in: index) {
                found.append(prose.finding(.objectionLimited, at: index, range: spot, summary: "the right to object is limited"))
            }
            if marketing.found(in: sentence) {
                if marketingAt == nil { marketingAt = index }
                if objection.found(in: sentence) { marketingObjection = true }
            }
            if exercisingAt == nil, exercising.found(in: sentence) { exercisingAt = index }
            if answering.found(in: sentence), deadline.found(in: sentence) { deadlineStated = true }
            if answering.found(in: sentence) {
                let periods = deadline.matches(in: sentence, range: NSRange(location: 0, length: (sentence as NSString).length)).map { match in
                    (1...4).map { match.range(at: $0) }.filter { $0.location != NSNotFound }.map { (sentence as NSString).substring(with: $0).lowercased() }
                }
                let wrongPeriod = periods.contains { parts in
                    parts.count == 2 && !(one.contains(parts[0]) && parts[1].hasPrefix("maand") || one.contains(parts[0]) && parts[1] == "month")
                }
                let extensions = extension_.strings(in: sentence, group: 1) + extension_.strings(in: sentence, group: 2)
                    + extension_.strings(in: sentence, group: 3)
                if wrongPeriod || extensions.contains(where: { !two.contains($0.lowercased()) }) {
                    found.append(prose.finding(.responseDeadline, at: index,
                                               summary: "the response deadline is not one month, extendable by two"))
                }
            }
        }
        if let first = exercisingAt, !deadlineStated {
            found.append(prose.finding(.responseDeadline, at: first,
                                       summary: "the statement says how to exercise your rights, but not how soon requests are answered"))
        }
        if let first = marketingAt, !marketingObjection {
            found.append(prose.finding(.marketingObjection, at: first,
                                       summary: "data is used for direct marketing, but the absolute right to object to it is not stated"))
        }
        return found
    }
}
