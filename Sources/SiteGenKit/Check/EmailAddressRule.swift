import Foundation

/// Finds e-mail addresses that cannot work: no domain, no top-level domain, two `@`, a double or
/// trailing dot, a comma instead of a dot. Anything with an `@` between two word characters is a
/// candidate; punctuation around it (a full stop, bold markers, brackets, `mailto:`) is not part of it.
enum EmailAddressRule {
    /// A run of characters around an `@` that Markdown or a sentence would not put inside an address.
    private static let candidate = LintText.regex(#"[^\s<>()\[\]*|`"“”‘’]*[\w.]@[^\s<>()\[\]*|`"“”‘’]*"#)
    private static let valid = LintText.regex(
        #"^[A-Za-z0-9!#$%&'*+/=?^_{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_{|}~-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}$"#)
    private static let trimmed = CharacterSet(charactersIn: ".,;:!?'_~\\")

    /// The findings in `text`.
    static func findings(in text: LintText) -> [LintFinding] {
        text.matches(candidate).compactMap { match in
            var address = text.string(match.range)
                .replacingOccurrences(of: #"\\([!-/:-@\[-`{-~])"#, with: "$1", options: .regularExpression)
            if address.lowercased().hasPrefix("mailto:") { address.removeFirst("mailto:".count) }
            address = address.trimmingCharacters(in: trimmed)
            guard !address.contains("://"), !address.hasPrefix("@") else { return nil }
            let range = NSRange(location: 0, length: (address as NSString).length)
            guard valid.firstMatch(in: address, range: range) == nil else { return nil }
            return LintFinding(.emailAddress, at: text.position(of: match.range.location), excerpt: LintText.excerpt(address),
                               summary: "malformed e-mail address",
                               notes: ["an address is name@domain.tld with no spaces, commas or double dots; compare it with company.email in tenant.yaml"])
        }
    }
}
