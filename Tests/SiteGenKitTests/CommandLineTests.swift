import Foundation
import Testing
@testable import SiteGenKit

/// The `sitegen` executable as a user runs it: exit codes, exact messages, and what it leaves on disk.
@Suite struct CommandLineTests {
    /// The built `sitegen` next to the test bundle.
    static let executable: URL = {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("sitegen").path), folder.path != "/" {
            folder.deleteLastPathComponent()
        }
        return folder.appendingPathComponent("sitegen")
    }()

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    func run(_ arguments: [String], in folder: URL) throws -> Run {
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                   stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// A temporary copy of the minimal project.
    func withProject(_ body: (URL) throws -> Void) throws {
        try TestSupport.withTemporaryFolder { root in
            try TestSupport.write(TestSupport.minimalProject, in: root)
            TestSupport.releaseAll(root)
            try body(root)
        }
    }

    @Test func neitherTenantNorAllIsAUsageError() throws {
        try withProject { root in
            let result = try run([], in: root)
            #expect(result.status == 64)
            #expect(result.stderr.contains("Error: Pass --tenant <id> or --all."))
            #expect(result.stderr.contains("USAGE:"))
        }
    }

    @Test(arguments: [["--tenant", "acme"], ["build", "--tenant", "acme"], ["--all"], ["--root", ".", "--all"]])
    func buildingWritesTheSiteAndSaysSo(arguments: [String]) throws {
        try withProject { root in
            let result = try run(arguments, in: root)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stderr == "")
            #expect(result.stdout.hasPrefix("acme: 3 pages, 5 files in "))
            #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("output/acme/index.html").path))
        }
    }

    @Test func pathTricksAreRefusedAndNothingIsWritten() throws {
        try withProject { root in
            let result = try run(["--tenant", "../x"], in: root)
            #expect(result.status == 1)
            #expect(result.stderr == """
                sitegen: error: invalid tenant id '../x'
                sitegen: note: a tenant id is lowercase letters and digits, in groups joined by single hyphens (e.g. 'js-ict')
                sitegen: 1 error; nothing was written for the tenants that have them

                """)
            #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("output").path))
        }
    }

    @Test func unknownTenantsAreNamedWithTheKnownOnes() throws {
        try withProject { root in
            let result = try run(["--tenant", "acne"], in: root)
            #expect(result.status == 1)
            #expect(result.stderr.hasPrefix("sitegen: error: unknown tenant 'acne'\nsitegen: note: known tenants: acme\n"))
        }
    }

    @Test func aFailedBuildLeavesPublishedOutputUntouched() throws {
        try withProject { root in
            #expect(try run(["--all"], in: root).status == 0)
            let before = TestSupport.tree(root.appendingPathComponent("output"))
            try TestSupport.write(["tenants/_lib/clauses/intro.md": "---\nid: intro\ntitle: I\n---\n{{company.nmae}}\n"], in: root)
            let result = try run(["--all"], in: root)
            #expect(result.status == 1)
            #expect(result.stderr.hasPrefix("tenants/_lib/clauses/intro.md:5:1: error: unknown name 'company.nmae'\n"))
            #expect(TestSupport.tree(root.appendingPathComponent("output")) == before)
        }
    }

    @Test func allRemovesOnlyOutputSitegenWrote() throws {
        try withProject { root in
            try TestSupport.write(["output/old-tenant/.sitegen": "sitegen output for tenant old-tenant\n",
                                   "output/old-tenant/index.html": "x", "output/notes/readme.txt": "mine"], in: root)
            let result = try run(["--all"], in: root)
            #expect(result.status == 0)
            #expect(result.stdout.contains("old-tenant: removed (tenant no longer exists)"))
            #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("output/old-tenant").path))
            #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("output/notes/readme.txt").path))
        }
    }

    @Test func aFolderSitegenDidNotWriteIsNeverReplaced() throws {
        try withProject { root in
            try TestSupport.write(["output/acme/mine.txt": "hand-made"], in: root)
            let result = try run(["--all"], in: root)
            #expect(result.status == 1)
            #expect(result.stderr.contains("error: refusing to replace"))
            #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("output/acme/mine.txt").path))
        }
    }

    @Test func anOutputFolderInsideTenantsIsRefused() throws {
        try withProject { root in
            let result = try run(["--all", "--output", "tenants/acme/out"], in: root)
            #expect(result.status == 1)
            #expect(result.stderr.contains("is inside the project's sources"))
            #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("tenants/acme/out").path))
        }
    }

    /// `check` exits 0 with only warnings (the minimal project's GDPR gaps), 1 when `--strict`
    /// makes them errors; `--format json` prints one JSON document on stdout and nothing on stderr.
    @Test(arguments: [([String](), Int32(0)), (["--strict"], Int32(1))])
    func checkExitsByErrorsNotWarnings(extra: [String], status: Int32) throws {
        try withProject { root in
            #expect(try run(["release", "--all", "--summary", "Eerste versie.", "--date", "2024-01-01"], in: root).status == 0)
            // Without the fixture's acknowledgements, its gaps are warnings again.
            let yaml = root.appendingPathComponent("tenants/acme/tenant.yaml")
            try String(contentsOf: yaml, encoding: .utf8).split(separator: "\n").filter { !$0.hasPrefix("gdpr:") }
                .joined(separator: "\n").write(to: yaml, atomically: true, encoding: .utf8)
            let text = try run(["check"] + extra, in: root)
            #expect(text.status == status, "\(text.stderr)")
            #expect(text.stdout.contains("GDPR Art. 13 coverage of acme: 1 covered, 15 missing, 3 not applicable"), "\(text.stdout)")
            #expect(text.stderr.contains("tenants/acme/tenant.yaml:13:1: \(status == 0 ? "warning" : "error"): the statement of tenant 'acme' does not show"))

            let json = try run(["check", "--format", "json"] + extra, in: root)
            #expect(json.status == status)
            #expect(json.stderr.isEmpty)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            #expect((object["counts"] as? [String: Int])?["errors"] == (status == 0 ? 0 : 15))
            #expect(object["strict"] as? Bool == !extra.isEmpty)
        }
    }
}
