import Testing
@testable import SiteGenKit

/// cmark-gfm in safe mode plus sitegen's clean-up of the tree.
@Suite struct MarkdownRendererTests {
    func render(_ markdown: String) -> RenderedMarkdown {
        MarkdownRenderer.render(markdown) { Diagnostic.Location(file: "c.md", line: $0) }
    }

    @Test func tablesAreWrappedInAScrollingRegion() {
        let html = render("| a | b |\n|---|---|\n| 1 | 2 |\n\n## Cookies & zo\n\n| c |\n|---|\n| 3 |\n").html
        #expect(html.hasPrefix("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"Tabel 1\"><table>"))
        #expect(html.contains("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"Cookies &amp; zo\"><table>"))
        #expect(html.contains("<th>a</th>"))
        #expect(html.contains("</table></div>"))
    }

    @Test func headingsGetStableReadableIDs() {
        let result = render("## Inzage in uw gegevens\n\n## Overdracht én zo\n\n## Inzage in uw gegevens\n\n### Eigen {#mijn-id}\n")
        #expect(result.headings.map(\.id) == ["inzage-in-uw-gegevens", "overdracht-en-zo", "inzage-in-uw-gegevens-2", "mijn-id"])
        #expect(result.headings.last?.text == "Eigen")
        #expect(result.html.contains("<h3 id=\"mijn-id\">Eigen</h3>"))
    }

    @Test func duplicateExplicitIDsAreErrors() {
        let result = render("## A {#x}\n\n## B {#x}\n")
        #expect(result.diagnostics.map(\.description) == ["c.md:3: error: duplicate heading id 'x'\nc.md:3: note: each {#id} must be unique on the page"])
    }

    @Test func anchorLinksMustLandOnAHeading() {
        let good = render("## Rechten {#rechten}\n\nZie [uw rechten](#rechten) en [klachten](#klacht-indienen).\n\n### Klacht indienen\n")
        #expect(good.diagnostics.isEmpty)
        let bad = render("## Rechten\n\nZie [hier](#nergens).\n")
        #expect(bad.diagnostics.map(\.description) == ["""
            c.md:3: error: link to '#nergens' does not match any heading on the page
            c.md:3: note: heading ids on this page: rechten
            c.md:3: note: give the heading an explicit id with {#nergens}, or link to an existing one
            """])
    }

    @Test func rawHTMLNeverReachesThePage() {
        let result = render("Tekst <script>alert(1)</script> en <b onclick=\"x()\">vet</b>.\n\n<div>blok</div>\n")
        #expect(!result.html.contains("<script"))
        #expect(!result.html.contains("onclick"))
        #expect(!result.html.contains("<div>"))
        #expect(!result.html.contains("raw HTML omitted"))
        #expect(result.diagnostics.count == 5)
        #expect(result.diagnostics.allSatisfy { $0.severity == .warning && $0.message == "raw HTML is not allowed and was dropped" })
        #expect(result.diagnostics.last?.location?.line == 3)
    }

    @Test(arguments: ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "java&#x09;script:alert(1)", "data:text/html,x", "vbscript:x"])
    func unsafeLinksKeepOnlyTheirText(url: String) {
        let result = render("Klik [hier](\(url)).\n")
        #expect(result.html == "<p>Klik hier.</p>\n" || !result.html.contains("href"))
        #expect(!result.html.lowercased().contains("script:"))
    }

    @Test func placeholderLinksBecomePlainText() {
        #expect(render("Bij [de Autoriteit Persoonsgegevens](#).\n").html == "<p>Bij de Autoriteit Persoonsgegevens.</p>\n")
        #expect(render("[leeg]().\n").html == "<p>leeg.</p>\n")
    }

    @Test func remoteImagesAreDropped() {
        let result = render("![logo](https://cdn.example.com/logo.png)\n")
        #expect(!result.html.contains("<img"))
        #expect(result.diagnostics.first?.message == "image 'https://cdn.example.com/logo.png' from another host was dropped; its description is kept")
    }

    @Test func footnotesStrikethroughAndAutolinksAreOn() {
        let html = render("Europa[^1] ~~oud~~ www.example.nl\n\n[^1]: Buiten de EER.\n").html
        #expect(html.contains("<section class=\"footnotes\" data-footnotes>"))
        #expect(html.contains("<del>oud</del>"))
        #expect(html.contains("<a href=\"http://www.example.nl\">www.example.nl</a>"))
        #expect(html.contains("aria-label=\"Terug naar de tekst\""))
    }

    @Test func tagfilterIsPassedToTheRenderer() {
        // Safe mode and the tree cleaning drop raw HTML before tagfilter could act, so no page shows
        // whether it is on: the parser's extensions are read back from cmark-gfm instead.
        #expect(MarkdownRenderer.attachedExtensions() == ["table", "strikethrough", "autolink", "tagfilter"])
        // And the layers in front of it hold: raw HTML outside code never reaches the page.
        let html = render("Tekst\n\n<iframe src=\"https://example.com\"></iframe>\n\n<xmp>x</xmp> en <script>alert(1)</script>\n").html
        #expect(html == "<p>Tekst</p>\n<p>x en alert(1)</p>\n")
    }

    @Test func parsingIsSafeFromManyThreadsAtOnce() async {
        let table = "| a | b |\n|---|---|\n| 1 | 2 |\n"
        let expected = render(table).html
        #expect(expected.contains("<td>1</td>"), "the single-threaded render is the reference and must be a table")
        let results = await withTaskGroup(of: String.self) { group in
            for _ in 0..<32 { group.addTask { MarkdownRenderer.render(table) { _ in .init(file: "t") }.html } }
            return await group.reduce(into: [String]()) { $0.append($1) }
        }
        #expect(results.count == 32)
        #expect(results.allSatisfy { $0 == expected })
    }
}
