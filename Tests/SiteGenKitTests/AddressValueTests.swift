import Testing
@testable import SiteGenKit

/// Issue 16 item 2: a value used as a web address, an e-mail address or a link's text renders as
/// that — escaping never breaks a link — and a hostile value still cannot make markup.
@Suite struct AddressValueTests {
    /// `source` expanded with `value` as `{{v}}` and rendered: the HTML inside the paragraph(s) and
    /// the Markdown the expansion gave.
    func page(_ source: String, _ value: String) -> (html: String, markdown: String) {
        var diagnostics: [Diagnostic] = []
        let template = PlaceholderTemplate.parse(source, file: "c.md", diagnostics: &diagnostics)
        var expander = PlaceholderExpander(root: .map(["v": .text(value)]), tenantID: "acme") { _ in nil }
        let markdown = expander.expand(template)
        #expect(diagnostics.isEmpty && expander.diagnostics.isEmpty)
        let html = MarkdownRenderer.render(markdown) { _ in .init(file: "c.md") }.html
        return (html.replacingOccurrences(of: "<p>", with: "").replacingOccurrences(of: "</p>\n", with: ""), markdown)
    }

    @Test(arguments: [
        // Escaping leaves these alone, so GFM links them as it always did (and the Markdown is as before).
        ("www.jsmobiel.nl/privacy_beleid", #"<a href="http://www.jsmobiel.nl/privacy_beleid">www.jsmobiel.nl/privacy_beleid</a>"#),
        ("info@jsm.be", #"<a href="mailto:info@jsm.be">info@jsm.be</a>"#),
        // Escaping would put a backslash in the link: an explicit link instead.
        ("www.x.nl/a*b_", #"<a href="http://www.x.nl/a*b">www.x.nl/a*b</a>_"#),
        ("https://x.nl/~u/?a=1&b=2.", #"<a href="https://x.nl/~u/?a=1&amp;b=2">https://x.nl/~u/?a=1&amp;b=2</a>."#),
        ("<https://example.nl>", #"&lt;<a href="https://example.nl">https://example.nl</a>&gt;"#),
        // An e-mail address GFM would link only in part is linked whole.
        ("o'brien&co@example.nl", #"<a href="mailto:o&#x27;brien&amp;co@example.nl">o'brien&amp;co@example.nl</a>"#),
        ("a?b@example.nl", #"<a href="mailto:a%3Fb@example.nl">a?b@example.nl</a>"#),
    ])
    func addressesInTextAreLinkedAsWritten(value: String, html: String) {
        #expect(page("Zie {{v}}", value).html == "Zie " + html)
    }

    @Test func addressesThatNeedNoHelpKeepTheirMarkdown() {
        #expect(page("Zie {{v}}.", "www.jsm.be").markdown == "Zie www.jsm.be.")
        #expect(page("Zie {{v}}.", "info@jsict.nl").markdown == "Zie info@jsict.nl.")
    }

    @Test(arguments: [
        ("javascript:alert(1)", "javascript:alert(1)"),
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("[t](javascript:x)", "[t](javascript:x)"),
        ("](evil)", "](evil)"),
        ("`code` *em* _em_ ~del~", "`code` *em* _em_ ~del~"),
        ("www.x.nl/](javascript:alert(1))", #"<a href="http://www.x.nl/%5D(javascript:alert(1))">www.x.nl/](javascript:alert(1))</a>"#),
        ("https://x.nl/`a`<b>", #"<a href="https://x.nl/%60a%60">https://x.nl/`a`</a>&lt;b&gt;"#),
    ])
    func hostileValuesStayText(value: String, html: String) {
        let result = page("Zie {{v}}", value).html
        #expect(result == "Zie " + html)
        #expect(!result.contains("<script") && !result.contains("href=\"javascript") && !result.contains("<em>") && !result.contains("<code>"))
    }

    @Test(arguments: ["[x]({{v}})", "<{{v}}>", "[{{v}}](https://a.nl)"])
    func noPlaceLetsAValueRunScript(source: String) {
        for value in ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "java\tscript:x", "data:text/html,<script>x</script>", "vbscript:x"] {
            var diagnostics: [Diagnostic] = []
            let template = PlaceholderTemplate.parse(source, file: "c.md", diagnostics: &diagnostics)
            var expander = PlaceholderExpander(root: .map(["v": .text(value)]), tenantID: "acme") { _ in nil }
            let html = MarkdownRenderer.render(expander.expand(template)) { _ in .init(file: "c.md") }.html.lowercased()
            #expect(!html.contains("href=\"javascript") && !html.contains("href=\"data") && !html.contains("href=\"vbscript")
                    && !html.contains("<script"), "\(source) with \(value): \(html)")
        }
    }

    @Test func aValueInALinksTextIsTextAndNotLinkedAgain() {
        #expect(page("[{{v}}](https://a.nl)", "www.x.nl/a*b_").html == #"<a href="https://a.nl">www.x.nl/a*b_</a>"#)
    }

    @Test func aValueInADestinationKeepsTheLink() {
        #expect(page("[hier]({{v}})", "https://x.nl/a_(b) c").html == #"<a href="https://x.nl/a_(b)%20c">hier</a>"#)
        #expect(page("[hier]({{v}})", "https://x.nl/a)b](c").html == #"<a href="https://x.nl/a)b%5D(c">hier</a>"#)
    }

    @Test func aValueInAngleBracketsIsTheLinkAsWritten() {
        #expect(page("<{{v}}>", "https://x.nl/a_b&c").html == #"<a href="https://x.nl/a_b&amp;c">https://x.nl/a_b&amp;c</a>"#)
        #expect(page("<{{v}}>", "https://x.nl/a b>c").html == #"<a href="https://x.nl/a%20b%3Ec">https://x.nl/a%20b%3Ec</a>"#)
        // Not an address: escaped as text, as before.
        #expect(page("<{{v}}>", "a*b").markdown == #"<a\*b>"#)
    }

    @Test func theContextIsReadFromTheLineBeforeTheTag() {
        func context(_ source: String) -> MarkdownEscaping.Context {
            var diagnostics: [Diagnostic] = []
            let template = PlaceholderTemplate.parse(source, file: "c.md", diagnostics: &diagnostics)
            return template.valueContexts.values.first ?? .text
        }
        #expect(context("a {{v}}") == .text)
        #expect(context("[a {{v}}](x)") == .linkText)
        #expect(context("[a](x) {{v}}") == .text)
        #expect(context("[a]({{v}})") == .linkDestination)
        #expect(context("[a](x(y) {{v}}") == .linkDestination)
        #expect(context("<{{v}}>") == .angleLink)
        #expect(context("<https://{{v}}/p>") == .angleLink)
        #expect(context("a < {{v}} >") == .text)
        #expect(context("\\[a {{v}}") == .text)
        #expect(context("`[` {{v}}") == .text)
        // A link's text may run over lines of its paragraph; nothing else does.
        #expect(context("[a\nb {{v}}](x)") == .linkText)
        #expect(context("[a\n\n{{v}}") == .text)
        #expect(context("- [a\n- {{v}}") == .text)
        #expect(context("[a](\n{{v}}") == .text)
        #expect(context("<\n{{v}}>") == .text)
    }

    @Test func anAddressInALinksTextOverTwoLinesIsNotLinkedAgain() {
        #expect(page("[zie\n{{v}}](https://a.nl)", "www.x.nl/a*b").html == "<a href=\"https://a.nl\">zie\nwww.x.nl/a*b</a>")
    }
}
