import Testing
@testable import SiteGenKit

/// The value types accept what authors write for the five tenants and refuse what would reach a
/// page, a stylesheet or a feed as something other than a value.
@Suite struct ValueTypeTests {
    @Test(arguments: [("#0b5394", true), ("#FFF", true), ("red", false), ("0a7d5a", false), ("url(//evil.example/x.png)", false),
                      ("", false), ("#0b53944", false), ("#0b5394;x", false)])
    func colours(text: String, valid: Bool) {
        #expect((CSSColor.problem(with: text) == nil) == valid)
    }

    @Test(arguments: [("46rem", true), ("2.25rem", true), ("100%", true), ("0", true), ("url(x)", false), ("46", false),
                      ("rem", false), ("4.6.1em", false), ("46rem;", false), ("-1px", false)])
    func lengths(text: String, valid: Bool) {
        #expect((CSSLength.problem(with: text) == nil) == valid)
    }

    @Test(arguments: [("system-ui, -apple-system, Segoe UI, Roboto, sans-serif", true), ("Georgia, serif", true),
                      ("Georgia, 'Times New Roman', serif", false), ("a;b", false), ("url(x)", false), ("Arial,,serif", false),
                      ("Arial\\,serif", false), ("Arial {", false)])
    func fontStacks(text: String, valid: Bool) {
        #expect((FontStack.problem(with: text) == nil) == valid)
    }

    @Test(arguments: [("https://privacy.js-ict.nl/", "https://privacy.js-ict.nl/"), ("https://privacy.jsm.be", "https://privacy.jsm.be/"),
                      ("HTTP://example.nl:8080/privacy", "http://example.nl:8080/privacy/")])
    func baseURLsAreNormalised(text: String, expected: String) throws {
        #expect(try BaseURL.normalised(text).get() == expected)
    }

    @Test(arguments: ["javascript:alert(1)//", "not a url", "privacy.netbrug.nl", "https://user:pw@example.nl/", "https:///x",
                      "https://example.nl/?a=1", "ftp://example.nl/", "https://exa mple.nl/", "https://example.nl/\"onload=", ""])
    func badBaseURLsAreRefused(text: String) {
        #expect(throws: ValueProblem.self) { try BaseURL.normalised(text).get() }
    }

    @Test(arguments: [("www.JSM.be", "https://www.JSM.be"), ("www.jsict.nl", "https://www.jsict.nl"),
                      ("http://example.nl/a", "http://example.nl/a"), ("www.autoriteitpersoonsgegevens.nl", "https://www.autoriteitpersoonsgegevens.nl")])
    func websitesGetAScheme(text: String, expected: String) throws {
        #expect(try WebsiteAddress.url(for: text).get() == expected)
    }

    @Test(arguments: ["javascript:alert(1)", "not a site", "www.x.nl\"><script>", "mailto:info@x.nl", "~"])
    func badWebsitesAreRefused(text: String) {
        #expect(throws: ValueProblem.self) { try WebsiteAddress.url(for: text).get() }
    }

    @Test(arguments: [("0577-745090", Jurisdiction.nl, true), ("+32(0)56/70.67.70", .be, true), ("053 7400 240", .nl, true),
                      ("088 – 1805 250", .nl, true), ("012-34567", .nl, false), ("bel ons", .nl, false), ("0577<b>745090", .nl, false)])
    func phoneNumbers(text: String, jurisdiction: Jurisdiction, valid: Bool) {
        #expect((PhoneNumber.problem(with: text, jurisdiction: jurisdiction) == nil) == valid)
    }

    @Test(arguments: [("info@jsict.nl", true), ("robert@m-ict.net", true), ("privacy@example", false), ("a@@b.nl", false),
                      ("info at x.nl", false), ("mailto:info@x.nl", false), ("", false)])
    func emailAddresses(text: String, valid: Bool) {
        #expect((EmailAddress.problem(with: text) == nil) == valid)
    }

    @Test func controlCharactersInMessagesAreEscaped() {
        let diagnostic = Diagnostic.error("unknown key 'x\u{1B}[31m\u{07}\r\nfake.yaml:1:1: error: y'", at: .init(file: "a\nb.yaml", line: 1, column: 1))
        #expect(diagnostic.description == #"a\nb.yaml:1:1: error: unknown key 'x\u{1B}[31m\u{7}\r\nfake.yaml:1:1: error: y'"#)
    }
}

/// A clause listed twice in `statement` still builds, with a warning at the second listing.
@Suite struct RepeatedClauseTests {
    @Test func aClauseListedTwiceIsAWarning() throws {
        try TestSupport.withTemporaryFolder { root in
            var files = TestSupport.minimalProject
            files["tenants/acme/tenant.yaml"] = files["tenants/acme/tenant.yaml"]!.replacingOccurrences(of: "statement: [intro]", with: "statement: [intro, intro]")
            try TestSupport.write(files, in: root)
            let report = SiteBuilder(root: root, outputRoot: root.appendingPathComponent("output"), today: TestSupport.today).build(.all)
            #expect(!report.diagnostics.hasErrors)
            let warning = report.diagnostics.first { $0.message.contains("listed twice") }
            #expect(warning?.description.contains("warning: clause 'intro' is listed twice in 'statement' (items 1 and 2)") == true, "\(report.diagnostics.map(\.description))")
            #expect(warning?.location?.line == 13)
        }
    }
}

/// An address in a text value keeps its underscores, so GFM links it as written; underscores
/// that could make emphasis are still escaped.
@Suite struct URLValueEscapingTests {
    @Test(arguments: [("www.jsmobiel.nl/privacy_beleid", "www.jsmobiel.nl/privacy_beleid"), ("_nadruk_", "\\_nadruk\\_"),
                      ("a_b_", "a_b\\_"), ("x _y_ z", "x \\_y\\_ z"), ("snake_case*", "snake_case\\*")])
    func intrawordUnderscoresStay(value: String, expected: String) {
        #expect(MarkdownEscaping.escapeText(value, atLineStart: false, inTableRow: false, indentation: "") == expected)
    }

    @Test func anAddressValueLinksWithoutABackslash() {
        let markdown = "Zie " + MarkdownEscaping.escapeText("www.jsmobiel.nl/privacy_beleid", atLineStart: false, inTableRow: false, indentation: "") + ".\n"
        let html = MarkdownRenderer.render(markdown) { _ in .init(file: "t.md") }.html
        #expect(html.contains("href=\"http://www.jsmobiel.nl/privacy_beleid\""), "\(html)")
        #expect(!html.contains("%5C"))
    }
}
