/// A phone number a config gives, written as the company writes it (`0577-745090`,
/// `+32(0)56/70.67.70`): digits with the usual separators, and the number of digits a Dutch or
/// Belgian number has (the rule `sitegen check` applies to statement text).
enum PhoneNumber {
    private static let separators: Set<Character> = [" ", "\u{00A0}", "-", "–", ".", "/", "(", ")", "+"]

    /// What is wrong with `text` as a phone number of a company in `jurisdiction`; nil when it is one.
    static func problem(with text: String, jurisdiction: Jurisdiction) -> ValueProblem? {
        if let blank = ValueProblem.blank(text) { return blank }
        if isFillInMarker(text) { return nil }
        if let bad = text.first(where: { !($0.isASCII && $0.isNumber) && !separators.contains($0) }) {
            return ValueProblem("'\(text)' is not a phone number: it contains '\(bad)'",
                                notes: ["write digits with spaces, hyphens, dots, slashes or brackets, e.g. 012-3456789 or +32 (0)56 70 67 70"])
        }
        guard let problem = PhoneNumberRule.problem(with: text, jurisdiction: jurisdiction) else { return nil }
        return ValueProblem("'\(text)' is not a phone number (\(problem))", notes: [
            "Dutch numbers have 10 digits (0800/090x: 8 or 11), Belgian 9 (mobile 04…: 10); after +31 or +32 the leading 0 goes, or is written (0)",
        ])
    }

    /// A blank `sitegen new` leaves to fill in (`[telefoonnummer]`): not a number yet, but
    /// `sitegen check` reports every such marker where the statement shows it, so it is not
    /// refused twice.
    private static func isFillInMarker(_ text: String) -> Bool {
        text.count > 2 && text.hasPrefix("[") && text.hasSuffix("]") && !text.dropFirst().dropLast().contains { "[]<>&\"\\".contains($0) }
    }
}
