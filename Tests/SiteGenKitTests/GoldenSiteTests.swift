import Foundation
import Testing
@testable import SiteGenKit

/// Whole-site reference tests: each `Fixtures/golden/<case>/input` project is built and compared,
/// file by file, with `expected/`. Run with `SITEGEN_RECORD=1` to accept new output.
@Suite struct GoldenSiteTests {
    static let cases: [String] = {
        let folder = TestSupport.fixtures.appendingPathComponent("golden")
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }()

    /// `cases` is listed when the suite loads and cannot throw, so a moved or emptied fixtures
    /// folder would give zero cases and a green suite; this test fails instead.
    @Test func casesAreFound() {
        let folder = TestSupport.fixtures.appendingPathComponent("golden")
        #expect(TestSupport.isFolder(folder), "\(folder.path) is missing")
        #expect(!Self.cases.isEmpty, "no golden cases in \(folder.path)")
        for name in Self.cases {
            #expect(TestSupport.isFolder(folder.appendingPathComponent("\(name)/input")), "golden case '\(name)' has no input/")
            #expect(TestSupport.isFolder(folder.appendingPathComponent("\(name)/expected")), "golden case '\(name)' has no expected/")
        }
    }

    @Test(arguments: cases)
    func siteMatchesExpected(name: String) throws {
        let folder = TestSupport.fixtures.appendingPathComponent("golden/\(name)")
        try TestSupport.withTemporaryFolder { output in
            let report = SiteBuilder(root: folder.appendingPathComponent("input"), outputRoot: output, today: TestSupport.today).build(.all)
            #expect(!report.diagnostics.hasErrors, "\(report.diagnostics.sorted.map(\.description).joined(separator: "\n"))")
            let expectedFolder = folder.appendingPathComponent("expected")
            if TestSupport.recording {
                try? FileManager.default.removeItem(at: expectedFolder)
                try FileManager.default.copyItem(at: output, to: expectedFolder)
                return
            }
            let problems = TreeDiff.compare(expected: TestSupport.tree(expectedFolder), actual: TestSupport.tree(output))
            #expect(problems.isEmpty, "\(problems.joined(separator: "\n\n"))\n(run with SITEGEN_RECORD=1 to accept)")
        }
    }

    @Test func twoBuildsAreByteIdentical() throws {
        let input = TestSupport.fixtures.appendingPathComponent("golden/basic/input")
        try TestSupport.withTemporaryFolder { first in
            try TestSupport.withTemporaryFolder { second in
                _ = SiteBuilder(root: input, outputRoot: first, today: TestSupport.today).build(.all)
                _ = SiteBuilder(root: input, outputRoot: second, today: TestSupport.today).build(.all)
                let (a, b) = (TestSupport.tree(first), TestSupport.tree(second))
                #expect(!a.isEmpty)
                #expect(a == b)
                let html = String(decoding: a["acme/index.html"] ?? Data(), as: UTF8.self)
                #expect(!html.contains(first.path) && !html.contains(input.path), "absolute paths leak into output")
            }
        }
    }

    @Test func tenantValuesAreEscapedEverywhere() throws {
        let input = TestSupport.fixtures.appendingPathComponent("golden/basic/input")
        let (site, _) = SiteBuilder(root: input, today: TestSupport.today).render(tenant: "acme")
        let html = String(decoding: site?.files.first { $0.path == "index.html" }?.contents ?? Data(), as: UTF8.self)
        #expect(html.contains("<title>Privacyverklaring – A&amp;B | &lt;script&gt;alert(1)&lt;/script&gt; *Telecom*</title>"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("<em>Telecom</em>"), "a '*' in a company name must not become emphasis")
    }
}
