import Foundation

/// Finds Dutch and Belgian phone numbers with the wrong number of digits, or with a trunk `0` after
/// the country code (`+31 06…`, which cannot be dialled). Written forms vary a lot — `0577-745090`,
/// `053 7400 240`, `088 – 1805 250`, `+31 (0)20 …`, `+32(0)56/70.67.70`, `0800-1234` — so only the
/// digits are judged, never the spacing.
///
/// To keep dates, times, amounts and register numbers out, a number is only judged when it starts
/// with `+`/`00`, or starts with `0` right after a phone word ("Telefoon:", "T:", "bel", …).
enum PhoneNumberRule {
    /// Digits with the separators people use in phone numbers; not preceded by a letter, digit or
    /// URL character, so a KBO number `BE0758.818.627` or a path `/0800` is not a candidate.
    private static let candidate = LintText.regex(#"(?<![\w/=?&#@+.,:\-–])(?:\+\s?\d|0)[\d \u00A0\-–./()]*\d(?!\w)"#)
    /// Words that say a number close after them is a phone number ("telefonisch bereikbaar op").
    private static let phoneWord = LintText.regex(
        #"\b(?:tel|telefoon\w*|telefonisch|bel|bellen|belt|gsm|mobiel|fax|phone|call)\b|(?:^|[\s*])T\s?:"#,
        caseInsensitive: true)
    /// Times ("08.00 - 17.00") and dates ("01-02-2024") look like digit runs too.
    private static let timeOrDate = LintText.regex(
        #"^(?:\d{1,2}[.:]\d{2}(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?|\d{1,2}[-./]\d{1,2}[-./]\d{2,4})$"#)

    /// The findings in `text`; `jurisdiction` decides how long a number without country code is.
    static func findings(in text: LintText, jurisdiction: Jurisdiction) -> [LintFinding] {
        text.matches(candidate).compactMap { match in
            let written = text.string(match.range)
            let international = written.hasPrefix("+") || written.range(of: "^00[1-9]", options: .regularExpression) != nil
            let context = text.lineBefore(match.range.location, length: 40)
            guard international || phoneWord.firstMatch(in: context, range: NSRange(location: 0, length: (context as NSString).length)) != nil,
                  timeOrDate.firstMatch(in: written, range: NSRange(location: 0, length: (written as NSString).length)) == nil,
                  let problem = problem(with: written, jurisdiction: jurisdiction) else { return nil }
            return LintFinding(.phoneNumber, at: text.position(of: match.range.location), excerpt: LintText.excerpt(written),
                               summary: "malformed phone number (\(problem))",
                               notes: ["Dutch numbers have 10 digits (0800/090x: 8 or 11), Belgian 9 (mobile 04…: 10); after +31 or +32 the leading 0 goes, or is written (0)"])
        }
    }

    /// What is wrong with a written number, or nil when it is a plausible number.
    static func problem(with written: String, jurisdiction: Jurisdiction) -> String? {
        var text = written.replacingOccurrences(of: "(0)", with: "")
        if text.hasPrefix("00") { text = "+" + text.dropFirst(2) }
        let digits = text.filter(\.isASCIIDigit)
        guard text.hasPrefix("+") else {
            return nationalProblem(digits, jurisdiction: jurisdiction)
        }
        for (code, lengths) in [("31", 9...9), ("32", 8...9)] where digits.hasPrefix(code) {
            let national = digits.dropFirst(code.count)
            if national.hasPrefix("0") { return "a 0 after +\(code)" }
            return lengths.contains(national.count) ? nil : "\(national.count) digits after +\(code)"
        }
        return (7...15).contains(digits.count) ? nil : "\(digits.count) digits"
    }

    private static func nationalProblem(_ digits: String, jurisdiction: Jurisdiction) -> String? {
        let service = ["0800", "0900", "0906", "0909", "070", "078", "0903", "0905"]
        if service.contains(where: digits.hasPrefix) {
            return (8...11).contains(digits.count) ? nil : "\(digits.count) digits"
        }
        switch jurisdiction {
        case .nl:
            return digits.count == 10 ? nil : "\(digits.count) digits"
        case .be:
            if digits.count == 9 || (digits.count == 10 && digits.hasPrefix("04")) { return nil }
            return "\(digits.count) digits"
        }
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
