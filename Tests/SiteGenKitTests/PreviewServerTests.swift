import Foundation
import SiteGenKit
import Testing
@testable import SiteGenServer

/// `sitegen serve` end to end: a server on a free port of 127.0.0.1 over a temporary project,
/// fetched with a raw socket. Waits are bounded; nothing asserts how long anything took.
@Suite struct PreviewServerTests {
    /// Two tenants on one shared clause, so an edit to the clause must reach both.
    static let project: [String: String] = {
        var files = TestSupport.minimalProject
        files["tenants/beta/tenant.yaml"] = files["tenants/acme/tenant.yaml"]!.replacingOccurrences(of: "name: Acme", with: "name: Beta")
        return files
    }()

    /// Once with the platform's watcher (inotify on Linux), once polling as other platforms do.
    @Test(arguments: [false, true])
    func servesPagesReloadsShowsErrorsAndRefusesTraversal(alwaysPoll: Bool) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-serve-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try TestSupport.write(Self.project, in: folder)
        let server = try PreviewServer(.init(root: folder, port: 0, today: DayDate("2026-12-05"), pollInterval: .milliseconds(50), alwaysPoll: alwaysPoll,
                                             workers: 2, log: { _ in }))
        let port = try await server.start()

        // The index lists both tenants; a tenant's page is its working copy with the reload script.
        let index = try #require(await RawHTTPClient.fetch(port: port, "/"))
        #expect(index.status == 200)
        #expect(index.text.contains("href=\"/acme/\"") && index.text.contains("href=\"/beta/\""))
        let page = try #require(await RawHTTPClient.fetch(port: port, "/acme/"))
        #expect(page.status == 200)
        #expect(page.headers["content-type"] == "text/html; charset=utf-8")
        #expect(page.text.contains("Acme biedt alleen zakelijke diensten aan."))
        #expect(page.text.contains("/_sitegen/wait?tenant=acme&"))
        #expect(page.text.components(separatedBy: "Concept – niet gepubliceerd").count == 2, "the draft banner, once")
        #expect(page.text.contains("<meta name=\"robots\" content=\"noindex\">"))
        let comparison = try #require(await RawHTTPClient.fetch(port: port, "/acme/concept/"))
        #expect(comparison.status == 200 && comparison.text.contains("Concept – niet gepubliceerd"))

        // HEAD: same headers, no body; a matching If-None-Match: 304.
        let head = try #require(await RawHTTPClient.fetch(port: port, "/acme/", method: "HEAD"))
        #expect(head.status == 200 && head.body.isEmpty)
        #expect(head.headers["content-length"] == String(page.body.count))
        let etag = try #require(page.headers["etag"])
        let cached = try #require(await RawHTTPClient.fetch(port: port, "/acme/", headers: ["If-None-Match": etag]))
        #expect(cached.status == 304 && cached.body.isEmpty)

        // An edit to the shared clause: the page's long poll answers, the new text is served.
        let betaPage = try #require(await RawHTTPClient.fetch(port: port, "/beta/"))
        try appendLine("Een nieuwe zin.", to: folder.appendingPathComponent("tenants/_lib/clauses/intro.md"))
        #expect(await changeEvent(port: port, after: page))
        let edited = try #require(await RawHTTPClient.fetch(port: port, "/acme/"))
        #expect(edited.text.contains("Een nieuwe zin."))
        #expect(edited.headers["etag"] != etag)
        #expect(await changeEvent(port: port, after: betaPage))
        let other = try #require(await RawHTTPClient.fetch(port: port, "/beta/"))
        #expect(other.text.contains("Een nieuwe zin."), "beta uses the clause too")

