/// One problem the linter found in a statement's Markdown. Positions are in that Markdown (line
/// and column from 1); the check maps the line back to a clause file.
struct LintFinding: Sendable, Hashable {
    /// Which rule found it.
    let rule: LintRule
    /// The line in the linted Markdown, from 1.
    let line: Int
    /// The column in characters, from 1; exact in the Markdown, not in the clause file it came from.
    let column: Int
    /// The offending text, shortened, as a reader would recognise it.
    let excerpt: String
    /// What is wrong, ending in the rule id.
    let message: String
    /// How to fix it.
    let notes: [String]

    /// A finding whose message is `summary: "excerpt" [rule]`.
    init(_ rule: LintRule, at position: (line: Int, column: Int), excerpt: String, summary: String, notes: [String]) {
        self.rule = rule
        line = position.line
        column = position.column
        self.excerpt = excerpt
        message = "\(summary): '\(excerpt)' [\(rule.rawValue)]"
        self.notes = notes
    }
}
