import Foundation

/// An e-mail address a config gives (`company.email.privacy`, `dpo.email`): name@domain.tld, no
/// spaces, no display name, no `mailto:` — it is printed and linked as written.
enum EmailAddress {
    private static let pattern = try! NSRegularExpression(
        pattern: #"^[A-Za-z0-9!#$%&'*+/=?^_{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_{|}~-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}$"#)

    /// What is wrong with `text` as an address; nil when it is one.
    static func problem(with text: String) -> ValueProblem? {
        if let blank = ValueProblem.blank(text) { return blank }
        let range = NSRange(location: 0, length: (text as NSString).length)
        guard pattern.firstMatch(in: text, range: range) == nil else { return nil }
        return ValueProblem("'\(text)' is not an e-mail address", notes: [
            "expected name@domain.tld with no spaces, commas, double dots or mailto:",
        ])
    }
}
