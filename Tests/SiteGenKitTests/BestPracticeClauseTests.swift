import Foundation
import Testing
@testable import SiteGenKit

/// The best-practice clauses of the shared library (`tenants/_shared/clauses/bp-*.md`, issue 17
/// item 3): no tenant uses them yet, so nothing else renders them. Here a tenant of each
/// jurisdiction and register lists them all; the legal rule pack must find nothing in them.
@Suite struct BestPracticeClauseTests {
    static let variants: [(model: String, register: String)] = [("js-ict", "u"), ("js-ict", "je"), ("jsm", "u"), ("jsm", "je")]

    @Test(arguments: 0..<4)
    func theLibraryPassesItsOwnRules(variant: Int) throws {
        let (model, register) = Self.variants[variant]
        try TestSupport.withTemporaryFolder { root in
            let repo = TestSupport.repoRoot
            let manager = FileManager.default
            try manager.createDirectory(at: root.appendingPathComponent("tenants/bp"), withIntermediateDirectories: true)
            try manager.copyItem(at: repo.appendingPathComponent("tenants/_shared"), to: root.appendingPathComponent("tenants/_shared"))
            try manager.copyItem(at: repo.appendingPathComponent("themes"), to: root.appendingPathComponent("themes"))
            let clauses = try manager.contentsOfDirectory(atPath: repo.appendingPathComponent("tenants/_shared/clauses").path)
                .filter { $0.hasPrefix("bp-") }.map { String($0.dropLast(3)) }.sorted()
            #expect(clauses.count == 8)
            var yaml = try String(contentsOf: repo.appendingPathComponent("tenants/\(model)/tenant.yaml"), encoding: .utf8)
            yaml = String(yaml[..<yaml.range(of: "statement:")!.lowerBound])
                .replacingOccurrences(of: "register: u", with: "register: \(register)")
            yaml += "statement: [\(clauses.joined(separator: ", "))]\n"
            try yaml.write(to: root.appendingPathComponent("tenants/bp/tenant.yaml"), atomically: true, encoding: .utf8)

            let report = SiteBuilder(root: root, today: TestSupport.today).check(.all, strict: false)
            let legal = report.diagnostics.sorted.filter { $0.legalRuleID != nil }
            #expect(legal.isEmpty, "\(legal.map(\.description))")
            let atClauses = report.diagnostics.sorted.filter { $0.location?.file.contains("/bp-") == true }
            #expect(atClauses.isEmpty, "\(atClauses.map(\.description))")
            // Coverage of 13(1)(f), 13(2)(e) and (f) no longer follows the clauses' covers: but the
            // facts they print (GDPRCoverageTests); these clauses print none yet.
        }
    }
}
