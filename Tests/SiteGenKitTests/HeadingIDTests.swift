import Foundation
import Testing
@testable import SiteGenKit

/// Heading ids never repeat an id the page's templates use, and an empty heading stays out of the
/// contents list.
@Suite struct HeadingIDTests {
    func render(_ markdown: String, reserved: Set<String>) -> RenderedMarkdown {
        MarkdownRenderer.render(markdown, reservedIDs: reserved) { Diagnostic.Location(file: "c.md", line: $0) }
    }

    @Test func headingsAvoidTheTemplatesIDs() {
        let result = render("## Inhoud\n\n## Toc title\n\n## Inhoud\n", reserved: ["inhoud", "toc-title"])
        #expect(result.headings.map(\.id) == ["inhoud-2", "toc-title-2", "inhoud-3"])
        #expect(result.html.contains("<h2 id=\"inhoud-2\">Inhoud</h2>"))
        #expect(!result.html.contains("id=\"inhoud\""))
    }

    @Test func anExplicitTemplateIDIsAnError() {
        let result = render("## Start {#inhoud}\n", reserved: ["inhoud", "toc-title"])
        #expect(result.diagnostics.map(\.description) == ["""
            c.md:1: error: heading id 'inhoud' is used by the page's template
            c.md:1: note: the template's own ids on this page: inhoud, toc-title
            c.md:1: note: choose another {#id}
            """])
    }

    @Test func aLinkToATemplateIDIsNoDanglingAnchor() {
        #expect(render("## A\n\n[naar de tekst](#inhoud)\n", reserved: ["inhoud"]).diagnostics.isEmpty)
        #expect(!render("## A\n\n[naar de tekst](#inhoud)\n", reserved: []).diagnostics.isEmpty)
    }

    @Test func anEmptyHeadingIsLeftOutOfTheContents() {
        let result = render("## Eerste\n\n##\n\n## Tweede\n", reserved: [])
        #expect(result.headings.map(\.text) == ["Eerste", "Tweede"])
        // It keeps an id on the page, and the ids after it still line up with their headings.
        #expect(result.html.contains("<h2 id=\"sectie\"></h2>"))
        #expect(result.html.contains("<h2 id=\"tweede\">Tweede</h2>"))
    }

    @Test func templateIDsAreReadFromTheTemplates() {
        let ids = TemplateIDs.literal(in: ["<main id=\"inhoud\">", "<h2 class=\"t\" id='toc-title'>", "<h2 id=\"{{anchor}}\">", "<p data-id=\"x\" id=\"\">"])
        #expect(ids == ["inhoud", "toc-title"])
    }

    /// Every id the shipped themes and the built-in templates write is found, so none of them can
    /// be taken by a heading.
    @Test func theShippedTemplatesIDsAreFound() throws {
        let themes = TestSupport.repoRoot.appendingPathComponent("themes")
        var sources = BuiltinTemplates.all.values.map(\.text)
        let files = FileManager.default.enumerator(at: themes, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
        for file in files where file.pathExtension == "mustache" {
            sources.append(try String(contentsOf: file, encoding: .utf8))
        }
        #expect(sources.count > BuiltinTemplates.all.count)
        #expect(TemplateIDs.literal(in: sources) == ["inhoud", "toc-title"])
    }
}
