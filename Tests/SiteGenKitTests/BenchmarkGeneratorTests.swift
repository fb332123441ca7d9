import Foundation
import SiteGenKit
import SitegenBenchKit
import Testing

/// The benchmark's project generator: a seed must give the same bytes every time (or "before" and
/// "after" numbers would measure different projects), and what it generates must check clean.
@Suite("Benchmark generator")
struct BenchmarkGeneratorTests {
    /// The repository root, three levels up from this file.
    static let repoRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test("the same seed gives byte-identical projects that pass sitegen check")
    func deterministic() throws {
        let first = try Self.generate(count: 6, seed: 42)
        let second = try Self.generate(count: 6, seed: 42)
        defer {
            try? FileManager.default.removeItem(at: first.deletingLastPathComponent())
            try? FileManager.default.removeItem(at: second.deletingLastPathComponent())
        }
        let files = try Self.files(in: first)
        #expect(files.count > 40)
        #expect(files == (try Self.files(in: second)))
        // No diagnostic at all: a finding in a copied text, a missing or stale acknowledgement of an
        // open question, or anything else is a generator bug or an uncorrected text.
        let all = SiteBuilder(root: first, today: DayDate("2025-06-01")!).check(.all).all
        #expect(all.isEmpty, "\(all.map(\.description))")
    }

    @Test("the copies of JUICT's and JSM's own clauses check without a diagnostic")
    func ownTextCopiesCheckClean() throws {
        // The first seed whose first 12 tenants include both own-text styles, so the test never
        // runs without a copy of JUICT's or of JSM's clauses.
        let corpus = try SourceCorpus(root: Self.repoRoot)
        let seed = try #require((1...100).first { seed in
            let styles = Set((0..<12).map { TenantFactory(corpus: corpus, seed: UInt64(seed)).make(index: $0).style })
            return styles.isSuperset(of: [.ownTextInformal, .ownTextFormal])
        })
        let specs = (0..<12).map { TenantFactory(corpus: corpus, seed: UInt64(seed)).make(index: $0) }
        let ownText = specs.filter { $0.style != .sharedTemplate }.map(\.id)
        let root = try Self.generate(count: 12, seed: UInt64(seed))
        defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        let diagnostics = SiteBuilder(root: root, today: DayDate("2025-06-01")!).check(.tenants(ownText)).all
        #expect(!ownText.isEmpty)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description).joined(separator: "\n"))")
    }

    @Test("a tenant does not depend on how many tenants come before or after it")
    func tenantsAreIndependent() throws {
        let factory = TenantFactory(corpus: try SourceCorpus(root: Self.repoRoot), seed: 9)
        let early = (0..<3).map { factory.make(index: $0) }
        #expect(early == (0..<3).map { factory.make(index: $0) })
        #expect(factory.make(index: 2) != factory.make(index: 3))
        #expect(TenantFactory(corpus: try SourceCorpus(root: Self.repoRoot), seed: 10).make(index: 2) != factory.make(index: 2))
    }

    @Test("every tenant gets 2 or 3 released versions")
    func versions() throws {
        let root = try Self.generate(count: 6, seed: 3)
        defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        let tenants = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("tenants").path)
            .filter { !$0.hasPrefix("_") }
        #expect(tenants.count == 6)
        for tenant in tenants {
            let history = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("tenants/\(tenant)/history").path)
            #expect((2...3).contains(history.count), "\(tenant) has \(history.count) versions")
        }
    }

    private static func generate(count: Int, seed: UInt64) throws -> URL {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("bench-gen-\(UUID().uuidString)")
        let generator = ProjectGenerator(factory: TenantFactory(corpus: try SourceCorpus(root: repoRoot), seed: seed))
        return try generator.generate(into: base.appendingPathComponent("project"), count: count).root
    }

    /// Every file under `root` by relative path, with its bytes.
    private static func files(in root: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = enumerator?.nextObject() as? URL {
            guard try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true else { continue }
            files[String(url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count))] = try Data(contentsOf: url)
        }
        return files
    }
}
