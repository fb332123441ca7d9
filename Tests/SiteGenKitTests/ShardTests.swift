import Foundation
import Testing
@testable import SiteGenKit

/// `--shard I/N`: every tenant in exactly one part, the same part on every machine, and a part's
/// build never removes what other parts built.
@Suite struct ShardTests {
    /// The minimal project with `count` copies of its tenant, `t1` … `t<count>`.
    func withTenants(_ count: Int, _ body: (URL, [String]) throws -> Void) throws {
        try TestSupport.withTemporaryFolder { root in
            var files = TestSupport.minimalProject
            let yaml = files.removeValue(forKey: "tenants/acme/tenant.yaml")!
            let ids = (1...count).map { "t\($0)" }
            for id in ids { files["tenants/\(id)/tenant.yaml"] = yaml }
            try TestSupport.write(files, in: root)
            TestSupport.releaseAll(root)
            try body(root, ids)
        }
    }

    @Test func threePartsBuildEveryTenantExactlyOnce() throws {
        try withTenants(30) { root, ids in
            let builder = SiteBuilder(root: root, today: TestSupport.today)
            var built: [String] = []
            for index in 1...3 {
                let report = builder.build(.shard(Shard(index: index, count: 3)!))
                #expect(!report.diagnostics.hasErrors, "\(report.diagnostics.map(\.description))")
                #expect(!report.built.isEmpty, "part \(index) of 3 got no tenant of 30")
                #expect(report.upToDate.isEmpty, "no part sees a tenant another part built")
                built += report.built.map(\.tenantID)
            }
            #expect(built.sorted() == ids.sorted())
            #expect(Set(built).count == built.count)
        }
    }

    @Test func aPartNeverRemovesOtherTenantsOutput() throws {
        try withTenants(6) { root, ids in
            let builder = SiteBuilder(root: root, today: TestSupport.today)
            #expect(builder.build(.all).built.count == ids.count)
            // t1 leaves the platform: only a build of all tenants may remove its site.
            try FileManager.default.removeItem(at: root.appendingPathComponent("tenants/t1"))
            for index in 1...2 {
                let report = builder.build(.shard(Shard(index: index, count: 2)!), options: .init(force: true))
                #expect(report.pruned.isEmpty)
            }
            for id in ids {
                #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("output/\(id)/index.html").path), "\(id)")
            }
            #expect(builder.build(.all).pruned == ["t1"])
        }
    }

    /// Computed independently (Python's hashlib): the part must not depend on the process, the
    /// machine or the Swift version, as a seeded `Hasher` would.
    @Test func thePartIsTheFirstEightBytesOfSHA256ModN() {
        let expected: [(String, Int, Int, Int)] = [("js-ict", 2, 1, 963), ("jsm", 1, 5, 500), ("juict", 1, 3, 595),
                                                   ("m-ict", 3, 6, 379), ("webcircuit", 1, 5, 495)]
        for (id, ofThree, ofSeven, ofThousand) in expected {
            #expect(Shard.part(of: id, count: 3) == ofThree, "\(id)")
            #expect(Shard.part(of: id, count: 7) == ofSeven, "\(id)")
            #expect(Shard.part(of: id, count: 1000) == ofThousand, "\(id)")
            #expect(Shard(index: ofThree, count: 3)!.contains(id))
        }
        #expect(Shard.part(of: "anything", count: 1) == 1)
    }

    @Test(arguments: ["1/3", "3/3", "1/1", "12/40"])
    func wellFormedPartsParse(text: String) {
        #expect(Shard(text)?.description == text)
    }

    @Test(arguments: ["0/3", "4/3", "1/0", "0/0", "-1/3", "+1/3", "a/b", "1/3/4", "1", "/3", "1/", " 1/3", "1/99999999999999999999", "١/٣"])
    func malformedPartsAreRefused(text: String) {
        #expect(Shard(text) == nil)
    }

    @Test func aMalformedShardIsAUsageError() throws {
        try TestSupport.withTemporaryFolder { folder in
            for command in [["build"], ["check"]] {
                let result = try CommandLineTests().run(command + ["--shard", "4/3"], in: folder)
                #expect(result.status == 64)
                #expect(result.stderr.hasPrefix("Error: --shard takes I/N, two whole numbers with 1 <= I <= N (e.g. 2/3 for the second of three machines), not '4/3'.\n"))
            }
            let both = try CommandLineTests().run(["build", "--shard", "1/2", "--tenant", "acme"], in: folder)
            #expect(both.status == 64)
            #expect(both.stderr.hasPrefix("Error: --shard picks tenants itself; leave out --tenant.\n"))
        }
    }
}
