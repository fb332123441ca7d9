import Foundation
import Testing
@testable import SiteGenKit

/// The history as evidence: dates, chain hashes, the published index, and how releases are made
/// (exclusive, all or nothing, approved where required, with notice).
@Suite struct HistoryTests {
    static let today = DayDate("2024-06-01")!

    /// The minimal project with `acme` and `beta` released once on 2024-01-01.
    func withReleasedProject(_ edit: (inout [String: String]) -> Void = { _ in }, _ body: (URL, SiteBuilder) throws -> Void) throws {
        try TestSupport.withTemporaryFolder { root in
            var files = TestSupport.minimalProject
            files["tenants/beta/tenant.yaml"] = files["tenants/acme/tenant.yaml"]!.replacingOccurrences(of: "name: Acme", with: "name: Beta")
            edit(&files)
            try TestSupport.write(files, in: root)
            let builder = SiteBuilder(root: root, today: Self.today)
            let first = builder.release(.all, summary: "Eerste versie.", date: DayDate("2024-01-01")!)
            #expect(first.released.map(\.tenantID) == ["acme", "beta"])
            try body(root, builder)
        }
    }

    func errors(_ diagnostics: Diagnostics) -> [String] {
        diagnostics.sorted.filter { $0.severity == .error }.map(\.message)
    }

    func changeIntro(_ root: URL, to text: String) throws {
        try TestSupport.write(["tenants/_lib/clauses/intro.md": "---\nid: intro\ntitle: Inleiding\ncovers: [controller-identity]\n---\n## Inleiding\n\n\(text)\n"], in: root)
    }

    func edit(_ root: URL, _ path: String, _ change: (String) -> String) throws {
        let url = root.appendingPathComponent(path)
        try Data(change(try String(contentsOf: url, encoding: .utf8)).utf8).write(to: url)
    }

    @Test func aVersionRecordsItsPublishedAndEffectiveDatesAndAChain() throws {
        try withReleasedProject { root, builder in
            try changeIntro(root, to: "Nieuw.")
            let report = builder.release(.tenants(["acme"]), summary: "Nieuw.", effective: DayDate("2024-08-01")!)
            #expect(errors(report.diagnostics).isEmpty)
            let text = try String(contentsOf: root.appendingPathComponent("tenants/acme/history/0002.md"), encoding: .utf8)
            #expect(text.contains("\npublished: 2024-06-01\neffective: 2024-08-01\n"))
            #expect(text.contains("\nchain: "))
            #expect(errors(builder.check(.tenants(["acme"]))).isEmpty)
        }
    }

    /// Today's code ignored edits to the front matter: a changed summary was published as if released.
    @Test(arguments: [("summary: \"Eerste versie.\"", "summary: \"Iets anders.\""),
                      ("published: 2024-01-01", "published: 2023-01-01"),
                      ("sha256:", "approved_by: \"Achteraf\"\nsha256:")])
    func anEditedFrontMatterIsAnErrorNamingTheFile(old: String, new: String) throws {
        try withReleasedProject { root, builder in
            try edit(root, "tenants/acme/history/0001.md") { $0.replacingOccurrences(of: old, with: new) }
            let problems = builder.check(.tenants(["acme"])).sorted.filter { $0.severity == .error }
            #expect(problems.map(\.message) == ["version 1 was edited, inserted or moved after it was released"])
            #expect(problems.first?.location?.formatted == "tenants/acme/history/0001.md:1:1")
            let build = SiteBuilder(root: root, today: Self.today).build(.all)
            #expect(build.diagnostics.hasErrors)
            #expect(build.built.map(\.tenantID) == ["beta"])
        }
    }

    @Test func aVersionInsertedOrReorderedIsAnError() throws {
        try withReleasedProject { root, builder in
            try changeIntro(root, to: "Twee.")
            _ = builder.release(.tenants(["acme"]), summary: "Twee.", date: DayDate("2024-02-01")!)
            try changeIntro(root, to: "Drie.")
            _ = builder.release(.tenants(["acme"]), summary: "Drie.", date: DayDate("2024-03-01")!)
            // Version 3 of beta's history would be valid on its own; after acme's 2 it is not.
            let history = root.appendingPathComponent("tenants/acme/history")
            let two = try String(contentsOf: history.appendingPathComponent("0002.md"), encoding: .utf8)
            let three = try String(contentsOf: history.appendingPathComponent("0003.md"), encoding: .utf8)
            try Data(three.replacingOccurrences(of: "version: 3", with: "version: 2").utf8).write(to: history.appendingPathComponent("0002.md"))
            try Data(two.replacingOccurrences(of: "version: 2", with: "version: 3").utf8).write(to: history.appendingPathComponent("0003.md"))
            let problems = builder.check(.tenants(["acme"])).sorted.filter { $0.severity == .error }
            let chain = problems.filter { $0.message.hasSuffix("was edited, inserted or moved after it was released") }
            #expect(chain.map { $0.location?.formatted } == ["tenants/acme/history/0002.md:1:1", "tenants/acme/history/0003.md:1:1"])
        }
    }

