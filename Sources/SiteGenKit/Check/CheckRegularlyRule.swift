import Foundation

/// Finds sentences that make the reader responsible for noticing changes ("Wij raden u daarom aan
/// om deze verklaring geregeld te raadplegen", "Check daarom regelmatig deze privacyverklaring").
/// A statement may change, but the GDPR puts the duty to inform on the controller; sitegen
/// publishes every version with a changelog and a feed, so the sentence is both unfair and unneeded.
///
/// A sentence is flagged when it has a reading verb ("raadplegen", "check", "kennis nemen",
/// "bekijken") and either a frequency ("regelmatig", "geregeld", "op regelmatige basis",
/// "regularly") with a reference to the statement, or advice ("raden u aan", "raadzaam") with a
/// reference to changes ("wijzigingen", "meest recente versie"). Advice alone is not enough: "wij
/// raden u aan deze verklaring goed te lezen" is fine. A sentence where the company does the
/// checking ("We controleren regelmatig of …") is never flagged.
enum CheckRegularlyRule {
    private static let frequency = LintText.regex(
        #"\b(?:regelmatig\w*|geregeld|periodiek|van tijd tot tijd|af en toe|regularly|periodically|from time to time|frequently)\b"#,
        caseInsensitive: true)
    private static let advice = LintText.regex(
        #"\b(?:raden|adviseren|aanbevolen|aan te raden|raadzaam|recommend\w*|advise\w*|encourage\w*)\b"#, caseInsensitive: true)
    private static let readingVerb = LintText.regex(
        #"\b(?:raadpleeg\w*|raadplegen|consulte\w*|kennis\s+(?:te\s+)?nemen|kennisnemen|kennis\s+neemt|na\s+te\s+lezen|nalezen|lees|lezen|bekijk\w*|check|checkt|checken|controleer|bezoek\w*|review|revisit|visit|consult|read|look)\b"#,
        caseInsensitive: true)
    private static let reference = LintText.regex(
        #"(?:verklaring|privacybeleid|privacy\s*policy|policy|beleid|deze\s+pagina|wijziging\w*|versie\w*|aanpassing\w*|statement|this\s+page|changes|updates)"#,
        caseInsensitive: true)
    private static let changes = LintText.regex(
        #"(?:wijziging\w*|aanpassing\w*|op de hoogte|meest recente|laatste versie|nieuwe versie|changes|updates|up to date|latest version)"#,
        caseInsensitive: true)
    /// The company as the one who checks or reviews.
    private static let companyActs = LintText.regex(
        #"\b(?:we|wij)\s+(?:\w+\s+)?(?:controleren|checken|check|bekijken|evalueren|herzien|beoordelen|review|update|actualiseren)\b"#,
        caseInsensitive: true)

    /// The findings in `text`.
    static func findings(in text: LintText) -> [LintFinding] {
        text.sentences.compactMap { range in
            let sentence = text.string(range)
            let whole = NSRange(location: 0, length: (sentence as NSString).length)
            func has(_ regex: NSRegularExpression) -> Bool { regex.firstMatch(in: sentence, range: whole) != nil }
            guard has(readingVerb), !has(companyActs),
                  (has(frequency) && has(reference)) || (has(advice) && has(changes)) else { return nil }
            return LintFinding(.checkRegularly, at: text.position(of: range.location), excerpt: text.excerpt(range),
                               summary: "the reader is asked to check the statement for changes",
                               notes: ["informing people about changes is the company's duty, and every version is published with a changelog and a feed; remove the sentence"])
        }
    }
}
