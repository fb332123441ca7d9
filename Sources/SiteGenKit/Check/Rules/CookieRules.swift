import Foundation

/// Rules about cookies and similar techniques: tracking, advertising and third-party cookies or
/// pixels without consent (`cookie-consent`), and the claim that cookies or IP addresses are not
/// personal data (`identifiers-personal-data`).
///
/// The jurisdictions differ on analytics: the Dutch Telecommunicatiewet (art. 11.7a lid 3)
/// exempts analytics cookies with little or no impact on privacy, so in an NL statement analytics
/// alone never fires; the Belgian rule (art. 10/2 of the law of 30 July 2018) exempts only what is
/// strictly necessary, so in a BE statement analytics cookies need consent too.
enum CookieRules {
    private static let tracking = LintText.regex(
        #"\b(?:tracking|targeting|advertentie|advertising|marketing|social[\s-]*media|volg)[\s-]*cookies?\b|\btrackingcookies?\b"#
            + #"|\bcookies?\s+(?:van|by)\s+(?:derde|third)\w*|\bthird[\s-]*party\s+cookies?\b|\b(?:tracking[\s-]*)?pixels?\b|\btrackingpixels?\b"#
            + #"|\bweb[\s-]*beacons?\b|\bsurfgedrag\b|\bop\s+maat\s+gemaakte\s+(?:\w+\s+en\s+)?advertenties|\bgepersonaliseerde\s+advertenties"#,
        caseInsensitive: true)
    private static let analytics = LintText.regex(
        #"\b(?:analytische|statistische|analytics)[\s-]*cookies?\b|\bgoogle\s+analytics\b"#, caseInsensitive: true)
    private static let noTracking = LintText.regex(
        #"\b(?:geen|nooit|niet|no|never)\s+(?:\w+\s+){0,3}?(?:tracking|targeting|advertentie\w*|marketing|cookies?\s+van\s+derden|pixels?|analytische|analytics)"#,
        caseInsensitive: true)
    /// Reading whether an e-mail was opened: a pixel by another name.
    private static let emailOpened = LintText.regex(#"\b(?:opent|opend|geopend|openen|open\s+rates?|opens|opened)\b"#, caseInsensitive: true)
    private static let email = LintText.regex(#"\b(?:e-?mail\w*|bericht\w*|nieuwsbrie\w*|mailing\w*|newsletter\w*)\b"#, caseInsensitive: true)
    private static let measuring = LintText.regex(
        #"\b(?:cookies?|pixels?|technologie\w*|techniek\w*|beacons?|meten|weten|registreren|bijhouden|tracking|zien|track\w*)\b"#,
        caseInsensitive: true)
    private static let consent = LintText.regex(
        #"\b(?:toestemming|consent|opt-?in|cookiebanner|cookie-?melding|toestaan|toestemt|akkoord\s+(?:geeft|gegeven|gaat))\b"#,
        caseInsensitive: true)
    /// Consent words that do not mean consent.
    private static let notConsent = LintText.regex(
        #"\bzonder\s+(?:\w+\s+)?toestemming|\bgeen\s+toestemming|\bimpliciet\w*|\bstilzwijgend\w*|\bwithout\s+(?:\w+\s+)?consent"#,
        caseInsensitive: true)

    private static let noPersonalData = LintText.regex(
        #"\b(?:bevat|bevatten|zijn|is|betreft|betreffen|contains?|are)\s+(?:\w+\s+){0,5}?(?:geen|no|not)\s+(?:[\w]+[\s-]+){0,6}?(?:persoonsgegevens?|persoonlijke\s+(?:gegevens|informatie)|personal\s+(?:data|information)|herleidbare\s+gegevens)"#,
        caseInsensitive: true)
    private static let identifier = LintText.regex(
        #"\bcookies?\b|\bip[\s-]?adres\w*|\bip\s+address\w*|\bapparaat\w*|\bdevice\w*|\bidentifi\w*|\bmac[\s-]?adres\w*|\bimei\b"#,
        caseInsensitive: true)

    /// The findings in `prose` for a statement of `jurisdiction`.
    static func findings(in prose: Prose, jurisdiction: Jurisdiction) -> [LintFinding] {
        var found: [LintFinding] = []
        for (index, sentence) in prose.sentences.enumerated() where !prose.isHeading(index) {
            let opened = emailOpened.found(in: sentence) && email.found(in: sentence) && measuring.found(in: sentence)
            let tracks = tracking.found(in: sentence) || (jurisdiction == .be && analytics.found(in: sentence))
            if opened, !given(in: sentence) {
                found.append(prose.finding(.cookieConsent, at: index,
                                           summary: "whether an e-mail is opened is tracked without consent"))
            } else if tracks, !noTracking.found(in: sentence), !given(in: prose.paragraph(of: index)) {
                found.append(prose.finding(.cookieConsent, at: index,
                                           summary: jurisdiction == .be && !tracking.found(in: sentence)
                                               ? "analytics cookies are placed without consent (required in BE)"
                                               : "tracking, advertising or third-party cookies are placed without consent"))
            }
            if noPersonalData.found(in: sentence), identifier.found(in: prose.withPrevious(index)) {
                found.append(prose.finding(.identifiersArePersonalData, at: index,
                                           summary: "cookies or identifiers are said to contain no personal data"))
            }
        }
        return found
    }

    /// Whether `text` says consent is asked, not merely that consent exists or is assumed.
    private static func given(in text: String) -> Bool {
        consent.found(in: text) && !notConsent.found(in: text)
    }
}
