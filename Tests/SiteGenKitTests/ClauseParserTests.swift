import Testing
@testable import SiteGenKit

/// A clause file split into front matter and body by bytes: where the body starts (its line
/// numbers), which fences count, and the errors of a broken head.
@Suite struct ClauseParserTests {
    /// The clause parsed from `text` as `c.md`, or the thrown error's text.
    func parse(_ text: String) -> Result<Clause, DiagnosticError> {
        var diagnostics = Diagnostics()
        do throws(DiagnosticError) {
            return .success(try ClauseParser.parse(SourceFile(displayPath: "c.md", text: text), expectedID: "c", diagnostics: &diagnostics))
        } catch {
            return .failure(error)
        }
    }

    /// Where `{{nope}}` in the clause's body is reported.
    func placeOfUnknownName(in text: String) throws -> String? {
        let clause = try parse(text).get()
        var expander = PlaceholderExpander(root: .map([:]), tenantID: "acme") { _ in nil }
        _ = expander.expand(clause.template)
        return expander.diagnostics.first?.location?.formatted
    }

    @Test func headAndBodyAreSplitAtTheFences() throws {
        let clause = try parse("---\nid: c\ntitle: Één\ncovers: [purposes]\n---\nTekst {{nope}}\n").get()
        #expect(clause.id == "c" && clause.title == "Één" && clause.covers == [.purposes])
        #expect(clause.template.firstLine == 6)
        #expect(try placeOfUnknownName(in: "---\nid: c\ntitle: T\n---\nÉén {{nope}}\n") == "c.md:5:5")
        #expect(try placeOfUnknownName(in: "---  \t\nid: c\ntitle: T\n--- \n\n\n  {{nope}}") == "c.md:7:3")
    }

    @Test func aBodyMayBeEmpty() throws {
        #expect(try parse("---\nid: c\ntitle: T\n---").get().template.nodes.isEmpty)
        #expect(try parse("---\nid: c\ntitle: T\n---\n").get().template.nodes.isEmpty)
    }

    /// A `---` later in the body is a thematic break, not another fence.
    @Test func onlyTheFirstClosingFenceCounts() throws {
        let clause = try parse("---\nid: c\ntitle: T\n---\na\n---\nb\n").get()
        #expect(Array(clause.template.source.utf8) == Array("a\n---\nb\n".utf8))
    }

    @Test(arguments: ["Tekst zonder kop\n", "---\nid: c\ntitle: T\n", "\n---\nid: c\ntitle: T\n---\n", ""])
    func aMissingHeadIsAnErrorAtTheFirstLine(text: String) {
        guard case let .failure(error) = parse(text) else {
            Issue.record("parsed without a front matter")
            return
        }
        #expect(error.diagnostics.map(\.description) == ["""
            c.md:1:1: error: clause has no front matter
            c.md:1:1: note: a clause starts with '---', then 'id:', 'title:' and 'covers:', then '---'
            """])
    }

    @Test func theIDMustMatchTheFileName() {
        guard case let .failure(error) = parse("---\ntitle: T\nid: d\n---\n") else {
            Issue.record("a wrong id was accepted")
            return
        }
        #expect(error.description == "c.md:3:5: error: clause id 'd' does not match its file name 'c.md'")
    }
}
