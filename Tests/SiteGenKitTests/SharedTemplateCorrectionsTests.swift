import Foundation
import Testing
@testable import SiteGenKit

/// JS-ICT, M-ICT and Webcircuit (the shared NL template) after issue 17: the corrections wait in
/// the working copy for each company's approval, and what only a company can answer is an open
/// question acknowledged with its place in docs/legal-review.md — never text invented for it.
@Suite struct SharedTemplateCorrectionsTests {
    static let tenants = ["js-ict", "m-ict", "webcircuit"]
    static let today = DayDate("2026-12-05")!

    @Test func checkShowsOnlyTheNotReleasedNotice() {
        let report = SiteBuilder(root: TestSupport.repoRoot, today: Self.today).check(.tenants(Self.tenants), strict: false)
        let shown = report.diagnostics.sorted.filter { $0.severity != .note }
        #expect(shown.count == Self.tenants.count, "\(shown.map(\.description))")
        #expect(shown.allSatisfy { $0.severity == .warning && $0.message.hasSuffix("has changes that are not released; the site shows the released version") },
                "\(shown.map(\.description))")
    }

    @Test func everyItemIsOnThePageOrAnAcknowledgedOpenQuestion() {
        let report = SiteBuilder(root: TestSupport.repoRoot, today: Self.today).check(.tenants(Self.tenants), strict: false)
        #expect(report.coverage.map(\.tenantID) == Self.tenants)
        for coverage in report.coverage {
            for item in coverage.items {
                let name = "\(coverage.tenantID): \(item.id)"
                switch item.status {
                case .covered:
                    #expect(!item.facts.isEmpty, "\(name) is covered without a fact on the page")
                case .notApplicable:
                    break
                case .acknowledged:
                    #expect(item.reason?.contains("docs/legal-review.md") == true, "\(name): \(item.reason ?? "no reason")")
                    // Only the DPO's contact has no fact to mark unknown: dpo.email is a plain value.
                    #expect(!item.questions.isEmpty || item.id == "dpo-contact", "\(name) is acknowledged without an open question")
                default:
                    Issue.record("\(name) is \(item.status.rawValue)")
                }
            }
            let open = coverage.items.filter { $0.status == .acknowledged }.map(\.id)
            #expect(open.contains("transfers") && open.contains("statutory-requirement") && open.contains("automated-decisions"), "\(coverage.tenantID): \(open)")
        }
    }

    @Test func theCorrectionsNeedAnApproverToBeReleased() throws {
        try TestSupport.withTemporaryFolder { root in
            for folder in ["tenants", "themes", "output"] {
                try FileManager.default.copyItem(at: TestSupport.repoRoot.appendingPathComponent(folder), to: root.appendingPathComponent(folder))
            }
            let builder = SiteBuilder(root: root, today: Self.today)
            let refused = builder.release(.tenants(["m-ict"]), summary: "Correcties", effective: DayDate("2027-01-04"))
            #expect(refused.released.isEmpty)
            #expect(refused.diagnostics.all.contains { $0.severity == .error && $0.message.contains("requires approval") },
                    "\(refused.diagnostics.all.map(\.description))")
            let approved = builder.release(.tenants(["m-ict"]), summary: "Correcties", effective: DayDate("2027-01-04"),
                                           approvedBy: "A. Tester, directeur")
            #expect(approved.released.map(\.version) == [3], "\(approved.diagnostics.all.map(\.description))")
        }
    }
}
