import Foundation
import Testing
@testable import SiteGenKit

/// The load and resolve stages scan clause text by bytes where they used to walk Characters.
/// These tests hold each byte path to the Character code it replaced, on random text made of
/// the pieces where the two part ways, comparing bytes (String's `==` would forgive a change
/// between canonically equal spellings).
@Suite struct TextScanningEquivalenceTests {
    static let texts = EquivalenceSupport.texts(count: 4000, maxPieces: 24, seed: 7)

    @Test func linesSplitLikeCharacters() {
        for text in Self.texts {
            let expected = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.utf8) }
            #expect(text.lines.map { Array($0.utf8) } == expected, "\(Array(text.unicodeScalars))")
            let tail = text.dropFirst(2)
            #expect(tail.lines.map { Array($0.utf8) } == tail.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.utf8) })
        }
    }

    @Test func singleByteCharactersMeansOneByteEach() {
        for text in Self.texts {
            for line in text.lines {
                #expect(line.isSingleByteCharacters == line.allSatisfy { $0.utf8.count == 1 }, "\(Array(line.unicodeScalars))")
            }
        }
    }

    @Test func placeholderParserMatchesTheCharacterParser() {
        for (index, text) in Self.texts.enumerated() {
            var problems: [Diagnostic] = []
            let template = PlaceholderTemplate.parse(text, file: "c.md", firstLine: 3 + index % 5, diagnostics: &problems)
            var reference = ReferencePlaceholderParser(file: "c.md", firstLine: 3 + index % 5)
            let expected = reference.parse(text)
            #expect(Array(EquivalenceSupport.describe(template.nodes).utf8) == Array(EquivalenceSupport.describe(expected).utf8),
                    "\(Array(text.unicodeScalars))")
            #expect(problems.map { Array($0.description.utf8) } == reference.diagnostics.map { Array($0.description.utf8) },
                    "\(Array(text.unicodeScalars))")
        }
    }

    @Test func escapingMatchesTheCharacterCode() {
        for (index, text) in Self.texts.enumerated() {
            let atLineStart = index % 2 == 0, inTableRow = index % 3 == 0
            #expect(Array(MarkdownEscaping.escapeText(text, atLineStart: atLineStart, inTableRow: inTableRow, indentation: "  ").utf8)
                    == Array(ReferenceEscaping.escapeText(text, atLineStart: atLineStart, inTableRow: inTableRow, indentation: "  ").utf8),
                    "\(Array(text.unicodeScalars))")
            #expect(Array(MarkdownEscaping.fitMarkdownInTableRow(text).utf8) == Array(ReferenceEscaping.fitMarkdownInTableRow(text).utf8),
                    "\(Array(text.unicodeScalars))")
        }
    }

    @Test func trimmingLineBreaksMatchesRemovingThemOneByOne() {
        for text in Self.texts {
            var expected = text
            while expected.hasSuffix("\n") { expected.removeLast() }
            while expected.hasPrefix("\n") { expected.removeFirst() }
            #expect(Array(text.trimmingLineBreaks.utf8) == Array(expected.utf8), "\(Array(text.unicodeScalars))")
        }
    }

    @Test func clauseFilesSplitLikeCharacters() throws {
        let heads = ["---\nid: c\ntitle: T\n---\n", "--- \t\nid: c\ntitle: T\n---\r\n", "---\r\nid: c\r\ntitle: T\r\n---\r\n", "---\n---\n",
                     "---\nid: c\ntitle: T\n--- \u{301}\n---\n", "---\nid: c\ntitle: T\n---", "\n---\nid: c\n---\n", "---\nid: c\ntitle: T\n"]
        for (index, text) in Self.texts.prefix(1500).enumerated() {
            let source = SourceFile(displayPath: "c.md", text: heads[index % heads.count] + text)
            let parsed = Self.outcome { (diagnostics: inout Diagnostics) throws(DiagnosticError) in
                try ClauseParser.parse(source, expectedID: "c", diagnostics: &diagnostics)
            }
            let expected = Self.outcome { (diagnostics: inout Diagnostics) throws(DiagnosticError) in
                try ReferenceClauseParser.parse(source, expectedID: "c", diagnostics: &diagnostics)
            }
            #expect(parsed == expected, "\(Array(source.text.unicodeScalars))")
        }
    }

    /// A parsed clause, or the error, as bytes.
    static func outcome(_ parse: (inout Diagnostics) throws(DiagnosticError) -> Clause) -> [UInt8] {
        var diagnostics = Diagnostics()
        do {
            let clause = try parse(&diagnostics)
            let text = "\(clause.id)|\(clause.title)|\(clause.covers)|\(clause.template.firstLine)|"
                + EquivalenceSupport.describe(clause.template.nodes) + "|" + diagnostics.map(\.description).joined(separator: "\n")
            return Array(text.utf8)
        } catch {
            return Array(error.description.utf8)
        }
    }
}

