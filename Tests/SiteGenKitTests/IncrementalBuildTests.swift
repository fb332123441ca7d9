import Foundation
import Testing
@testable import SiteGenKit

/// Incremental and parallel builds: a tenant is rebuilt exactly when something it depends on
/// changed, and whatever is skipped, the output equals a fresh build into an empty folder.
@Suite struct IncrementalBuildTests {
    /// Two tenants over `_lib`: both use `intro`; only `beta` uses `extra`, which includes `detail`.
    static let project: [String: String] = {
        var files = TestSupport.minimalProject
        files["tenants/_lib/clauses/extra.md"] = """
            ---
            id: extra
            title: Extra
            covers: [purposes]
            ---
            ## Extra

            {{> detail}}

            """
        files["tenants/_lib/clauses/detail.md"] = """
            ---
            id: detail
            title: Detail
            covers: []
            ---
            Alleen voor beta.

            """
        files["tenants/_lib/clauses/unused.md"] = """
            ---
            id: unused
            title: Ongebruikt
            covers: []
            ---
            Niemand gebruikt deze tekst.

            """
        files["tenants/beta/tenant.yaml"] = files["tenants/acme/tenant.yaml"]!
            .replacingOccurrences(of: "name: Acme", with: "name: Beta")
            .replacingOccurrences(of: "statement: [intro]", with: "statement: [intro, extra]")
        return files
    }()

    /// Builds `project`, applies `change`, builds again and returns the ids rebuilt the second time.
    /// Also checks that the incremental result equals a fresh build of the changed project.
    private func rebuilt(after change: (URL) throws -> Void, options: SiteBuilder.Options = .init()) throws -> [String] {
        try TestSupport.withTemporaryFolder { root in
            try TestSupport.write(Self.project, in: root)
            TestSupport.releaseAll(root)
            let output = root.appendingPathComponent("output")
            let first = SiteBuilder(root: root, outputRoot: output, today: TestSupport.today).build(.all)
            #expect(first.built.map(\.tenantID) == ["acme", "beta"])
            try change(root)
            let second = SiteBuilder(root: root, outputRoot: output, today: TestSupport.today).build(.all, options: options)
            #expect(!second.diagnostics.hasErrors, "\(second.diagnostics.map(\.description))")
            let fresh = root.appendingPathComponent("fresh")
            _ = SiteBuilder(root: root, outputRoot: fresh, today: TestSupport.today).build(.all)
            let problems = TreeDiff.compare(expected: TestSupport.tree(fresh), actual: TestSupport.tree(output))
            #expect(problems.isEmpty, "incremental output differs from a fresh build: \(problems)")
            #expect(Set(second.built.map(\.tenantID)).isDisjoint(with: second.upToDate))
            return second.built.map(\.tenantID)
        }
    }

    private func edit(_ path: String, in root: URL, _ transform: (String) -> String) throws {
        let url = root.appendingPathComponent(path)
        try Data(transform(try String(contentsOf: url, encoding: .utf8)).utf8).write(to: url)
    }

    @Test func nothingChangedRebuildsNothing() throws {
        #expect(try rebuilt(after: { _ in }) == [])
    }

    @Test func aTenantEditRebuildsOnlyThatTenant() throws {
        #expect(try rebuilt(after: { try edit("tenants/beta/tenant.yaml", in: $0) { $0.replacingOccurrences(of: "Beta", with: "Beta B.V.") } }) == ["beta"])
    }

    @Test(arguments: [
        ("tenants/_lib/clauses/intro.md", ["acme", "beta"]),
        ("tenants/_lib/clauses/extra.md", ["beta"]),
        ("tenants/_lib/clauses/detail.md", ["beta"]), // reached only through {{> detail}}
        ("tenants/_lib/clauses/unused.md", []),
        ("tenants/_lib/library.yaml", ["acme", "beta"]),
        ("themes/plain/theme.yaml", ["acme", "beta"]),
    ])
    func aSharedEditRebuildsExactlyTheTenantsUsingIt(path: String, expected: [String]) throws {
        #expect(try rebuilt(after: { try edit(path, in: $0) { $0 + "\n" } }) == expected)
    }

