import Foundation
import Testing
@testable import SiteGenKit

/// The changelog, the notices and the titles around a statement are templates found by the same
/// lookup as the pages: a theme or a tenant that brings one changes what visitors see.
@Suite struct ChangelogTemplateTests {
    static let input = TestSupport.fixtures.appendingPathComponent("golden/changelog-templates/input")

    static func page(_ path: String, root: URL = input) throws -> String {
        let (site, diagnostics) = SiteBuilder(root: root).render(tenant: "acme")
        #expect(!diagnostics.hasErrors, "\(diagnostics.sorted.map(\.description))")
        let file = try #require(site?.files.first { $0.path == path }, "no \(path)")
        return String(decoding: file.contents, as: UTF8.self)
    }

    @Test func themeTemplatesReplaceTheChangelog() throws {
        let changelog = try Self.page("changelog/index.html")
        #expect(changelog.contains("<p class=\"ledger-intro\">Versies van de privacyverklaring, nieuwste eerst.</p>"))
        #expect(changelog.contains("<h2 id=\"versie-2\">Versie 2 (2024-03-01)</h2>"))
        #expect(changelog.contains("<a href=\"#versie-1\">Versie 1 (2024-01-15)</a>"), "the contents list shows the theme's heading")
        #expect(changelog.contains("<section class=\"ledger-change\" aria-label=\"Versie 2, gewijzigd: Intrekken van gegeven toestemming\">"))
        #expect(changelog.contains("<ins>kosteloos </ins>"), "the redline itself is still sitegen's")
        #expect(!changelog.contains("Hier ziet u wanneer"), "the built-in changelog is not used")
    }

    @Test func tenantTemplatesReplaceTheNotices() throws {
        let archive = try Self.page("versions/1/index.html")
        #expect(archive.contains("<p class=\"archive-notice\" role=\"note\">U leest versie 1 (15 januari 2024) van A&amp;B |"))
        #expect(archive.contains("<title>Archief: versie 1 van A&amp;B | &lt;script&gt;"), "a text template's result is escaped once")
        #expect(!archive.contains("Gearchiveerde versie"))
        let statement = try Self.page("index.html")
        #expect(statement.contains("<p class=\"statement-meta\">Versie 2 · Intrekken van toestemming is kosteloos; zie &lt;script&gt;.</p>"))
    }

    @Test func builtinTemplatesMakeTheDefaultChangelog() throws {
        let basic = TestSupport.fixtures.appendingPathComponent("golden/basic/input")
        let changelog = try Self.page("changelog/index.html", root: basic)
        #expect(changelog.contains("<title>Wijzigingen in de privacyverklaring – "))
        #expect(changelog.contains("<h2 id=\"versie-2\">Versie 2 – 1 maart 2024</h2>"))
        #expect(changelog.contains("<p>Eerste gepubliceerde versie.</p>"))
        let archive = try Self.page("versions/1/index.html", root: basic)
        #expect(archive.contains("<strong>Gearchiveerde versie 1</strong> van <time datetime=\"2024-01-15\">15 januari 2024</time>."))
    }
}
