import Foundation
import Testing
@testable import SiteGenKit

/// What was published survives bad input: a failed build or check leaves `output/` byte-identical,
/// and an output folder inside the sources is refused before anything is written.
@Suite struct OutputPreservationTests {
    /// One breakage per stage: library, tenant config, clause, template, rendering, bytes on disk.
    static let breakages: [(String, [String: Data])] = [
        ("library YAML", ["tenants/_lib/library.yaml": Data("services: [\n".utf8)]),
        ("tenant config", ["tenants/acme/tenant.yaml": Data(TestSupport.minimalProject["tenants/acme/tenant.yaml"]!
            .replacingOccurrences(of: "theme: plain", with: "theme: fancy").utf8)]),
        ("clause placeholder", ["tenants/_lib/clauses/intro.md": Data("---\nid: intro\ntitle: I\n---\n{{company.nmae}}\n".utf8)]),
        ("template", ["tenants/acme/templates/footer.mustache": Data("{{#company}}\n".utf8)]),
        // A rendering problem in the unreleased working copy (a duplicate heading id) no longer
        // fails a build: the build publishes the released version; check reports it.
        ("binary config", ["tenants/acme/tenant.yaml": Data([0x00, 0xFF, 0x00])]),
    ]

    @Test(arguments: breakages.map(\.0))
    func aFailedBuildOrCheckLeavesOutputByteIdentical(breakage: String) throws {
        let files = Self.breakages.first { $0.0 == breakage }!.1
        try TestSupport.withTemporaryFolder { root in
            try TestSupport.write(TestSupport.minimalProject, in: root)
            let builder = SiteBuilder(root: root, today: TestSupport.today)
            #expect(builder.release(.all, summary: "Eerste versie", date: DayDate("2024-01-02")!, approvedBy: nil).released.count == 1)
            let first = builder.build(.all)
            #expect(!first.diagnostics.hasErrors && first.built.count == 1)
            let output = root.appendingPathComponent("output")
            let before = TestSupport.tree(output)
            #expect(before.keys.contains("acme/index.html") && before.keys.contains("acme/feed.xml"))

            for (path, data) in files {
                let url = root.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: url)
            }
            for scope in [SiteBuilder.Scope.all, .tenants(["acme"])] {
                let failed = builder.build(scope)
                #expect(failed.diagnostics.hasErrors, "the \(breakage) breakage is an error")
                #expect(failed.built.isEmpty)
                #expect(TreeDiff.compare(expected: before, actual: TestSupport.tree(output)) == [], "build \(scope) changed output/")
            }
            #expect(builder.check(.all).hasErrors)
            #expect(TreeDiff.compare(expected: before, actual: TestSupport.tree(output)) == [], "check changed output/")
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: output.path).filter { $0.hasPrefix(".acme") }
            #expect(leftovers == [], "no staging folder is left behind")
        }
    }

    @Test(arguments: ["tenants", "tenants/acme", "tenants/acme/out", "tenants/_lib/x", "themes/plain/out", "link-to-tenants/out"])
    func anOutputFolderInsideTheSourcesIsRefused(output: String) throws {
        try TestSupport.withTemporaryFolder { root in
            try TestSupport.write(TestSupport.minimalProject, in: root)
            try FileManager.default.createSymbolicLink(at: root.appendingPathComponent("link-to-tenants"),
                                                       withDestinationURL: root.appendingPathComponent("tenants"))
            let sources = TestSupport.tree(root.appendingPathComponent("tenants")).merging(TestSupport.tree(root.appendingPathComponent("themes"))) { $1 }
            let outputURL = root.appendingPathComponent(output)
            let report = SiteBuilder(root: root, outputRoot: outputURL, today: TestSupport.today).build(.all)
            #expect(report.diagnostics.sorted.map(\.description).joined(separator: "\n") == """
                sitegen: error: the output folder '\(outputURL.standardizedFileURL.path)' is inside the project's sources
                sitegen: note: choose an --output folder outside tenants/ and themes/
                """)
            #expect(report.built.isEmpty)
            let after = TestSupport.tree(root.appendingPathComponent("tenants")).merging(TestSupport.tree(root.appendingPathComponent("themes"))) { $1 }
            #expect(after == sources, "nothing was written into the sources")
        }
    }
}