    /// Today's code built a tenant whose history/ was deleted and removed its published archive.
    @Test func aHistoryLackingAPublishedVersionIsAnErrorAndTheOutputStays() throws {
        try withReleasedProject { root, builder in
            let output = root.appendingPathComponent("output")
            #expect(!builder.build(.all).diagnostics.hasErrors)
            let before = TestSupport.tree(output.appendingPathComponent("acme"))
            try FileManager.default.removeItem(at: root.appendingPathComponent("tenants/acme/history"))
            let report = SiteBuilder(root: root, today: Self.today).build(.all, options: .init(force: true))
            #expect(errors(report.diagnostics) == ["version 1 of tenant 'acme' was published but is missing from its history"])
            #expect(TestSupport.tree(output.appendingPathComponent("acme")) == before)
            #expect(errors(builder.check(.tenants(["acme"]))).first == "version 1 of tenant 'acme' was published but is missing from its history")
        }
    }

    /// Today's code accepted `--date 2099-12-31`, after which every later release failed.
    @Test func aReleaseDatedAfterTodayIsRefused() throws {
        try withReleasedProject { root, builder in
            try changeIntro(root, to: "Later.")
            let report = builder.release(.all, summary: "Later.", date: DayDate("2099-12-31")!)
            #expect(errors(report.diagnostics) == ["release date 2099-12-31 is after today (2024-06-01)"])
            #expect(report.released.isEmpty)
        }
    }

    /// Two releases at once could both write version 2; a held lock now refuses the second.
    @Test func aHeldReleaseLockRefusesASecondRelease() throws {
        try withReleasedProject { root, builder in
            try changeIntro(root, to: "Gelijktijdig.")
            do {
                let held = try ReleaseLock(root: root)
                let report = builder.release(.all, summary: "Tweede.")
                #expect(errors(report.diagnostics) == ["another 'sitegen release' is running in this project; nothing was released"])
                #expect(report.released.isEmpty)
                withExtendedLifetime(held) {}
            }
            #expect(builder.release(.all, summary: "Tweede.").released.count == 2)
        }
    }

    @Test func anExistingVersionFileIsNeverReplaced() throws {
        try withReleasedProject { root, _ in
            #expect(throws: DiagnosticError.self) { try HistoryWriter(root: root).append("x", version: 1, tenant: "acme") }
            let text = try String(contentsOf: root.appendingPathComponent("tenants/acme/history/0001.md"), encoding: .utf8)
            #expect(text.contains("Eerste versie."))
        }
    }

    @Test func releaseAllReleasesNothingWhenOneTenantHasAnError() throws {
        try withReleasedProject { root, builder in
            try changeIntro(root, to: "Nieuw.")
            try edit(root, "tenants/beta/tenant.yaml") { $0.replacingOccurrences(of: "theme: plain", with: "theme: missing") }
            let report = builder.release(.all, summary: "Nieuw.")
            #expect(errors(report.diagnostics) == ["unknown theme 'missing'"])
            #expect(report.released.isEmpty)
            #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("tenants/acme/history/0002.md").path))
        }
    }

