import Foundation
import Testing
@testable import SiteGenKit

/// Published = released: build shows released versions only, announced versions from the day they
/// take effect, and drafts only where asked and never in the project's output/.
@Suite struct PublishingTests {
    static let today = DayDate("2024-06-01")!

    /// The minimal project with `acme` and `beta` released on 2024-01-01 and built as of `today`.
    func withBuiltProject(_ body: (URL) throws -> Void) throws {
        try TestSupport.withTemporaryFolder { root in
            var files = TestSupport.minimalProject
            files["tenants/beta/tenant.yaml"] = files["tenants/acme/tenant.yaml"]!.replacingOccurrences(of: "name: Acme", with: "name: Beta")
                .replacingOccurrences(of: "statement: [intro]", with: "statement: [intro, extra]")
            files["tenants/_lib/clauses/extra.md"] = "---\nid: extra\ntitle: Extra\n---\n## Extra\n\nWij bewaren gegevens één jaar.\n"
            try TestSupport.write(files, in: root)
            #expect(TestSupport.releaseAll(root).released.count == 2)
            #expect(SiteBuilder(root: root, today: Self.today).build(.all).built.count == 2)
            try body(root)
        }
    }

    func editExtra(_ root: URL, _ text: String) throws {
        try TestSupport.write(["tenants/_lib/clauses/extra.md": "---\nid: extra\ntitle: Extra\n---\n## Extra\n\n\(text)\n"], in: root)
    }

    func page(_ root: URL, _ path: String, output: String = "output") -> String {
        String(decoding: (try? Data(contentsOf: root.appendingPathComponent("\(output)/\(path)"))) ?? Data(), as: UTF8.self)
    }

    /// Today's code published an edited clause that was never released, under the old version's date.
    @Test func anUnreleasedEditNeverReachesTheSite() throws {
        try withBuiltProject { root in
            let before = page(root, "beta/index.html")
            try editExtra(root, "Wij bewaren gegevens tien jaar.")
            let report = SiteBuilder(root: root, today: Self.today).build(.all)
            #expect(!report.diagnostics.hasErrors)
            #expect(page(root, "beta/index.html") == before)
            let warnings = report.diagnostics.sorted.filter { $0.severity == .warning }.map(\.message)
            #expect(warnings == ["the statement of tenant 'beta' has changes that are not released; the site shows the released version"])
            let check = SiteBuilder(root: root, today: Self.today).check(.all, strict: false)
            #expect(!check.diagnostics.hasErrors)
            #expect(SiteBuilder(root: root, today: Self.today).check(.all, strict: true).diagnostics.hasErrors)
        }
    }

    @Test func aTenantNeverReleasedGetsNoOutputAndSaysHowToRelease() throws {
        try withBuiltProject { root in
            try TestSupport.write(["tenants/gamma/tenant.yaml": TestSupport.minimalProject["tenants/acme/tenant.yaml"]!], in: root)
            let report = SiteBuilder(root: root, today: Self.today).build(.all)
            #expect(report.notReleased == ["gamma"])
            #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("output/gamma").path))
            let warning = report.diagnostics.sorted.first { $0.message.contains("gamma") }
            #expect(warning?.severity == .warning)
            #expect(warning?.notes.contains { $0.contains("sitegen release --tenant gamma") } == true)
        }
    }

    /// Today's code said "Deze tekst geldt niet meer" on the archive page of the version in force.
    @Test func theArchiveOfTheVersionInForceSaysSo() throws {
        try withBuiltProject { root in
            let archive = page(root, "acme/versions/1/index.html")
            #expect(archive.contains("dit is de versie die nu geldt"))
            #expect(!archive.contains("geldt niet meer"))
            #expect(page(root, "acme/index.html").contains("Dit is de versie die nu geldt. Geldig vanaf <time datetime=\"2024-01-01\">1 januari 2024</time>"))
        }
    }

    @Test func anAnnouncedVersionIsShownFromTheDayItTakesEffect() throws {
        try withBuiltProject { root in
            let before = page(root, "beta/index.html")
            try editExtra(root, "Wij bewaren gegevens twee jaar.")
            let effective = Self.today.adding(days: 40)
            let release = SiteBuilder(root: root, today: Self.today).release(.tenants(["beta"]), summary: "Bewaartermijn.", effective: effective)
            #expect(release.released.map(\.version) == [2])
            #expect(SiteBuilder(root: root, today: Self.today).build(.all).built.map(\.tenantID) == ["beta"])
            let index = page(root, "beta/index.html")
            #expect(index.contains("Per \(effective.dutch) geldt een nieuwe versie van deze privacyverklaring."))
            #expect(index.contains("één jaar") && !index.contains("twee jaar"))
            #expect(index != before)
            let changelog = page(root, "beta/changelog/index.html")
            #expect(changelog.contains("Aangekondigd – geldt vanaf"))
            #expect(changelog.range(of: "versie-2")!.lowerBound < changelog.range(of: "versie-1")!.lowerBound)
            #expect(page(root, "beta/feed.xml").contains("versions/2/"))
            #expect(page(root, "beta/versions.json").contains("\"status\" : \"announced\""))

            // The day before nothing changes; on the day, exactly beta is rebuilt and shows version 2.
            #expect(SiteBuilder(root: root, today: effective.adding(days: -1)).build(.all).built.isEmpty)
            let onTheDay = SiteBuilder(root: root, today: effective).build(.all)
            #expect(onTheDay.built.map(\.tenantID) == ["beta"])
            #expect(page(root, "beta/index.html").contains("twee jaar"))
            #expect(page(root, "beta/versions/1/index.html").contains("Gold van"))
            #expect(SiteBuilder(root: root, today: effective.adding(days: 1)).build(.all).built.isEmpty)
        }
    }

