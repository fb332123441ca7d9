import Foundation
import Testing
@testable import SiteGenKit

/// Markup in tenant values and in clause Markdown: values are shown escaped on every page and in
/// the feed, unsafe Markdown is dropped with a warning, and nothing unsafe reaches any file.
@Suite struct EscapingTests {
    static let companyName = "A&B <script>alert(1)</script>"
    static let escapedCompanyName = "A&amp;B &lt;script&gt;alert(1)&lt;/script&gt;"

    static let tenantYAML = TestSupport.minimalProject["tenants/acme/tenant.yaml"]!
        .replacingOccurrences(of: "title: Privacyverklaring", with: #"title: 'Privacy <b>"&"</b>'"#)
        .replacingOccurrences(of: "name: Acme", with: "name: \"\(companyName)\"")
        .replacingOccurrences(of: "street: Kerkstraat 1", with: "street: \"<img src=x onerror=alert(1)>\"")
        .replacingOccurrences(of: "city: Ergens", with: "city: \"Ergens<svg onload=alert(1)>\"")

    /// Every unsafe construct on its own line, so each warning's line can be checked.
    static let unsafeMarkdown = """
        ---
        id: intro
        title: Inleiding
        ---
        ## Inleiding

        {{company.name}} aan de {{company.address.street}}, {{company.address.city}}: {{title}}.

        Tekst <script>alert(1)</script> en meer.

        Een plaatje <img src=x onerror=alert(1)> hier.

        <a href="javascript:alert(1)">klik</a>

        [een](javascript:alert(1))

        [twee](JaVaScRiPt:alert(1))

        [drie](&#106;avascript:alert(1))

        [vier](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)

        [vijf](vbscript:msgbox(1))

        [zes][ref] en <javascript:alert(1)>

        ![zeven](javascript:alert(1))

        [ref]: java&#x09;script:alert(1)

        """

    @Test func valuesAreEscapedAndUnsafeMarkdownNeverReachesAnyFile() throws {
        try TestSupport.withTemporaryFolder { root in
            try TestSupport.write(TestSupport.minimalProject, in: root)
            try TestSupport.write(["tenants/acme/tenant.yaml": Self.tenantYAML, "tenants/_lib/clauses/intro.md": Self.unsafeMarkdown], in: root)
            let builder = SiteBuilder(root: root, today: TestSupport.today)
            let summary = "Eerste versie <script>alert(2)</script> & \"meer\""
            let first = builder.release(.all, summary: summary, date: DayDate("2024-01-02")!, approvedBy: "<b>Jurist</b>")
            #expect(!first.diagnostics.hasErrors, "\(first.diagnostics.sorted)")
            try TestSupport.write(["tenants/_lib/clauses/intro.md": Self.unsafeMarkdown + "Een nieuwe zin van {{company.name}}.\n"], in: root)
            let second = builder.release(.all, summary: summary, date: DayDate("2024-02-03")!, approvedBy: nil)
            #expect(second.released.map(\.version) == [2])

            let report = builder.build(.all)
            #expect(!report.diagnostics.hasErrors, "\(report.diagnostics.sorted)")
            #expect(report.built.map(\.tenantID) == ["acme"])
            // The build publishes released text only; check reports what the working copy drops.
            let warnings = builder.check(.all).sorted
                .filter { $0.severity == .warning && $0.location?.file == "tenants/_lib/clauses/intro.md" && !$0.message.contains("[") }
                .map(\.description).joined(separator: "\n")
            #expect(warnings == Self.expectedWarnings, "\(TreeDiff.lines(expected: Self.expectedWarnings, actual: warnings))")

            let site = TestSupport.tree(root.appendingPathComponent("output/acme"))
            for page in ["index.html", "versions/1/index.html", "versions/2/index.html", "changelog/index.html"] {
                let html = String(decoding: site[page] ?? Data(), as: UTF8.self)
                #expect(html.contains(Self.escapedCompanyName), "\(page) shows the company name escaped")
                #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;"), "\(page) shows the street escaped")
            }
            let index = String(decoding: site["index.html"] ?? Data(), as: UTF8.self)
            #expect(index.contains("<title>Privacy &lt;b&gt;&quot;&amp;&quot;&lt;/b&gt;"))
            let feed = String(decoding: site["feed.xml"] ?? Data(), as: UTF8.self)
            #expect(feed.contains("<author><name>\(Self.escapedCompanyName)</name></author>"))
            #expect(feed.contains("<summary>Eerste versie &lt;script&gt;alert(2)&lt;/script&gt; &amp; &quot;meer&quot;</summary>"))
            let versions = try JSONSerialization.jsonObject(with: site["versions.json"] ?? Data()) as? [String: [[String: Any]]]
            #expect(versions?["versions"]?.compactMap { $0["summary"] as? String } == [summary, summary], "JSON carries the exact text")

            for (path, data) in site where path != "versions.json" {
                let text = String(decoding: data, as: UTF8.self).lowercased()
                for raw in ["<script", "<img", "<svg", "<a href=\"javascript", "onerror=alert(1)>", "<b>"] {
                    #expect(!text.contains(raw), "\(path) contains raw '\(raw)'")
                }
                for url in Self.attributeURLs(in: text) {
                    #expect(!["javascript:", "vbscript:", "data:", "&#"].contains { url.hasPrefix($0) }, "\(path) links to '\(url)'")
                }
            }
        }
    }

    /// `"` followed by a combining mark is one Character that is not `"`: escaping Characters
    /// would leave the quote raw and let the value leave an attribute.
    @Test func aQuoteGluedToACombiningMarkIsEscaped() throws {
        try TestSupport.withTemporaryFolder { root in
            try TestSupport.write(TestSupport.minimalProject, in: root)
            let name = "Acme\"\u{301} onmouseover=alert(1) x=\"\u{301}"
            let yaml = TestSupport.minimalProject["tenants/acme/tenant.yaml"]!
                .replacingOccurrences(of: "name: Acme", with: "name: '\(name)'")
            try TestSupport.write(["tenants/acme/tenant.yaml": yaml], in: root)
            TestSupport.releaseAll(root)
            let report = SiteBuilder(root: root, today: TestSupport.today).build(.all)
            #expect(!report.diagnostics.hasErrors, "\(report.diagnostics.sorted)")
            let index = String(decoding: TestSupport.tree(root.appendingPathComponent("output/acme"))["index.html"] ?? Data(), as: UTF8.self)
            #expect(index.contains("Acme&quot;\u{301} onmouseover=alert(1) x=&quot;\u{301}"))
            #expect(!index.unicodeScalars.indices.contains { index.unicodeScalars[$0] == "\u{301}" && index.unicodeScalars[index.unicodeScalars.index(before: $0)] == "\"" })
        }
    }

    /// The values of every `href`/`src` attribute in `html`, white space removed as browsers do.
    static func attributeURLs(in html: String) -> [String] {
        let pattern = try! NSRegularExpression(pattern: #"(?:href|src)\s*=\s*"([^"]*)""#)
        return pattern.matches(in: html, range: NSRange(html.startIndex..., in: html)).compactMap { match in
            Range(match.range(at: 1), in: html).map { html[$0].filter { !$0.isWhitespace } }
        }
    }

    /// One warning per dropped construct, each at its line in the clause file.
    static let expectedWarnings = """
        tenants/_lib/clauses/intro.md:9: warning: raw HTML is not allowed and was dropped
        tenants/_lib/clauses/intro.md:9: note: write Markdown instead; sitegen never puts raw HTML on a page
        tenants/_lib/clauses/intro.md:9: warning: raw HTML is not allowed and was dropped
        tenants/_lib/clauses/intro.md:9: note: write Markdown instead; sitegen never puts raw HTML on a page
        tenants/_lib/clauses/intro.md:11: warning: raw HTML is not allowed and was dropped
        tenants/_lib/clauses/intro.md:11: note: write Markdown instead; sitegen never puts raw HTML on a page
        tenants/_lib/clauses/intro.md:13: warning: raw HTML is not allowed and was dropped
        tenants/_lib/clauses/intro.md:13: note: write Markdown instead; sitegen never puts raw HTML on a page
        tenants/_lib/clauses/intro.md:13: warning: raw HTML is not allowed and was dropped
        tenants/_lib/clauses/intro.md:13: note: write Markdown instead; sitegen never puts raw HTML on a page
        tenants/_lib/clauses/intro.md:15: warning: unsafe link 'javascript:alert(1)' was dropped; its text is kept
        tenants/_lib/clauses/intro.md:15: note: a link goes to http:, https:, mailto: or tel:, or to a section (#id); never to scripts or data
        tenants/_lib/clauses/intro.md:17: warning: unsafe link 'JaVaScRiPt:alert(1)' was dropped; its text is kept
        tenants/_lib/clauses/intro.md:17: note: a link goes to http:, https:, mailto: or tel:, or to a section (#id); never to scripts or data
        tenants/_lib/clauses/intro.md:19: warning: unsafe link 'javascript:alert(1)' was dropped; its text is kept
        tenants/_lib/clauses/intro.md:19: note: a link goes to http:, https:, mailto: or tel:, or to a section (#id); never to scripts or data
        tenants/_lib/clauses/intro.md:21: warning: unsafe link 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==' was dropped; its text is kept
        tenants/_lib/clauses/intro.md:21: note: a link goes to http:, https:, mailto: or tel:, or to a section (#id); never to scripts or data
        tenants/_lib/clauses/intro.md:23: warning: unsafe link 'vbscript:msgbox(1)' was dropped; its text is kept
        tenants/_lib/clauses/intro.md:23: note: a link goes to http:, https:, mailto: or tel:, or to a section (#id); never to scripts or data
        tenants/_lib/clauses/intro.md:25: warning: unsafe link 'java\\u{9}script:alert(1)' was dropped; its text is kept
        tenants/_lib/clauses/intro.md:25: note: a link goes to http:, https:, mailto: or tel:, or to a section (#id); never to scripts or data
        tenants/_lib/clauses/intro.md:25: warning: unsafe link 'javascript:alert(1)' was dropped; its text is kept
        tenants/_lib/clauses/intro.md:25: note: a link goes to http:, https:, mailto: or tel:, or to a section (#id); never to scripts or data
        tenants/_lib/clauses/intro.md:27: warning: unsafe image 'javascript:alert(1)' was dropped; its description is kept
        """
}
