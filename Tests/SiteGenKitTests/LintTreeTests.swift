import Testing
@testable import SiteGenKit

/// The lint rules read cmark's tree (`MarkdownRenderer.outline`): what is code, a link or a task
/// box is what cmark says, not what a regular expression over the Markdown guessed. Each case here
/// was read wrongly by the guess.
@Suite struct LintTreeTests {
    static func lint(_ markdown: String) -> [LintFinding] {
        ContentLinter(jurisdiction: .nl).lint(markdown)
    }

    @Test func codeIsWhatCmarkCallsCode() {
        // A double-backtick span holding backticks, an indented code block, a raw HTML block.
        #expect(Self.lint("Zie ``[x] `y` [z]`` hier.").isEmpty)
        #expect(Self.lint("Tekst.\n\n    [template]\n    info@@x.nl\n").isEmpty)
        #expect(Self.lint("<div>\n[template]\n</div>\n").isEmpty, "raw HTML never reaches a page")
    }

    @Test func bracketsAreFoundInTextWithTheirPlace() throws {
        let found = Self.lint("## Titel\n\n- [ ] vul **[naam]** in\n- [x] klaar\n")
        let finding = try #require(found.first)
        #expect(found.map(\.rule) == [.templateBrackets])
        #expect((finding.line, finding.column) == (3, 13))
        #expect(finding.excerpt == "[naam]")
        #expect(Self.lint("Zie [de website [hier]](https://x.nl) en [^1] [sic].").isEmpty)
    }

    @Test func aReferenceToAnEmptyDefinitionIsReportedWhereItIsUsed() throws {
        let found = Self.lint("Zie [de AP] of ![logo]().\n\n[de AP]: #\n")
        #expect(found.map(\.rule) == [.emptyLink, .emptyLink])
        #expect(found.map(\.line) == [1, 1])
        #expect(found.map(\.column) == [5, 16])
        #expect(found.map(\.excerpt) == ["[de AP]", "![logo]()"])
    }

    @Test func positionsCountCharactersNotBytes() throws {
        let found = Self.lint("Één café: [link](#).")
        #expect(found.map(\.column) == [11])
    }
}