/// Markdown escaping as it was before its byte paths, verbatim.
enum ReferenceEscaping {
    private static let inlineSpecials: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "&", "!"]
    private static let blockStarters: Set<Character> = ["#", "-", "+", "=", ">"]

    static func escapeText(_ text: String, atLineStart: Bool, inTableRow: Bool, indentation: String) -> String {
        var result = ""
        var lineStart = atLineStart
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() {
            if index > 0 {
                result += inTableRow ? " " : "\\\n" + indentation
                lineStart = !inTableRow
            }
            result += escapeLine(line, atLineStart: lineStart)
        }
        return result
    }

    static func fitMarkdownInTableRow(_ markdown: String) -> String {
        var result = ""
        var previous: Character?
        for character in markdown {
            if character == "|" && previous != "\\" {
                result += "\\|"
            } else if character == "\n" {
                result += " "
            } else {
                result.append(character)
            }
            previous = character
        }
        return result
    }

    private static func escapeLine(_ line: Substring, atLineStart: Bool) -> String {
        var result = ""
        for (offset, character) in line.enumerated() {
            if inlineSpecials.contains(character) {
                result += "\\"
            } else if offset == 0 && atLineStart && blockStarters.contains(character) {
                result += "\\"
            }
            result.append(character)
        }
        if atLineStart, let end = result.firstIndex(where: { !$0.isNumber }), end != result.startIndex,
           result[end] == "." || result[end] == ")" {
            result.insert("\\", at: end)
        }
        return result
    }
}

/// The clause file split as it was before it scanned bytes, verbatim but for the types it names.
enum ReferenceClauseParser {
    private struct FrontMatter: Codable {
        var id: String
        var title: String
        var covers: [GDPRItem]?
    }

    static func parse(_ source: SourceFile, expectedID: String, diagnostics: inout Diagnostics) throws(DiagnosticError) -> Clause {
        let file = source.displayPath
        let lines = source.text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first?.trimmingTrailingWhitespace == "---",
              let end = lines.dropFirst().firstIndex(where: { $0.trimmingTrailingWhitespace == "---" }) else {
            throw DiagnosticError(.error("clause has no front matter", at: .init(file: file, line: 1, column: 1),
                                         notes: ["a clause starts with '---', then 'id:', 'title:' and 'covers:', then '---'"]))
        }
        let yaml = lines[1..<end].joined(separator: "\n")
        let document = try YAMLDocument(SourceFile(displayPath: file, text: yaml), lineOffset: 1)
        let front = try document.decode(FrontMatter.self)
        guard front.id == expectedID else {
            let idNode = document.node(at: [AnyKey("id")])
            throw DiagnosticError(.error("clause id '\(front.id)' does not match its file name '\(expectedID).md'",
                                         at: document.location(of: idNode)))
        }
        let body = lines[(end + 1)...].joined(separator: "\n")
        var reference = ReferencePlaceholderParser(file: file, firstLine: end + 2)
        let nodes = reference.parse(body)
        diagnostics.report(contentsOf: reference.diagnostics)
        return Clause(id: front.id, title: front.title, covers: front.covers ?? [],
                      template: PlaceholderTemplate(nodes: nodes, file: file, firstLine: end + 2), file: file)
    }
}
