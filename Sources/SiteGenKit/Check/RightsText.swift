import Foundation

/// Finds the six rights of GDPR Art. 13(2)(b) in a statement's text, read as the lint rules read
/// it (cmark's tree, code and raw HTML blanked, sentence by sentence; `Prose`). A right counts
/// when a sentence (or heading) names it: by its own term ("inzage", "rectificatie",
/// "vergetelheid", "beperking van de verwerking", "overdraagbaarheid", "bezwaar maken"), or by a
/// verb of the right ("verwijderen", "corrigeren", "overdragen") in a sentence about the reader's
/// rights or requests ("u heeft het recht", "je kunt ons vragen", "op verzoek"), in the "u" and
/// "je" register alike. "Daarna worden de gegevens verwijderd" names no right.
enum RightsText {
    /// Words that make a sentence about what the reader may do or ask.
    private static let rightContext = LintText.regex(
        #"\brecht\w*\b|\bverzoek\w*|\bvragen\b|\bvraag\b|\bkunt\b|\bkun\b|\bmag\b|\bmoogt\b|\blaten\b|\bright\w*\b|\brequest\w*"#, caseInsensitive: true)

    /// Each right's own terms (enough alone) and its verbs (only with `rightContext`).
    private static let patterns: [(GDPRItem, strong: NSRegularExpression, weak: NSRegularExpression?)] = [
        (.rightOfAccess, LintText.regex(#"\binzage\w*\b|\binzien\b|\brecht\s+op\s+toegang\b|\bright\s+of\s+access\b"#, caseInsensitive: true), nil),
        (.rightToRectification, LintText.regex(#"\brectificatie\b|\brectificeren\b|\brectification\b"#, caseInsensitive: true),
         LintText.regex(#"\b(?:corrigeren|correctie|verbeteren|aanvullen|wijzigen|aanpassen|laten\s+aanpassen)\b"#, caseInsensitive: true)),
        (.rightToErasure, LintText.regex(#"\bvergetelheid\b|\bgegevenswissing\b|\berasure\b|\bvergeten\s+(?:te\s+)?worden\b"#, caseInsensitive: true),
         LintText.regex(#"\bverwijder\w*|\bwissen\b|\bvernietig\w*|\bdelete\w*|\berase\b"#, caseInsensitive: true)),
        (.rightToRestriction, LintText.regex(
            #"\bbeperk(?:ing|en)\s+van\s+(?:de\s+)?(?:verwerking|gegevensverwerking)\b|\brecht\s+op\s+beperking\b|\bverwerking\s+(?:\w+\s+){0,3}(?:te\s+)?(?:laten\s+)?beperken\b|\brestriction\s+of\s+processing\b"#,
            caseInsensitive: true),
         LintText.regex(#"\bbeperk\w*\b|\bstopzetten\b|\bopschorten\b|\brestrict\w*"#, caseInsensitive: true)),
        (.rightToPortability, LintText.regex(
            #"\b(?:gegevens)?overdraagbaarheid\b|\bdataportabiliteit\b|\bportabiliteit\b|\bportability\b|\boverdracht\s+van\s+(?:uw|je|jouw)\s+(?:persoons)?gegevens\b|\bgangbaar\s+(?:bestands)?formaat\b|\bmachineleesba\w*"#,
            caseInsensitive: true),
         LintText.regex(#"\boverdragen\b|\boverdracht\b|\boverdraagbaar\b|\bdoorsturen\b|\btransfer\b"#, caseInsensitive: true)),
        (.rightToObject, LintText.regex(#"\bbezwaar\s+(?:te\s+)?maken\b|\brecht\s+(?:op|van)\s+bezwaar\b|\bverzet\b|\bright\s+to\s+object\b"#, caseInsensitive: true),
         LintText.regex(#"\bbezwaar\b|\bobject\b"#, caseInsensitive: true)),
    ]

    /// For each right the statement names, the line of the first sentence that names it.
    static func rights(in text: LintText) -> [GDPRItem: Int] {
        let prose = Prose(text)
        var found: [GDPRItem: Int] = [:]
        for (index, sentence) in prose.sentences.enumerated() {
            var context: Bool?
            for (item, strong, weak) in patterns where found[item] == nil {
                var named = strong.found(in: sentence)
                if !named, let weak, weak.found(in: sentence) {
                    if context == nil { context = rightContext.found(in: sentence) }
                    named = context == true
                }
                if named { found[item] = text.position(of: prose.ranges[index].location).line }
            }
        }
        return found
    }
}
