import Foundation
import Testing
@testable import SiteGenKit

/// The changelog, the notices and the titles around a statement are templates found by the same
/// lookup as the pages: a theme or a tenant that brings one changes what visitors see.
@Suite struct ChangelogTemplateTests {
    static let input = TestSupport.fixtures.appendingPathComponent("golden/changelog-templates/input")

    static func page(_ path: String, root: URL = input) throws -> String {
        let (site, diagnostics) = SiteBuilder(root: root, today: TestSupport.today).render(tenant: "acme")
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
        #expect(archive.contains("<strong>Gearchiveerde versie 1</strong>. Gold van <time datetime=\"2024-01-15\">15 januari 2024</time> tot <time datetime=\"2024-03-01\">1 maart 2024</time>."))
    }
}

/// Issue 15, item 10: every landmark a visitor can reach on a changelog has a name of its own
/// (axe `landmark-unique`); webcircuit's and jsm's changelogs named two redline sections alike.
@Suite struct ChangelogAccessibilityTests {
    /// The names of the `<section aria-label>` and `role="region"` landmarks outside the closed
    /// `<details>` of unchanged sections (content a browser does not render).
    static func visibleLandmarkNames(_ html: String) -> [String] {
        var names: [String] = []
        var depth = 0
        var rest = html[...]
        while let open = rest.firstIndex(of: "<") {
            guard let close = rest[open...].firstIndex(of: ">") else { break }
            let tag = rest[open...close]
            if tag.hasPrefix("<details") { depth += 1 } else if tag.hasPrefix("</details") { depth -= 1 }
            if depth == 0, tag.hasPrefix("<section") || tag.contains("role=\"region\""),
               let label = tag.range(of: "aria-label=\"") {
                names.append(String(tag[label.upperBound...].prefix { $0 != "\"" }))
            }
            rest = rest[rest.index(after: close)...]
        }
        return names
    }

    @Test(arguments: ["webcircuit", "jsm", "juict", "js-ict", "m-ict"])
    func landmarksOnTheChangelogHaveDistinctNames(tenant: String) throws {
        let (site, _) = SiteBuilder(root: TestSupport.repoRoot, today: TestSupport.today).render(tenant: tenant)
        let file = try #require(site?.files.first { $0.path == "changelog/index.html" })
        let names = Self.visibleLandmarkNames(String(decoding: file.contents, as: UTF8.self))
        let repeated = Dictionary(grouping: names) { $0 }.filter { $0.value.count > 1 }.keys.sorted()
        #expect(repeated.isEmpty, "landmarks named alike: \(repeated)")
        if ["webcircuit", "jsm"].contains(tenant) { #expect(names.count >= 3) }
    }
}
