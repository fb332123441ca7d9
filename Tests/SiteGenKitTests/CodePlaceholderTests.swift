import Testing
@testable import SiteGenKit

/// Code is code (issue 16 item 8): in a code span or a fenced code block `{{` is text, shown as
/// written — so a value never gets Markdown backslashes there, `\{\{` shows `{{`, and a block tag
/// in an example does not open a block.
@Suite struct CodePlaceholderTests {
    static let values = TemplateValue.map(["company": .map(["name": .text("A&B_C*")])])

    /// Expands `source`; the Markdown and every diagnostic as `line:column: message`.
    func expand(_ source: String) -> (text: String, problems: [String]) {
        var diagnostics: [Diagnostic] = []
        let template = PlaceholderTemplate.parse(source, file: "c.md", diagnostics: &diagnostics)
        var expander = PlaceholderExpander(root: Self.values, tenantID: "acme") { _ in nil }
        let text = expander.expand(template, clauseID: "c")
        return (text, (diagnostics + expander.diagnostics).map { "\($0.location?.line ?? 0):\($0.location?.column ?? 0): \($0.message)" })
    }

    /// The code ranges of `source`, as the text they cover.
    func code(_ source: String) -> [String] {
        var source = source
        return source.withUTF8 { bytes in
            MarkdownCode.ranges(in: bytes).map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self) }
        }
    }

    @Test func aPlaceholderInACodeSpanIsShownAsWritten() {
        let result = expand("Naam `{{company.name}}` is {{company.name}}.\n")
        #expect(result.text == "Naam `{{company.name}}` is A\\&B_C\\*.\n")
        #expect(result.problems == ["1:7: '{{company.name}}' is inside code and is shown as written: placeholders are not expanded in code"])
    }

    @Test func blockTagsInAFencedBlockAreText() {
        let source = "```\n{{#if x}}\n{{company.name}}\n```\n\n{{company.name}}\n"
        let result = expand(source)
        #expect(result.text == "```\n{{#if x}}\n{{company.name}}\n```\n\nA\\&B_C\\*\n")
        // One warning for the file, however many tags are in code.
        #expect(result.problems == ["2:1: '{{#if x}}' is inside code and is shown as written: placeholders are not expanded in code"])
    }

    @Test func theEscapeShowsBracesInCodeWithoutAWarning() {
        let result = expand("`\\{\\{company.name}}` en \\{\\{x}}\n\n~~~\n\\{\\{#if x}}\n~~~\n")
        #expect(result.text == "`{{company.name}}` en \\{\\{x}}\n\n~~~\n{{#if x}}\n~~~\n")
        #expect(result.problems.isEmpty)
    }

    @Test(arguments: [
        ("a `b` c", ["`b`"]),
        ("a ``b ` c`` d `e", ["``b ` c``"]),
        ("a \\`b` c", []),
        ("a `b\nc` d", ["`b\nc`"]),
        ("a `b\n\nc` d", []),
        ("a `b\n## c` d", []),
        ("| `a` | b` |\n| c `d |", ["`a`"]),
        ("```js\nx\n```\ny", ["```js\nx\n```"]),
        ("~~~~\n~~~\n~~~~~ \nz", ["~~~~\n~~~\n~~~~~ "]),
        ("```\nopen to the end", ["```\nopen to the end"]),
        ("``` a ` b\nnot a fence`", ["` b\nnot a fence`"]),
        ("- `a`\n- b`", ["`a`"]),
    ])
    func codeIsFoundAsCommonMarkReadsIt(source: String, expected: [String]) {
        #expect(code(source) == expected)
    }

    @Test func oneWarningNamesHowManyTagsAreInCode() {
        var diagnostics: [Diagnostic] = []
        _ = PlaceholderTemplate.parse("`{{a}}` `{{b}}`\n\n```\n{{c}}\n```\n", file: "c.md", diagnostics: &diagnostics)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.notes.last == "2 more placeholders are inside code in this file")
    }

    @Test func manyUnmatchedBackticksStayFast() {
        // Runs of every length, none closed: each opener's closer is found by a binary search.
        var source = ""
        for length in 1...400 { source += String(repeating: "`", count: length) + " x " }
        #expect(code(source).isEmpty)
    }
}
