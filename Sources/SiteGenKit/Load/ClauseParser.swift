/// Splits a clause file into its YAML front matter and its body, and parses both.
enum ClauseParser {
    /// The front matter's fields.
    private struct FrontMatter: Codable {
        var id: String
        var title: String
        var covers: [GDPRItem]?
    }

    /// Parses a clause file whose name (without `.md`) is `expectedID`. Errors in the body are
    /// reported but the clause is kept, so its other problems are found in the same run; a broken
    /// front matter makes the clause unusable and throws.
    static func parse(_ source: SourceFile, expectedID: String, diagnostics: inout Diagnostics) throws(DiagnosticError) -> Clause {
        let file = source.displayPath
        let lines = source.text.lines
        guard lines.first?.trimmingTrailingWhitespace == "---",
              let end = lines.dropFirst().firstIndex(where: { $0.trimmingTrailingWhitespace == "---" }) else {
            throw DiagnosticError(.error("clause has no front matter", at: .init(file: file, line: 1, column: 1),
                                         notes: ["a clause starts with '---', then 'id:', 'title:' and 'covers:', then '---'"]))
        }
        // The lines are slices of the file, so a run of them is one slice, not a join.
        let yaml = end > 1 ? String(source.text[lines[1].startIndex..<lines[end - 1].endIndex]) : ""
        let document = try YAMLDocument(SourceFile(displayPath: file, text: yaml), lineOffset: 1)
        let front = try document.decode(FrontMatter.self)
        guard front.id == expectedID else {
            throw DiagnosticError(.error("clause id '\(front.id)' does not match its file name '\(expectedID).md'",
                                         at: KeyLocations(document).value(at: "id")))
        }
        let body = end + 1 < lines.count ? String(source.text[lines[end + 1].startIndex...]) : ""
        var problems: [Diagnostic] = []
        let template = PlaceholderTemplate.parse(body, file: file, firstLine: end + 2, diagnostics: &problems)
        diagnostics.report(contentsOf: problems)
        return Clause(id: front.id, title: front.title, covers: front.covers ?? [], template: template, file: file)
    }
}

/// A coding key made from a string, for walking YAML nodes by name.
struct AnyKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

extension Substring {
    /// The text without trailing spaces, tabs or a carriage return.
    var trimmingTrailingWhitespace: Substring {
        var result = self
        while let last = result.last, last == " " || last == "\t" || last == "\r" { result = result.dropLast() }
        return result
    }
}