    @Test func requireApprovalRefusesAReleaseWithoutAnApprover() throws {
        try withReleasedProject { root, builder in
            try edit(root, "tenants/_lib/library.yaml") { $0 + "require_approval: true\n" }
            try changeIntro(root, to: "Goed te keuren.")
            #expect(errors(builder.release(.tenants(["acme"]), summary: "Nieuw.").diagnostics)
                    == ["tenant 'acme' requires approval: name who approved this text with --approved-by NAME"])
            let approved = builder.release(.tenants(["acme"]), summary: "Nieuw.", approvedBy: "M. Jurist")
            #expect(approved.released.map(\.version) == [2])
            _ = builder.build(.all)
            let changelog = try String(contentsOf: root.appendingPathComponent("output/acme/changelog/index.html"), encoding: .utf8)
            #expect(changelog.contains("Goedgekeurd door M. Jurist."))
        }
    }

    func warnings(_ diagnostics: Diagnostics) -> [String] {
        diagnostics.sorted.filter { $0.severity == .warning && $0.message.contains("notice") }.map(\.message)
    }

    @Test func checkWarnsOnShortNoticeUnlessTheReleaseSaidWhy() throws {
        try withReleasedProject({ $0["tenants/beta/tenant.yaml"]! += "notice_days: 5\n" }) { root, builder in
            try changeIntro(root, to: "Kort.")
            _ = builder.release(.all, summary: "Kort.", effective: DayDate("2024-06-11")!)
            #expect(warnings(builder.check(.all)) == ["version 2 of tenant 'acme' takes effect 10 days after it was published, less than the 30 days' notice asked"])
            try changeIntro(root, to: "Tikfout.")
            _ = builder.release(.tenants(["acme"]), summary: "Tikfout.", effective: DayDate("2024-06-11")!, noNoticeReason: "Tikfout hersteld")
            #expect(warnings(builder.check(.all)).isEmpty)
        }
    }

    /// A version already released cannot get a reason in its frozen file; tenant.yaml can give one,
    /// for that version only — the next short-notice release warns again.
    @Test func aReleasedVersionsShortNoticeCanBeAcknowledgedByNumber() throws {
        try withReleasedProject { root, builder in
            try changeIntro(root, to: "Kort.")
            _ = builder.release(.tenants(["acme"]), summary: "Kort.", effective: DayDate("2024-06-11")!)
            let config = root.appendingPathComponent("tenants/acme/tenant.yaml")
            let original = try String(contentsOf: config, encoding: .utf8)
            try (original + "notice_acknowledged:\n  2: \"Alleen een tikfout hersteld.\"\n").write(to: config, atomically: true, encoding: .utf8)
            #expect(warnings(builder.check(.all)).isEmpty)

            try (original + "notice_acknowledged:\n  2: \"Tikfout.\"\n  7: \"Bestaat niet.\"\n").write(to: config, atomically: true, encoding: .utf8)
            #expect(warnings(builder.check(.all)) == ["version 7 of tenant 'acme' is acknowledged for short notice, but no such version is released"])

            try (original + "notice_acknowledged:\n  2: \" \"\n").write(to: config, atomically: true, encoding: .utf8)
            #expect(builder.check(.all).sorted.contains { $0.severity == .error && $0.message == "the acknowledgement of version 2's short notice has no reason" })

            try (original + "notice_acknowledged:\n  2: \"Tikfout.\"\n").write(to: config, atomically: true, encoding: .utf8)
            try changeIntro(root, to: "Weer kort.")
            _ = builder.release(.tenants(["acme"]), summary: "Weer kort.", effective: DayDate("2024-06-11")!)
            #expect(warnings(builder.check(.all)) == ["version 3 of tenant 'acme' takes effect 10 days after it was published, less than the 30 days' notice asked"])
        }
    }

    @Test func repeatedTenantIDsAreMergedBeforeAnythingRuns() throws {
        try withReleasedProject { root, builder in
            var diagnostics = Diagnostics()
            let pipeline = builder.pipeline(.tenants(["acme", "acme", "beta", "acme"]), diagnostics: &diagnostics)
            #expect(pipeline?.context.tenantIDs == ["acme", "beta"])
            #expect(builder.build(.tenants(["acme", "acme"]), options: .init(force: true)).built.count == 1)
        }
    }

    /// JUICT's source statement has no date; its version 1 said "1 januari 2022" as fact.
    @Test func anUnknownDateIsShownAsUnknown() throws {
        let (site, _) = SiteBuilder(root: TestSupport.repoRoot, today: DayDate("2026-12-05")!).render(tenant: "juict")
        let pages = (site?.files ?? []).map { String(decoding: $0.contents, as: UTF8.self) }
        #expect(!pages.isEmpty)
        #expect(!pages.contains { $0.contains("1 januari 2022") || $0.contains("2022-01-01") })
        let changelog = site?.files.first { $0.path == "changelog/index.html" }.map { String(decoding: $0.contents, as: UTF8.self) } ?? ""
        #expect(changelog.contains("Versie 1 – onbekende datum"))
    }

    @Test(arguments: [("2024-01-31", 1, "2024-02-01"), ("2024-02-28", 1, "2024-02-29"), ("2023-12-05", 40, "2024-01-14"), ("2024-03-01", -1, "2024-02-29")])
    func daysAreCounted(from: String, days: Int, to: String) {
        #expect(DayDate(from)!.adding(days: days) == DayDate(to)!)
        #expect(DayDate(to)!.days(since: DayDate(from)!) == days)
    }
}
