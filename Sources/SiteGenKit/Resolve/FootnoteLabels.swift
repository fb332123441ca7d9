/// The footnote labels each clause of a statement defines (`[^1]: …`). The clauses become one
/// Markdown document, where a label means one footnote: two clauses that both define `[^1]`
/// would lose one text without a word. That is an error naming both clauses.
struct FootnoteLabels {
    /// The tenant whose statement is composed: shared clauses collide only in the statements that
    /// list both, so the message says which one (as other errors in shared clauses do).
    let tenantID: String
    private var definedIn: [String: String] = [:]

    /// No labels yet, for composing the statement of tenant `tenantID`.
    init(tenantID: String) { self.tenantID = tenantID }

    /// Records the footnotes `text` (the expanded body of the clause in `file`, starting at
    /// `firstLine`) defines, reporting a label another clause defined already.
    mutating func add(_ text: Substring, file: String, firstLine: Int, diagnostics: inout Diagnostics) {
        guard Self.mentionsFootnote(text) else { return }
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.drop { $0 == " " }
            guard trimmed.hasPrefix("[^"), let close = trimmed.firstIndex(of: "]"),
                  trimmed[trimmed.index(after: close)...].hasPrefix(":") else { continue }
            let label = String(trimmed[trimmed.index(trimmed.startIndex, offsetBy: 2)..<close])
            if let other = definedIn[label], other != file {
                diagnostics.report(.error("footnote '[^\(label)]' is also defined in \(other)", at: .init(file: file, line: firstLine + offset),
                                          notes: ["the statement is one document, where one label is one footnote: one of the two texts would disappear",
                                                  "give the footnotes labels no other clause uses, e.g. [^\(Self.prefix(of: file))-\(label)]",
                                                  "while building tenant '\(tenantID)'"]))
            } else {
                definedIn[label] = file
            }
        }
    }

    /// Whether `text` has `[^` anywhere, scanned as UTF-8 bytes: every clause of every statement
    /// passes here, and Foundation's `contains` on a Substring cost ~190,000 instructions a clause.
    /// A superset of the lines the loop accepts, so it only skips clauses without footnotes.
    private static func mentionsFootnote(_ text: Substring) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "^"), previous == UInt8(ascii: "[") { return true }
            previous = byte
        }
        return false
    }

    /// The clause id of a clause file, for the suggested label.
    private static func prefix(of file: String) -> String {
        let name = file.split(separator: "/").last.map(String.init) ?? file
        return name.hasSuffix(".md") ? String(name.dropLast(3)) : name
    }
}