        // A YAML syntax error: an error page like the terminal's message; fixing it brings the site back.
        let config = folder.appendingPathComponent("tenants/acme/tenant.yaml")
        let good = try Data(contentsOf: config)
        try Data("title: [Privacy <verklaring>\n".utf8).write(to: config)
        #expect(await changeEvent(port: port, after: edited))
        let broken = try #require(await RawHTTPClient.fetch(port: port, "/acme/"))
        #expect(broken.status == 500)
        #expect(broken.text.contains("tenants/acme/tenant.yaml:"))
        #expect(broken.text.contains("error:"))
        #expect(!broken.text.contains("<verklaring>"), "the message is escaped")
        #expect(broken.text.contains("/_sitegen/wait?tenant=acme&"), "the error page reloads too")
        try good.write(to: config)
        #expect(await changeEvent(port: port, after: broken))
        let fixed = try #require(await RawHTTPClient.fetch(port: port, "/acme/"))
        #expect(fixed.status == 200 && fixed.text.contains("Een nieuwe zin."))

        // Path tricks are refused, never resolved to a file.
        for target in ["/acme/../tenants/acme/tenant.yaml", "/acme/%2e%2e/%2e%2e/etc/passwd", "/acme%2f..%2ftenant.yaml",
                       "/acme/%2E%2E%2Ftenant.yaml", "/acme/a%00b", "/acme/..%5c..%5cetc", "/acme//index.html", "/acme/%zz"] {
            let refused = try #require(await RawHTTPClient.fetch(port: port, target))
            #expect(refused.status == 400, "\(target)")
            #expect(!refused.text.contains("company:") && !refused.text.contains("root:"), "\(target)")
        }
        let unknown = try #require(await RawHTTPClient.fetch(port: port, "/nobody/"))
        #expect(unknown.status == 404)
        let post = try #require(await RawHTTPClient.fetch(port: port, "/acme/", method: "POST"))
        #expect(post.status == 405)
        await server.stop()
    }

    /// Asks the long poll of `page` whether it changed, a few times (each waits at most 25 s).
    private func changeEvent(port: UInt16, after page: RawHTTPClient.Response) async -> Bool {
        guard let query = page.text.range(of: #"/_sitegen/wait\?[^"]+"#, options: .regularExpression) else { return false }
        let target = String(page.text[query])
        for _ in 0..<4 {
            guard let answer = await RawHTTPClient.fetch(port: port, target) else { return false }
            if answer.status == 200 { return true }
            if answer.status != 204 { return false }
        }
        return false
    }

    private func appendLine(_ line: String, to file: URL) throws {
        var text = try String(contentsOf: file, encoding: .utf8)
        text += "\n\(line)\n"
        try Data(text.utf8).write(to: file)
    }

    @Test func pathTricksDoNotParse() {
        #expect(RequestPath(raw: "/js-ict/changelog/")?.segments == ["js-ict", "changelog", ""])
        #expect(RequestPath(raw: "/a%20b/")?.segments == ["a b", ""])
        for trick in ["/..", "/a/../b", "/a/%2e%2e/b", "/a/.%2E/b", "/a%2fb", "/a%5cb", "/a%00", "/a//b", "a", "/a/%2", "/a/%ff"] {
            #expect(RequestPath(raw: trick) == nil, "\(trick)")
        }
    }

    @Test func contentTypesFollowFileNames() {
        #expect(ContentType.of("index.html") == "text/html; charset=utf-8")
        #expect(ContentType.of("assets/style.1a2b.css") == "text/css; charset=utf-8")
        #expect(ContentType.of("feed.xml") == "application/atom+xml; charset=utf-8")
        #expect(ContentType.of("versions.json") == "application/json")
        #expect(ContentType.of("assets/logo.1a2b.svg") == "image/svg+xml")
        #expect(ContentType.of("assets/unknown") == "application/octet-stream")
    }

    @Test func ifNoneMatchNamesTags() {
        #expect(PreviewHandler.matches("\"x\"", "\"x\""))
        #expect(PreviewHandler.matches("W/\"y\", \"x\"", "\"x\""))
        #expect(PreviewHandler.matches("*", "\"x\""))
        #expect(!PreviewHandler.matches("\"y\"", "\"x\""))
    }
}