    @Test func draftsShowTheWorkingCopyWithABannerAndAComparison() throws {
        try withBuiltProject { root in
            try editExtra(root, "Wij bewaren gegevens drie jaar.")
            let drafts = root.appendingPathComponent("drafts")
            let report = SiteBuilder(root: root, outputRoot: drafts, today: Self.today).build(.all, options: .init(drafts: true))
            #expect(!report.diagnostics.hasErrors, "\(report.diagnostics.sorted)")
            let index = page(root, "beta/index.html", output: "drafts")
            #expect(index.contains("Concept – niet gepubliceerd"))
            #expect(index.contains("<meta name=\"robots\" content=\"noindex\">"))
            #expect(index.contains("drie jaar"))
            let comparison = page(root, "beta/concept/index.html", output: "drafts")
            #expect(comparison.contains("<del>één </del><ins>drie </ins>"))
            #expect(!page(root, "beta/index.html").contains("drie jaar"), "the published site is untouched")
        }
    }

    @Test func draftsIntoTheProjectsOwnOutputAreRefused() throws {
        try withBuiltProject { root in
            let before = TestSupport.tree(root.appendingPathComponent("output"))
            let report = SiteBuilder(root: root, today: Self.today).build(.all, options: .init(drafts: true))
            #expect(report.diagnostics.sorted.map(\.message) == ["drafts are never built into the project's own output folder"])
            #expect(TestSupport.tree(root.appendingPathComponent("output")) == before)
        }
    }
}

/// Builds killed mid-way left `.<id>.tmp-PID` / `.<id>.old-PID` folders that no later build removed.
@Suite struct StaleStagingTests {
    /// The id of a process that has ended.
    func deadPID() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    @Test func foldersOfEndedBuildsAreRemovedAndALostSiteIsPutBack() throws {
        try TestSupport.withTemporaryFolder { root in
            try TestSupport.write(TestSupport.minimalProject, in: root)
            TestSupport.releaseAll(root)
            let dead = try deadPID()
            try TestSupport.write([
                "output/.acme.tmp-\(dead)/index.html": "half",
                "output/.gone.old-\(dead)/.sitegen": "marker", "output/.gone.old-\(dead)/index.html": "published",
                "output/.acme.tmp-1/index.html": "a live process (init) owns this",
            ], in: root)
            let report = SiteBuilder(root: root, today: TestSupport.today).build(.tenants(["acme"]))
            #expect(!report.diagnostics.hasErrors)
            let names = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("output").path).sorted()
            #expect(names == [".acme.tmp-1", "acme", "gone"])
            #expect(try String(contentsOf: root.appendingPathComponent("output/gone/index.html"), encoding: .utf8) == "published")
        }
    }
}

/// `diff` shows the whole change: today's code dropped added paragraphs after the first (printing
/// `{+…` with no close) and showed only the first paragraph of a tenant never released.
@Suite struct WordDiffTests {
    @Test func everyAddedParagraphIsShownAndClosed() {
        let text = WordDiff.render(from: "Een.\n\nTwee.\n", to: "Een.\n\nNieuw A.\n\nNieuw B.\n\nTwee.\n", color: false)
        #expect(text.contains("{+Nieuw A.+}"))
        #expect(text.contains("{+Nieuw B.+}"))
        #expect(WordDiff.changedParagraphCount(from: "Een.\n\nTwee.\n", to: "Een.\n\nNieuw A.\n\nNieuw B.\n\nTwee.\n") == 2)
    }

    @Test func aNeverReleasedStatementIsShownWhole() {
        let statement = "## Inleiding\n\nEen.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nSlot.\n"
        let text = WordDiff.render(from: "", to: statement, color: false)
        for part in ["{+## Inleiding+}", "{+Een.+}", "| 1 | 2 |", "{+Slot.\n+}"] { #expect(text.contains(part), "\(part)") }
        #expect(WordDiff.changedParagraphCount(from: "", to: statement) == 4)
    }

    @Test func removedParagraphsAreEachMarked() {
        let text = WordDiff.render(from: "Een.\n\nWeg A.\n\nWeg B.\n\nTwee.\n", to: "Een.\n\nTwee.\n", color: false)
        #expect(text.contains("[-Weg A.-]") && text.contains("[-Weg B.-]"))
    }
}
