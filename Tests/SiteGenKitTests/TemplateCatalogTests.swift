import Foundation
import Testing
@testable import SiteGenKit

/// The template reference in docs/themes.md is made from the declarations in code; these tests
/// keep the two equal and every built-in template documented. `SITEGEN_RECORD=1` rewrites the docs.
@Suite struct TemplateCatalogTests {
    static let begin = "<!-- template-reference: made from TemplateCatalog; SITEGEN_RECORD=1 swift test rewrites it -->\n"
    static let end = "<!-- /template-reference -->"

    @Test func docsListTheDeclaredNames() throws {
        let file = TestSupport.repoRoot.appendingPathComponent("docs/themes.md")
        let docs = try String(contentsOf: file, encoding: .utf8)
        let start = try #require(docs.range(of: Self.begin), "docs/themes.md lacks the template reference markers")
        let stop = try #require(docs.range(of: Self.end, range: start.upperBound..<docs.endIndex))
        let written = String(docs[start.upperBound..<stop.lowerBound])
        let made = TemplateCatalog.markdown + "\n"
        if TestSupport.recording && written != made {
            try (docs[..<start.upperBound] + made + docs[stop.lowerBound...]).write(to: file, atomically: true, encoding: .utf8)
            return
        }
        #expect(written == made, "docs/themes.md's template reference is out of date (run with SITEGEN_RECORD=1)")
        #expect(made.contains("| `page.toc[].level` | number |"))
    }

    @Test func everyBuiltinTemplateIsDocumentedOnce() {
        let documented = TemplateCatalog.groups.flatMap { $0.templates.map(\.name) }
        #expect(documented.count == Set(documented).count)
        #expect(Set(documented) == Set(BuiltinTemplates.all.keys))
        #expect(BuiltinTemplates.textTemplates.isSubset(of: Set(documented)))
        #expect(Set(BuiltinTemplates.compiled.keys) == Set(BuiltinTemplates.all.keys), "every built-in template compiles")
    }
}