    @Test func aNewFileInTheTenantOrThemeFolderCounts() throws {
        let ownClause = """
            ---
            id: intro
            title: Eigen inleiding
            covers: [controller-identity]
            ---
            ## Inleiding

            Acme's eigen tekst.

            """
        #expect(try rebuilt(after: { try TestSupport.write(["tenants/acme/clauses/intro.md": ownClause], in: $0) }) == ["acme"])
        #expect(try rebuilt(after: { try TestSupport.write(["themes/plain/templates/footer.mustache": "<footer>voet</footer>\n"], in: $0) })
                == ["acme", "beta"])
    }

    /// An empty folder adds no file to the manifest, yet one named like a file or inside `assets/`
    /// is an error: it must not hide behind "up to date" (issue 16, a clause path that is a folder).
    @Test(arguments: ["tenants/acme/clauses/intro.md", "tenants/acme/assets/icons"])
    func anEmptyFolderABuildRefusesIsReportedEvenWhenNothingElseChanged(path: String) throws {
        try TestSupport.withTemporaryFolder { root in
            try TestSupport.write(Self.project, in: root)
            TestSupport.releaseAll(root)
            let output = root.appendingPathComponent("output")
            #expect(!SiteBuilder(root: root, outputRoot: output, today: TestSupport.today).build(.all).diagnostics.hasErrors)
            let published = TestSupport.tree(output)
            try FileManager.default.createDirectory(at: root.appendingPathComponent(path), withIntermediateDirectories: true)
            let second = SiteBuilder(root: root, outputRoot: output, today: TestSupport.today).build(.all)
            #expect(second.diagnostics.contains { $0.severity == .error && $0.location?.file == path },
                    "\(second.diagnostics.map(\.description))")
            #expect(!second.built.map(\.tenantID).contains("acme"))
            #expect(TestSupport.tree(output) == published, "nothing is written for a tenant with errors")
        }
    }

    @Test func aDamagedOrForeignManifestMeansBuildAgain() throws {
        #expect(try rebuilt(after: { root in
            try edit("output/acme/.sitegen", in: root) { $0.replacingOccurrences(of: "generator \(SiteRenderer.generator)", with: "generator sitegen 0.0.1") }
            try Data("sitegen output for tenant beta\n".utf8).write(to: root.appendingPathComponent("output/beta/.sitegen"))
        }) == ["acme", "beta"])
    }

    @Test func aMissingTruncatedOrStrayOutputFileIsRebuilt() throws {
        #expect(try rebuilt(after: { root in
            try FileManager.default.removeItem(at: root.appendingPathComponent("output/acme/index.html"))
            try Data("kapot".utf8).write(to: root.appendingPathComponent("output/beta/index.html"))
        }) == ["acme", "beta"])
        #expect(try rebuilt(after: { try TestSupport.write(["output/beta/extra/stray.html": "?"], in: $0) }) == ["beta"])
    }

    @Test func forceRebuildsEverything() throws {
        #expect(try rebuilt(after: { _ in }, options: .init(force: true)) == ["acme", "beta"])
    }

    @Test(arguments: [1, 2, 4])
    func parallelBuildsEqualSequentialOnes(jobs: Int) throws {
        try TestSupport.withTemporaryFolder { root in
            try TestSupport.write(Self.project, in: root)
            for index in 0..<12 {
                try TestSupport.write(["tenants/t\(index)/tenant.yaml": Self.project["tenants/beta/tenant.yaml"]!
                    .replacingOccurrences(of: "name: Beta", with: "name: Tenant \(index)")], in: root)
            }
            let sequential = SiteBuilder(root: root, outputRoot: root.appendingPathComponent("one"), today: TestSupport.today).build(.all, options: .init(jobs: 1))
            let parallel = SiteBuilder(root: root, outputRoot: root.appendingPathComponent("many"), today: TestSupport.today).build(.all, options: .init(jobs: jobs))
            #expect(parallel.built.map(\.tenantID) == sequential.built.map(\.tenantID))
            #expect(parallel.diagnostics.map(\.description) == sequential.diagnostics.map(\.description))
            let problems = TreeDiff.compare(expected: TestSupport.tree(root.appendingPathComponent("one")),
                                            actual: TestSupport.tree(root.appendingPathComponent("many")))
            #expect(problems.isEmpty, "\(problems)")
        }
    }

    @Test func theManifestReadsBackAsWritten() throws {
        let manifest = BuildManifest(tenantID: "acme", generator: "sitegen 9.9", theme: "plain",
                                     inputs: [.init(path: "tenants/acme/a b.md", sha256: "ab"), .init(path: "tenants/_lib/library.yaml", sha256: "cd")],
                                     outputs: [.init(path: "index.html", size: 12)])
        #expect(BuildManifest(text: manifest.text) == manifest)
        #expect(manifest.libraryClauseFiles == [])
        #expect(BuildManifest(text: "sitegen output for tenant acme\n") == nil)
    }
}
