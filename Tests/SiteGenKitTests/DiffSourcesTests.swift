import Foundation
import Testing
@testable import SiteGenKit

/// `diff` names where a change comes from: today's code showed the changed words but not the
/// clause file (shared or the tenant's own) an editor has to open.
@Suite struct DiffSourcesTests {
    @Test func changedParagraphsKnowTheirLinesInTheNewText() {
        let paragraphs = WordDiff.paragraphs(from: "Een.\n\nTwee.\n\nDrie.\n", to: "Een.\n\nTwee\nen nog wat.\n\nNieuw.\n\nDrie.\n", color: false)
        #expect(paragraphs.map(\.lines) == [3...4, 6...6])
        let removal = WordDiff.paragraphs(from: "Een.\n\nWeg.\n\nDrie.\n", to: "Een.\n\nDrie.\n", color: false)
        #expect(removal.count == 1 && removal[0].lines.lowerBound == 3)
    }

    @Test func aChangeNamesTheClauseFileAndLinesItComesFrom() throws {
        try TestSupport.withTemporaryFolder { root in
            var files = TestSupport.minimalProject
            files["tenants/acme/tenant.yaml"] = files["tenants/acme/tenant.yaml"]!
                .replacingOccurrences(of: "statement: [intro]", with: "statement: [intro, extra]")
            files["tenants/_lib/clauses/extra.md"] = "---\nid: extra\ntitle: Extra\n---\n## Extra\n\nWij bewaren gegevens één jaar.\n\nSlot.\n"
            try TestSupport.write(files, in: root)
            #expect(TestSupport.releaseAll(root).released.count == 1)
            try TestSupport.write(["tenants/_lib/clauses/extra.md": "---\nid: extra\ntitle: Extra\n---\n## Extra\n\nWij bewaren gegevens tien jaar.\n\nSlot.\n"], in: root)
            var diagnostics = Diagnostics()
            let changes = SiteBuilder(root: root, today: DayDate("2024-06-01")!).pendingChanges(.all, diagnostics: &diagnostics)
            #expect(!diagnostics.hasErrors)
            let change = try #require(changes.first)
            #expect(change.changedFiles.contains { $0.hasSuffix("tenants/_lib/clauses/extra.md") })
            let edited = WordDiff.paragraphs(from: change.released, to: change.current, color: false).filter { $0.text.contains("tien") }
            #expect(edited.count == 1)
            let sources = edited.first.map { change.sources(ofLines: $0.lines) } ?? []
            #expect(sources.count == 1 && sources.first?.hasSuffix("tenants/_lib/clauses/extra.md:7") == true, "\(sources)")
        }
    }

    @Test func aChangedTenantValueIsNamedWithItsLineInTenantYAML() throws {
        try TestSupport.withTemporaryFolder { root in
            try TestSupport.write(TestSupport.minimalProject, in: root)
            #expect(TestSupport.releaseAll(root).released.count == 1)
            let config = TestSupport.minimalProject["tenants/acme/tenant.yaml"]!.replacingOccurrences(of: "name: Acme", with: "name: Bakkerij")
            try TestSupport.write(["tenants/acme/tenant.yaml": config], in: root)
            var diagnostics = Diagnostics()
            let change = try #require(SiteBuilder(root: root, today: DayDate("2024-06-01")!).pendingChanges(.all, diagnostics: &diagnostics).first)
            let paragraph = try #require(WordDiff.paragraphs(from: change.released, to: change.current, color: false)
                .first { $0.text.contains("{+Bakkerij") })
            let values = change.changedValues(in: paragraph)
            #expect(values.count == 1 && values.first?.hasPrefix("company.name (") == true, "\(values)")
            #expect(values.first?.hasSuffix("tenants/acme/tenant.yaml:8)") == true, "\(values)")
            #expect(change.sources(ofLines: paragraph.lines).first?.hasSuffix("tenants/_lib/clauses/intro.md:8") == true, "\(change.sources(ofLines: paragraph.lines)) \(paragraph)")
        }
    }
}