/// Which tenants an edit renders again, from what each read at its last render.
@Suite struct ChangeImpactTests {
    static func tenant(_ id: String, theme: String, clauses: [String], failed: Bool = false) -> ServedTenant {
        ServedTenant(id: id, files: [:], errorPage: failed ? ServedFile(body: Data(), contentType: "text/html") : nil,
                     diagnostics: .init(), revision: 1, theme: theme, clauseFiles: Set(clauses), versions: .init(), contentDigest: "")
    }

    static let rendered: [String: ServedTenant] = [
        "a": tenant("a", theme: "classic", clauses: ["tenants/_shared/clauses/intro.md", "tenants/a/clauses/own.md"]),
        "b": tenant("b", theme: "legal", clauses: ["tenants/_shared/clauses/intro.md", "tenants/_shared/clauses/dpo.md"]),
        "c": tenant("c", theme: "legal", clauses: ["tenants/c/clauses/intro.md"]),
        "d": tenant("d", theme: "classic", clauses: [], failed: true),
    ]

    func impact(_ paths: Set<String>) -> ChangeImpact {
        ChangeImpact(paths: paths, scope: ["a", "b", "c", "d"], rendered: Self.rendered, projectRoot: TestSupport.repoRoot)
    }

    @Test func ownFolderAffectsOnlyThatTenant() {
        let own = impact(["tenants/c/tenant.yaml"])
        #expect(own.tenants == ["c"] && !own.sharedChanged)
    }

    @Test func sharedClauseAffectsItsReadersAndFailedTenants() {
        #expect(impact(["tenants/_shared/clauses/dpo.md"]).tenants == ["b", "d"])
        #expect(impact(["tenants/_shared/clauses/intro.md"]).tenants == ["a", "b", "d"], "c has its own intro")
        #expect(impact(["tenants/_shared/clauses/intro.md"]).sharedChanged)
    }

    @Test func libraryConfigAffectsEveryone() {
        #expect(impact(["tenants/_shared/library.yaml"]).tenants == ["a", "b", "c", "d"])
    }

    @Test func themeAffectsItsUsers() {
        #expect(impact(["themes/legal/templates/page.mustache"]).tenants == ["b", "c", "d"])
    }

    @Test func unknownTenantFolderMeansTheSetChanged() {
        #expect(impact(["tenants/newcomer/tenant.yaml"]).tenantSetChanged)
    }
}

/// The page being viewed is rendered first after an edit that affects many tenants.
@Suite struct RebuildSchedulerTests {
    @Test func mostRecentlyViewedPendingTenantGoesFirst() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-scheduler-\(UUID().uuidString)")
        try TestSupport.write(PreviewServerTests.project, in: folder)
        defer { try? FileManager.default.removeItem(at: folder) }
        let order = OrderLog()
        let scheduler = RebuildScheduler(renderer: PreviewRenderer(root: folder, today: DayDate("2026-12-05")!),
                                         publish: { result, _ in order.append(result.tenantID) }, drained: { _, _ in order.finish() })
        scheduler.viewed("beta")
        scheduler.viewed("acme")
        scheduler.viewed("delta")
        scheduler.schedule(["alpha", "beta", "gamma", "delta", "acme"])
        scheduler.start(workers: 1)
        let rendered = await order.whenFinished()
        scheduler.stop()
        #expect(rendered == ["delta", "acme", "beta", "alpha", "gamma"])
    }

    /// Render order, filled by the worker thread.
    final class OrderLog: @unchecked Sendable {
        private let lock = NSLock()
        private var ids: [String] = []
        private var waiter: CheckedContinuation<[String], Never>?
        private var done = false

        func append(_ id: String) { lock.withLock { ids.append(id) } }

        func finish() {
            let (waiter, ids) = lock.withLock { () -> (CheckedContinuation<[String], Never>?, [String]) in
                done = true
                defer { self.waiter = nil }
                return (self.waiter, self.ids)
            }
            waiter?.resume(returning: ids)
        }

        func whenFinished() async -> [String] {
            await withCheckedContinuation { continuation in
                let finished: [String]? = lock.withLock {
                    if done { return ids }
                    waiter = continuation
                    return nil
                }
                if let finished { continuation.resume(returning: finished) }
            }
        }
    }
}
