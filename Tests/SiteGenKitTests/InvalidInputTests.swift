import Foundation
import Testing
@testable import SiteGenKit

/// The `Fixtures/invalid/<case>/` set pins the exact diagnostics for bad input. Each case holds the
/// files that differ from `TestSupport.minimalProject` (under `files/`), an optional `tenants.txt`
/// (the tenants to build, default all) and `expected.txt`. A case may hold published output
/// (`files/output/acme/`), which must be left exactly as it was. A case with a `drafts` file builds
/// the working copies (`build --drafts`, into another folder), for problems only rendering finds;
/// a case with a `check` file runs `sitegen check` instead of a build and pins its errors only.
/// `SITEGEN_RECORD=1` rewrites expected.txt.
@Suite struct InvalidInputTests {
    static let cases: [String] = {
        let folder = TestSupport.fixtures.appendingPathComponent("invalid")
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }()

    /// `cases` is listed when the suite loads and cannot throw, so a moved or emptied fixtures
    /// folder would give zero cases and a green suite; this test fails instead.
    @Test func casesAreFound() {
        let folder = TestSupport.fixtures.appendingPathComponent("invalid")
        #expect(TestSupport.isFolder(folder), "\(folder.path) is missing")
        #expect(!Self.cases.isEmpty, "no invalid-input cases in \(folder.path)")
        for name in Self.cases {
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("\(name)/expected.txt").path),
                    "invalid-input case '\(name)' has no expected.txt")
        }
    }

    @Test(arguments: cases)
    func diagnosticsArePinned(name: String) throws {
        let folder = TestSupport.fixtures.appendingPathComponent("invalid/\(name)")
        try TestSupport.withTemporaryFolder { root in
            try TestSupport.write(TestSupport.minimalProject, in: root)
            let overlay = folder.appendingPathComponent("files")
            for (path, data) in TestSupport.tree(overlay) {
                let url = root.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: url)
            }
            let tenants = (try? String(contentsOf: folder.appendingPathComponent("tenants.txt"), encoding: .utf8))?
                .split(whereSeparator: \.isWhitespace).map(String.init)
            let output = root.appendingPathComponent("output")
            let published = TestSupport.tree(output.appendingPathComponent("acme"))
            let drafts = FileManager.default.fileExists(atPath: folder.appendingPathComponent("drafts").path)
            let check = FileManager.default.fileExists(atPath: folder.appendingPathComponent("check").path)
            let builder = SiteBuilder(root: root, outputRoot: drafts ? root.appendingPathComponent("drafts") : output, today: DayDate("2024-06-01")!)
            let scope: SiteBuilder.Scope = tenants.map { .tenants($0) } ?? .all
            let diagnostics = check ? builder.check(scope) : builder.build(scope, options: .init(drafts: drafts)).diagnostics
            // A check's warnings (coverage, unreleased) are not what a check case is about.
            let actual = diagnostics.sorted.filter { !check || $0.severity == .error }.map(\.description).joined(separator: "\n") + "\n"
            #expect(diagnostics.hasErrors)
            #expect(TestSupport.tree(output.appendingPathComponent("acme")) == published, "nothing is written for a tenant with errors")
            let expectedURL = folder.appendingPathComponent("expected.txt")
            if TestSupport.recording {
                try Data(actual.utf8).write(to: expectedURL)
                return
            }
            let expected = try String(contentsOf: expectedURL, encoding: .utf8)
            #expect(actual == expected, "\(TreeDiff.lines(expected: expected, actual: actual))")
        }
    }
}
