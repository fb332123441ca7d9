import Testing
@testable import SiteGenKit

/// The byte scanners of the load and resolve stages — line splitting, the placeholder tokenizer,
/// Markdown escaping — on the text where bytes and Characters part ways: non-ASCII letters,
/// decomposed accents, flags, `\r\n`. Results are compared as bytes, since String's `==` would
/// forgive a change between canonically equal spellings.
@Suite struct TextScanningTests {
    /// Parses `source` (first line 3 of `c.md`) and expands it; the text and every message with its place.
    func expand(_ source: String) -> (text: String, problems: [String]) {
        var diagnostics: [Diagnostic] = []
        let template = PlaceholderTemplate.parse(source, file: "c.md", firstLine: 3, diagnostics: &diagnostics)
        var expander = PlaceholderExpander(root: PlaceholderTests.values, tenantID: "acme") { _ in nil }
        let text = expander.expand(template)
        return (text, (diagnostics + expander.diagnostics).map { "\($0.location?.formatted ?? ""): \($0.message)" })
    }

    /// Columns count Characters, as an editor shows them, however many bytes each one takes.
    @Test(arguments: [
        ("{{company.nmae}}", "c.md:3:1: unknown name 'company.nmae'"),
        ("Één {{company.nmae}}", "c.md:3:5: unknown name 'company.nmae'"),
        ("E\u{301}e\u{301}n {{company.nmae}}", "c.md:3:5: unknown name 'company.nmae'"),
        ("🇳🇱 – {{company.nmae}}", "c.md:3:5: unknown name 'company.nmae'"),
        ("eerste\ntwee ’’ {{company.nmae}}", "c.md:4:9: unknown name 'company.nmae'"),
        ("{{vars.kind}}€{{company.nmae}}", "c.md:3:15: unknown name 'company.nmae'"),
        ("ß {{#if vars.letter}}", "c.md:3:3: '{{#if}}' is never closed"),
        ("ü\nß ü {{company.name", "c.md:4:5: '{{' without a closing '}}' on the same line"),
        ("ü {{#bogus x}}", "c.md:3:3: unknown block '{{#bogus x}}'"),
        ("ü {{ a b }}", "c.md:3:3: invalid placeholder '{{a b}}'"),
        ("ü {{/each}}", "c.md:3:3: '{{/each}}' does not close an open '{{#each}}'"),
        ("ü {{#if vars.kind == x}}y{{/if}}", "c.md:3:3: expected a quoted text after '==' in '{{#if vars.kind == x}}'"),
    ])
    func positionsAreLinesAndCharacterColumns(source: String, message: String) {
        #expect(expand(source).problems == [message])
    }

    /// A catalogue string is parsed as if it began on line 1; its messages move to the row's line,
    /// which is looked up only when there is a message.
    @Test func catalogueStringMessagesLandOnTheRowsLine() {
        var looked = 0
        func expand(_ source: String, rowLine: Int) -> [String] {
            var diagnostics = Diagnostics()
            _ = ProcessingRegister.expandString(source, file: "l.yaml", line: { looked += 1; return rowLine }, tenantID: "acme",
                                                values: PlaceholderTests.values, cache: PlaceholderTemplateCache(), diagnostics: &diagnostics)
            return diagnostics.map { "\($0.location?.formatted ?? ""): \($0.message)" }
        }
        #expect(expand("Één\nja {{nope}} {{#if x}}", rowLine: 9) == ["l.yaml:10:13: '{{#if}}' is never closed", "l.yaml:10:4: unknown name 'nope'"])
        #expect(expand("{{nope}}", rowLine: 0) == ["l.yaml:1:1: unknown name 'nope'"])
        #expect(looked == 2)
        #expect(expand("{{vars.kind}}", rowLine: 9).isEmpty && looked == 2, "a string without problems looks no location up")
    }

    @Test func tagsAndTextAroundThemKeepEveryByte() {
        let (text, problems) = expand("é {{vars.kind}} ü\u{301}\n{{#if vars.letter}}\n🇳🇱 {{{vars.intro}}} ’\n{{/if}}\nz")
        #expect(problems.isEmpty)
        #expect(Array(text.utf8) == Array("é telecom ü\u{301}\n🇳🇱 Een *eigen* zin. ’\nz".utf8))
    }

    /// Tag contents are trimmed of Unicode spaces too, and a condition's literal may be non-ASCII.
    @Test func tagContentsAreTrimmedOfUnicodeSpaces() {
        #expect(expand("{{\u{A0}vars.kind\u{2003}}}").text == "telecom")
        #expect(expand("{{#if vars.kind != \"één\"}}ja{{/if}}").text == "ja")
        #expect(expand("{{! één opmerking }}x").text == "x")
    }

    /// Lines holding only block tags and white space disappear, also with a no-break space.
    @Test func standaloneLinesMayHoldUnicodeSpace() {
        #expect(expand("a\n\u{A0}{{#if vars.letter}}\u{2003}\nb\n{{/if}}\nc").text == "a\nb\nc")
    }

    @Test func linesBreakAtLineFeedsOutsideCarriageReturnLineFeedPairs() {
        #expect("a\nb\r\nc\n\nd".lines.map { Array($0.utf8) } == ["a", "b\r\nc", "", "d"].map { Array($0.utf8) })
        #expect("".lines == [""])
        #expect("x\u{301}\n\u{301}".lines.map { Array($0.utf8) } == ["x\u{301}", "\u{301}"].map { Array($0.utf8) })
    }

    @Test func trimmingLineBreaksKeepsTheOtherWhiteSpace() {
        #expect("\n\na b\n\n".trimmingLineBreaks == "a b")
        #expect(Array(" x \r\n".trimmingLineBreaks.utf8) == Array(" x \r\n".utf8))
        #expect("\n\n".trimmingLineBreaks == "")
    }

    @Test(arguments: [
        ("A|B *C* <x>", false, false, #"A\|B \*C\* \<x\>"#),
        ("Één & ‘twee’ [3]!", false, false, #"Één \& ‘twee’ \[3\]\!"#),
        ("# kop", true, false, "\\# kop"),
        ("# kop", false, false, "# kop"),
        ("- punt", true, false, #"\- punt"#),
        ("2018. Jaar", true, false, #"2018\. Jaar"#),
        ("2018) Jaar", true, false, #"2018\) Jaar"#),
        ("2018. Jaar", false, false, "2018. Jaar"),
        ("*\u{301} blijft geen nadruk", false, false, "\\*\u{301} blijft geen nadruk"),
        ("Straat 1\n1234 AB\n- Stad", false, false, "Straat 1\\\n  1234 AB\\\n  \\- Stad"),
        ("Straat 1\n1234 AB", false, true, "Straat 1 1234 AB"),
        ("a_b`c`~d~", false, false, #"a_b\`c\`\~d\~"#),
    ])
    func textIsEscapedForMarkdown(text: String, atLineStart: Bool, inTableRow: Bool, expected: String) {
        let escaped = MarkdownEscaping.escapeText(text, atLineStart: atLineStart, inTableRow: inTableRow, indentation: "  ")
        #expect(Array(escaped.utf8) == Array(expected.utf8))
    }

    @Test func markdownFitsInATableRow() {
        #expect(MarkdownEscaping.fitMarkdownInTableRow("a|b\\|c\nd *é*") == "a\\|b\\|c d *é*")
    }
}
