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
}
