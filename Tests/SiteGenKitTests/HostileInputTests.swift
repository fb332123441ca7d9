import Foundation
import Testing
@testable import SiteGenKit

/// Hostile and malformed input that the `Fixtures/invalid/` set cannot hold as committed text:
/// binary and Latin-1 bytes, files over the size limit, generated deep nesting, links and pipes.
/// Each test pins the exact messages, as the fixture set does.
@Suite struct HostileInputTests {
    /// Builds the minimal project with `files` replaced, `links` (path → target) and `fifos` added;
    /// returns the sorted diagnostics with the project's path shown as `<root>`.
    func build(_ files: [String: Data] = [:], links: [String: String] = [:], fifos: [String] = [],
               scope: SiteBuilder.Scope = .all, outside: [String: String] = [:]) throws -> (text: String, errors: String, report: SiteBuilder.Report) {
        try TestSupport.withTemporaryFolder { folder in
            let root = folder.appendingPathComponent("project")
            try TestSupport.write(TestSupport.minimalProject, in: root)
            try TestSupport.write(outside, in: folder.appendingPathComponent("outside"))
            for (path, data) in files {
                let url = root.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: url)
            }
            for (path, target) in links {
                let url = root.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try? FileManager.default.removeItem(at: url)
                try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: target.replacingOccurrences(of: "<outside>", with: folder.appendingPathComponent("outside").path))
            }
            for path in fifos {
                #expect(mkfifo(root.appendingPathComponent(path).path, 0o600) == 0)
            }
            // Released first, as a project on main is: a build publishes released versions only.
            TestSupport.releaseAll(root)
            let report = SiteBuilder(root: root, today: TestSupport.today).build(scope)
            let output = TestSupport.tree(root.appendingPathComponent("output")).values
            #expect(!output.contains { $0.range(of: Data("geheim".utf8)) != nil }, "nothing from outside the project is published")
            func describe(_ diagnostics: [Diagnostic]) -> String {
                diagnostics.map(\.description).joined(separator: "\n")
                    .replacingOccurrences(of: folder.resolvingSymlinksInPath().path, with: "<tmp>")
                    .replacingOccurrences(of: folder.path, with: "<tmp>")
            }
            let sorted = report.diagnostics.sorted
            return (describe(sorted), describe(sorted.filter { $0.severity == .error }), report)
        }
    }

    static let tenantYAML = TestSupport.minimalProject["tenants/acme/tenant.yaml"]!

    @Test func aBinaryFileAsTenantConfigIsRefused() throws {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]
        let result = try build(["tenants/acme/tenant.yaml": Data(png)])
        #expect(result.text == """
            tenants/acme/tenant.yaml: error: file is binary, expected UTF-8 text
            tenants/acme/tenant.yaml: note: it contains NUL bytes, which no text file has; is this the right file?
            """)
    }

    /// "Café" saved as Latin-1: the é is the single byte 0xE9, which is not UTF-8.
    @Test(arguments: ["tenants/acme/tenant.yaml", "tenants/acme/clauses/intro.md", "tenants/_lib/clauses/intro.md"])
    func latin1ConfigOrClauseIsRefused(path: String) throws {
        let text = path.hasSuffix(".yaml") ? Self.tenantYAML.replacingOccurrences(of: "name: Acme", with: "name: Caf")
            : "---\nid: intro\ntitle: Inleiding\n---\n## Inleiding\n\nCaf\n"
        var latin1 = Data(text.utf8)
        latin1.insert(0xE9, at: latin1.range(of: Data("Caf".utf8))!.upperBound)
        let result = try build([path: latin1])
        #expect(result.errors == "\(path): error: file is not valid UTF-8 text")
        #expect(result.report.built.isEmpty)
    }

    @Test func aFileOverTheSizeLimitIsRefusedUnread() throws {
        let huge = Data("---\nid: intro\ntitle: I\n---\n".utf8) + Data(repeating: UInt8(ascii: "a"), count: SourceFile.maximumSize)
        let result = try build(["tenants/_lib/clauses/intro.md": huge])
        #expect(result.text == """
            tenants/_lib/clauses/intro.md: error: file is too large: 4194331 bytes, more than the 4 MB sitegen reads
            tenants/_lib/clauses/intro.md: note: configs and clauses are a few kilobytes; is this the right file?
            """)
    }

    /// libyaml stops at 1000 levels; the message says so in the author's words, and nothing recurses deeper.
    @Test(arguments: [
        ("vars: { x: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + " }\n", "15:13"),
        ("vars: " + String(repeating: "{a: ", count: 10_000) + "x" + String(repeating: "}", count: 10_000) + "\n", "15:3999"),
        ("vars:\n" + (0..<1_500).map { String(repeating: " ", count: $0 + 1) + "k\($0):" }.joined(separator: "\n") + " x\n", "1014:1000"),
    ])
    func deeplyNestedYAMLIsAnErrorNotACrash(tail: String, position: String) throws {
        let result = try build(["tenants/acme/tenant.yaml": Data((Self.tenantYAML + tail).utf8)])
        #expect(result.text == """
            tenants/acme/tenant.yaml:\(position): error: YAML is nested more than 1000 levels deep
            tenants/acme/tenant.yaml:\(position): note: a config needs a few levels; look for runs of '[' or '{' or ever deeper indentation
            """)
    }

    @Test func anAliasBombUsedAsAKeyIsRefusedBeforeItExpands() throws {
        var bomb = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 { bomb += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n" }
        let result = try build(["tenants/acme/tenant.yaml": Data((Self.tenantYAML + bomb + "? *a9\n: x\n").utf8)])
        #expect(result.text == """
            tenants/acme/tenant.yaml:25:3: error: an alias (*name) cannot be used as a mapping key
            tenants/acme/tenant.yaml:25:3: note: use aliases only as values; as keys they can expand exponentially
            """)
    }

    @Test func tenThousandNestedPlaceholderBlocksAreOneError() throws {
        let body = String(repeating: "{{#if company.name}}x", count: 10_000) + String(repeating: "{{/if}}", count: 10_000)
        let result = try build(["tenants/_lib/clauses/intro.md": Data("---\nid: intro\ntitle: I\n---\n## I\n\n\(body)\n".utf8)])
        #expect(result.text == """
            tenants/_lib/clauses/intro.md:7:2101: error: blocks are nested more than 100 deep
            tenants/_lib/clauses/intro.md:7:2101: note: close each '{{#if}}', '{{#unless}}' and '{{#each}}' with its '{{/…}}' tag
            """)
    }

    /// Eight clauses that each include the one before ten times would expand to a gigabyte.
    @Test func includesThatMultiplyStopAtTheSizeLimit() throws {
        var files = ["tenants/_lib/clauses/c0.md": Data("---\nid: c0\ntitle: C\n---\n\(String(repeating: "tekst ", count: 20))\n".utf8)]
        for level in 1...7 {
            let includes = String(repeating: "{{> c\(level - 1)}} ", count: 10)
            files["tenants/_lib/clauses/c\(level).md"] = Data("---\nid: c\(level)\ntitle: C\n---\n\(includes)\n".utf8)
        }
        files["tenants/acme/tenant.yaml"] = Data(Self.tenantYAML.replacingOccurrences(of: "statement: [intro]", with: "statement: [intro, c7]").utf8)
        let result = try build(files)
        #expect(result.text == """
            tenants/_lib/clauses/c1.md:5:28: error: expanding this makes the clause larger than 8 MB
            tenants/_lib/clauses/c1.md:5:28: note: nested '{{#each}}' blocks and repeated includes multiply the text
            tenants/_lib/clauses/c1.md:5:28: note: while building tenant 'acme'
            """)
    }

    /// Deep Markdown nesting used to overflow the stack (heading text) or take minutes (counting a
    /// Substring for every `<`); now such a page simply builds.
    @Test(arguments: [
        "## " + String(repeating: "*a ", count: 100_000) + "b" + String(repeating: " a*", count: 100_000),
        "## " + String(repeating: "![", count: 50_000) + "x" + String(repeating: "](a.png)", count: 50_000),
        String(repeating: ">", count: 50_000) + " x",
        String(repeating: "{{company.name}} ", count: 50_000),
    ])
    func deeplyNestedOrVeryLongMarkdownBuilds(body: String) throws {
        let result = try build(["tenants/_lib/clauses/intro.md": Data("---\nid: intro\ntitle: I\n---\n\(body)\n".utf8)])
        #expect(!result.report.diagnostics.hasErrors, "\(result.text.prefix(2000))")
        #expect(result.report.built.map(\.tenantID) == ["acme"])
    }

    @Test func linksToOutsideTheProjectAreRefused() throws {
        let result = try build(links: ["tenants/acme/clauses/intro.md": "<outside>/secret.md",
                                       "tenants/acme/assets/logo.svg": "<outside>/id_rsa",
                                       "tenants/acme/templates/footer.mustache": "/etc/passwd"],
                               outside: ["secret.md": "---\nid: intro\ntitle: I\n---\ngeheim\n", "id_rsa": "geheim"])
        #expect(result.errors == """
            tenants/acme/assets/logo.svg: error: file is a link to outside the project
            tenants/acme/assets/logo.svg: note: it points to '<tmp>/outside/id_rsa'
            tenants/acme/assets/logo.svg: note: sitegen only reads files inside the project; copy the file in instead of linking to it
            tenants/acme/clauses/intro.md: error: file is a link to outside the project
            tenants/acme/clauses/intro.md: note: it points to '<tmp>/outside/secret.md'
            tenants/acme/clauses/intro.md: note: sitegen only reads files inside the project; copy the file in instead of linking to it
            tenants/acme/templates/footer.mustache: error: file is a link to outside the project
            tenants/acme/templates/footer.mustache: note: it points to '/etc/passwd'
            tenants/acme/templates/footer.mustache: note: sitegen only reads files inside the project; copy the file in instead of linking to it
            """)
        #expect(result.report.built.isEmpty, "a tenant whose own files failed to load is not published with fallbacks")
    }

    @Test func aLinkedTenantConfigOrLibraryOutsideIsRefused() throws {
        let result = try build(links: ["tenants/acme/tenant.yaml": "<outside>/tenant.yaml", "tenants/_lib/library.yaml": "<outside>/library.yaml"],
                               outside: ["tenant.yaml": Self.tenantYAML, "library.yaml": TestSupport.minimalProject["tenants/_lib/library.yaml"]!])
        #expect(result.text == """
            tenants/_lib/library.yaml: error: file is a link to outside the project
            tenants/_lib/library.yaml: note: it points to '<tmp>/outside/library.yaml'
            tenants/_lib/library.yaml: note: sitegen only reads files inside the project; copy the file in instead of linking to it
            """, "a broken library stops the run before any tenant is read")
    }

    @Test func linksThatStayInsideTheProjectAreFollowed() throws {
        let result = try build(links: ["tenants/acme/clauses/intro.md": "../../_lib/clauses/intro.md"])
        #expect(result.text == "")
        #expect(result.report.built.map(\.tenantID) == ["acme"])
    }

    @Test func aPipeInsteadOfAClauseIsRefusedWithoutBlocking() throws {
        let result = try build(fifos: ["tenants/_lib/clauses/outro.md"])
        #expect(result.text == """
            tenants/_lib/clauses/outro.md: error: not a regular file
            tenants/_lib/clauses/outro.md: note: sitegen reads only plain files; replace this with a text file
            """)
    }

    @Test(arguments: ["..", ".", "../acme", "/etc", "/tmp/acme", "_lib", "_shared", "ACME", "Acme", "ac me", "acme/", "acme/../acme", "acme\n", ""])
    func tenantIDsWithPathTricksAreRefused(id: String) throws {
        let result = try build(scope: .tenants([id]))
        #expect(result.text == """
            sitegen: error: invalid tenant id '\(Diagnostic.escaped(id))'
            sitegen: note: a tenant id is lowercase letters and digits, in groups joined by single hyphens (e.g. 'js-ict')
            """)
        #expect(result.report.built.isEmpty)
    }

    @Test(arguments: ["Acme Corp", "ACME", "acme.old", "a--b"])
    func tenantFoldersWithInvalidNamesAreReported(name: String) throws {
        let result = try build(["tenants/\(name)/tenant.yaml": Data(Self.tenantYAML.utf8)])
        #expect(result.text == """
            tenants/\(name): error: folder name '\(name)' is not a valid tenant id
            tenants/\(name): note: a tenant id is lowercase letters and digits, in groups joined by single hyphens (e.g. 'js-ict')
            tenants/\(name): note: library folders start with '_'
            """)
        #expect(result.report.built.isEmpty, "a project with an invalid folder builds nothing")
    }
}
