import Foundation
import Testing
@testable import SiteGenKit

/// JUICT's and JSM's working copies hold the corrections of docs/legal-review.md, waiting for the
/// companies' approval (issue 17 item 4): `check` must find nothing in them but the unreleased
/// change itself, every GDPR Art. 13 item must be on the page or an acknowledged open question
/// that points at the review, and a release must name an approver.
@Suite struct CorrectedTenantsTests {
    static let tenants = ["juict", "jsm"]
    /// A day after the tenants' latest releases (21 November 2026), as CI builds them.
    static let today = DayDate("2026-12-05")!

    @Test("check on the corrected working copy reports only that it is not released", arguments: tenants)
    func onlyNotReleased(tenant: String) {
        let report = SiteBuilder(root: TestSupport.repoRoot, today: Self.today).check(.tenants([tenant]), strict: false)
        let others = report.diagnostics.all.filter { !$0.message.contains("has changes that are not released") }
        #expect(others.isEmpty, "\(others.map(\.description).joined(separator: "\n"))")
    }

    @Test("every Art. 13 item is on the page, not applicable, or an open question acknowledged with the review", arguments: tenants)
    func everyItemIsShownOrAnOpenQuestion(tenant: String) throws {
        let report = SiteBuilder(root: TestSupport.repoRoot, today: Self.today).check(.tenants([tenant]), strict: false)
        let coverage = try #require(report.coverage.first { $0.tenantID == tenant })
        for item in coverage.items {
            switch item.status {
            case .covered, .notApplicable:
                continue
            case .acknowledged:
                #expect(item.reason?.contains("docs/legal-review.md") == true, "\(tenant) \(item.id): \(item.reason ?? "")")
            default:
                Issue.record("\(tenant) \(item.id) is \(item.status)")
            }
        }
        #expect(coverage.items.filter { $0.status == .covered }.count >= 12, "\(tenant): too little on the page")
    }

    @Test("a release without an approver is refused", arguments: tenants)
    func releaseNeedsApproval(tenant: String) throws {
        try TestSupport.withTemporaryFolder { root in
            for folder in ["tenants", "themes"] {
                try FileManager.default.copyItem(at: TestSupport.repoRoot.appendingPathComponent(folder), to: root.appendingPathComponent(folder))
            }
            let report = SiteBuilder(root: root, today: Self.today).release(.tenants([tenant]), summary: "Correcties", date: Self.today,
                                                                                   effective: Self.today.adding(days: 30))
            #expect(report.diagnostics.all.contains { $0.severity == .error && $0.message.contains("requires approval") })
            let history = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("tenants/\(tenant)/history").path)
            #expect(history.count == 3, "nothing is released: \(history.sorted())")
        }
    }
}
