/// The kinds of content problem `ContentLinter` finds. The raw value is the id printed in brackets
/// after each message (`… [check-regularly]`), so an editor or a CI script can tell the rules apart
/// without parsing the prose of the message.
enum LintRule: String, CaseIterable, Sendable, Hashable {
    /// A link whose target is `#` or empty: the company never filled in the address.
    case emptyLink = "empty-link"
    /// Words in square brackets that are neither a link nor a footnote: a template blank or choice
    /// ("[onze cookiebanner ons cookiebeleid]") that was published as it was.
    case templateBrackets = "template-brackets"
    /// Something with an `@` that is not a usable e-mail address.
    case emailAddress = "email-address"
    /// A Dutch or Belgian phone number with too few or too many digits, or a `0` after `+31`/`+32`.
    case phoneNumber = "phone-number"
    /// A supervisory authority of the wrong country, or one by its pre-GDPR name.
    case supervisoryAuthority = "supervisory-authority"
    /// A privacy law that the GDPR replaced in 2018.
    case outdatedLaw = "outdated-law"
    /// A sentence that makes the reader responsible for watching the statement for changes.
    case checkRegularly = "check-regularly"

    // The legal rule pack for NL and BE statements (issue 17): each has its reference, its
    // jurisdictions and its fix in `LegalRule.all`.
    /// Consent inferred from using the site or from continuing (GDPR Art. 4(11), 7).
    case impliedConsent = "implied-consent"
    /// The statement declared part of the terms and conditions, or "if you do not agree, stop".
    case statementAsTerms = "statement-as-terms"
    /// Wording from a processor agreement ("de Verwerker … aan de Verantwoordelijke") in a
    /// controller's statement.
    case processorWording = "processor-wording"
    /// A copy of an identity document demanded for every rights request.
    case identityCopy = "identity-copy"
    /// The right to object narrowed to "ernstige bezwaren" or similar.
    case objectionLimited = "objection-limited"
    /// Direct marketing without the absolute right to object to it (GDPR Art. 21(2)-(4)).
    case marketingObjection = "marketing-objection"
    /// A response deadline other than one month, extendable by two (GDPR Art. 12(3)).
    case responseDeadline = "response-deadline"
    /// Tracking, advertising or third-party cookies and pixels without consent.
    case cookieConsent = "cookie-consent"
    /// "Contains no personal data" said of cookies, IP addresses or other identifiers.
    case identifiersArePersonalData = "identifiers-personal-data"
    /// The Dutch citizen service number (BSN) processed without a statutory basis (UAVG art. 46).
    case citizenServiceNumber = "bsn-basis"
    /// "No transfers outside the EEA" next to processors established outside it.
    case transfersOutsideEEA = "transfers-outside-eea"
    /// A transfer outside the EEA without its mechanism (adequacy or an Art. 46 safeguard).
    case transferMechanism = "transfer-mechanism"
    /// An age for a child's consent that is not the jurisdiction's (NL 16, BE 13).
    case consentAge = "consent-age"
    /// A plain `http://` link.
    case plainHTTP = "plain-http"
    /// A register row that rests on "Wettelijke verplichting" without naming the law (GDPR Art. 6(3)).
    case legalObligationLaw = "legal-obligation-law"
    /// The statement may change, but changes are not announced to the reader beforehand.
    case changeNotice = "change-notice"
}
