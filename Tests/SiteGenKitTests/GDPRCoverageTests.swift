import Foundation
import Testing
@testable import SiteGenKit

/// GDPR Art. 13 coverage in `sitegen check`: from clauses' `covers:` (includes followed on the
/// branches a tenant takes), the DPO item only with a DPO, acknowledgements with a reason,
/// `--strict`, the JSON and text forms, and the five real tenants.
@Suite struct GDPRCoverageTests {
    /// The minimal project (one clause covering `controller-identity`) with `changes` applied,
    /// released (so an unreleased statement is not among the errors) and checked.
    func check(_ changes: [String: String] = [:], tenantYAMLExtra: String = "", strict: Bool = false) throws -> CheckReport {
        try TestSupport.withTemporaryFolder { root in
            var files = TestSupport.minimalProject
            files["tenants/acme/tenant.yaml"]! += tenantYAMLExtra
            files.merge(changes) { $1 }
            try TestSupport.write(files, in: root)
            let builder = SiteBuilder(root: root, today: TestSupport.today)
            _ = builder.release(.all, summary: "Eerste versie.", date: DayDate("2024-01-01")!, approvedBy: nil)
            return builder.check(.all, strict: strict)
        }
    }

    func status(_ report: CheckReport, _ item: String) -> CoverageReport.Status? {
        report.coverage.first?.items.first { $0.id == item }?.status
    }

    func gapWarnings(_ report: CheckReport) -> [Diagnostic] {
        report.diagnostics.sorted.filter { $0.message.hasSuffix("[gdpr-coverage]") }
    }

    @Test func everyItemIsListedInArticleOrderWithItsStatus() throws {
        let report = try check()
        let coverage = try #require(report.coverage.first)
        #expect(coverage.tenantID == "acme")
        #expect(coverage.items.map(\.id) == GDPRItem.allCases.map(\.rawValue))
        #expect(coverage.items.first?.status == .covered)
        #expect(coverage.items.first?.clauses == ["intro"])
        #expect(status(report, "dpo-contact") == .notApplicable, "no DPO appointed")
        #expect(coverage.missing.count == 17)
        #expect(!report.diagnostics.hasErrors, "gaps are warnings")
    }

    @Test func aGapIsAWarningAtTheStatementKeyWithNotes() throws {
        let gap = try #require(gapWarnings(try check()).first { $0.message.contains("automated decision-making") })
        #expect(gap.severity == .warning)
        #expect(gap.message == "the statement of tenant 'acme' does not cover GDPR Art. 13(2)(f): automated decision-making [gdpr-coverage]")
        #expect(gap.location?.formatted == "tenants/acme/tenant.yaml:13:1")
        #expect(gap.notes == [
            "no clause in the statement declares 'covers: [automated-decisions]'",
            "add a clause that informs about it; or, if it does not apply to this tenant, say why in tenants/acme/tenant.yaml: "
                + "gdpr: { acknowledged: { automated-decisions: \"…\" } }",
        ])
    }

    @Test func strictMakesGapsErrors() throws {
        let report = try check(strict: true)
        #expect(report.strict)
        #expect(report.errorCount == 17)
        #expect(gapWarnings(report).allSatisfy { $0.severity == .error })
    }

    @Test func anAcknowledgedGapShowsItsReasonAndIsNoWarning() throws {
        let report = try check(tenantYAMLExtra: """
            gdpr:
              acknowledged:
                automated-decisions: Wij nemen geen geautomatiseerde besluiten.

            """, strict: true)
        let item = try #require(report.coverage.first?.items.first { $0.id == "automated-decisions" })
        #expect(item.status == .acknowledged)
        #expect(item.reason == "Wij nemen geen geautomatiseerde besluiten.")
        #expect(!gapWarnings(report).contains { $0.message.contains("automated") })
        #expect(report.errorCount == 16)
    }

    @Test func acknowledgingACoveredItemIsAWarning() throws {
        let report = try check(tenantYAMLExtra: "gdpr: { acknowledged: { controller-identity: Staat in de inleiding. } }\n")
        let warning = try #require(gapWarnings(report).first { $0.message.contains("acknowledged as a gap") })
        #expect(warning.message == "'controller-identity' is acknowledged as a gap, but clause 'intro' covers it [gdpr-coverage]")
        #expect(warning.location?.formatted == "tenants/acme/tenant.yaml:14:25")
        #expect(status(report, "controller-identity") == .covered)
    }

    @Test(arguments: [
        ("gdpr: { acknowledged: { automated-decision: Geen. } }\n",
         "tenants/acme/tenant.yaml:14:45: error: unknown GDPR item 'automated-decision'"),
        ("gdpr: { acknowledged: { automated-decisions: \"  \" } }\n",
         "tenants/acme/tenant.yaml:14:46: error: the acknowledgement of 'automated-decisions' has no reason"),
        ("gdpr: { acknowledge: { automated-decisions: Geen. } }\n",
         "tenants/acme/tenant.yaml:14:9: error: unknown key 'acknowledge' in 'gdpr'"),
    ])
    func badAcknowledgementsAreErrorsAtTheirLine(yaml: String, expected: String) throws {
        let report = try check(tenantYAMLExtra: yaml)
        let error = try #require(report.diagnostics.sorted.first { $0.severity == .error })
        #expect(error.description.hasPrefix(expected), "\(error.description)")
        if expected.contains("unknown GDPR item") {
            #expect(error.notes == ["expected one of: " + GDPRItem.allCases.map(\.rawValue).joined(separator: ", ")])
        }
        #expect(report.coverage.isEmpty, "a tenant whose config does not load has no coverage")
    }

    @Test func theDPOItemAppliesOnlyWithADPO() throws {
        let report = try check(tenantYAMLExtra: "dpo: { name: A. Jansen }\n")
        #expect(status(report, "dpo-contact") == .missing)
    }

    /// A clause reached through `{{> id}}` counts, on the branch the tenant takes.
    @Test(arguments: [(false, CoverageReport.Status.missing), (true, .covered)])
    func includesCountWhenTheirBranchIsTaken(flag: Bool, expected: CoverageReport.Status) throws {
        let report = try check([
            "tenants/_lib/library.yaml": TestSupport.minimalProject["tenants/_lib/library.yaml"]!
                .replacingOccurrences(of: "vars:\n", with: "vars:\n  complaint_text: { type: flag, default: false }\n"),
            "tenants/_lib/clauses/intro.md": """
                ---
                id: intro
                title: Inleiding
                covers: [controller-identity]
                ---
                {{company.name}} levert diensten.{{#if vars.complaint_text}} {{> complaint}}{{/if}}

                """,
            "tenants/_lib/clauses/complaint.md": "---\nid: complaint\ntitle: Klacht\ncovers: [complaint]\n---\nKlachten gaan naar de AP.\n",
        ], tenantYAMLExtra: "vars: { complaint_text: \(flag) }\n")
        #expect(status(report, "complaint") == expected)
        if flag { #expect(report.coverage.first?.items.first { $0.id == "complaint" }?.clauses == ["intro > complaint"]) }
    }

    @Test func jsonHasTheDocumentedShape() throws {
        let report = try check()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(report.json().utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["format_version", "generator", "strict", "counts", "diagnostics", "coverage"])
        #expect(object["format_version"] as? Int == 1)
        let counts = try #require(object["counts"] as? [String: Int])
        #expect(counts == ["errors": 0, "warnings": report.warningCount, "tenants": 1])
        let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.count == report.diagnostics.all.count)
        let first = try #require(diagnostics.first)
        #expect(Set(first.keys) == ["severity", "message", "file", "line", "column", "notes"])
        let coverage = try #require((object["coverage"] as? [[String: Any]])?.first)
        #expect(coverage["tenant"] as? String == "acme")
        #expect(coverage["complete"] as? Bool == false)
        #expect(coverage["counts"] as? [String: Int] == ["covered": 1, "acknowledged": 0, "missing": 17, "not-applicable": 1])
        let item = try #require((coverage["items"] as? [[String: Any]])?.first)
        #expect(item["item"] as? String == "controller-identity")
        #expect(item["article"] as? String == "13(1)(a)")
        #expect(item["status"] as? String == "covered")
        #expect(item["clauses"] as? [String] == ["intro"])
        #expect(item["reason"] is NSNull, "every key is present; unknown values are null")
    }

    @Test func theTextTableIsAligned() throws {
        let table = try check(tenantYAMLExtra: "gdpr: { acknowledged: { automated-decisions: Geen. } }\n").coverageTable()
        let lines = table.split(separator: "\n").map(String.init)
        #expect(lines.first == "GDPR Art. 13 coverage of acme: 1 covered, 1 acknowledged, 16 missing, 1 not applicable")
        let rows = lines.dropFirst()
        #expect(rows.count == GDPRItem.allCases.count)
        #expect(rows.first == "  13(1)(a)  controller's identity                   ✓             intro")
        #expect(rows.last == "  13(2)(f)  automated decision-making               acknowledged  “Geen.”")
        let statusColumn = try #require(rows.first.flatMap { $0.firstIndex(of: "✓") }.map { rows.first!.distance(from: rows.first!.startIndex, to: $0) })
        for row in rows {
            let status = row.dropFirst(statusColumn)
            #expect(["✓", "acknowledged", "missing", "n/a"].contains { status.hasPrefix($0) }, "status column moved in: \(row)")
        }
    }

    /// The five real tenants: what their statements leave out. None of them says anything about
    /// automated decision-making or whether giving data is required. Only the company can answer,
    /// so no text is invented: all five acknowledge the two items as open questions of
    /// docs/legal-review.md. JSM's right to restriction is in its corrected working copy.
    @Test func theRealTenantsGaps() {
        let report = SiteBuilder(root: TestSupport.repoRoot, today: TestSupport.today).check(.all, strict: false)
        let gaps = Dictionary(uniqueKeysWithValues: report.coverage.map { ($0.tenantID, $0.missing.map(\.id)) })
        #expect(gaps == [
            "js-ict": [],
            "jsm": [],
            "juict": [],
            "m-ict": [],
            "webcircuit": [],
        ])
        for tenant in ["js-ict", "jsm", "juict", "m-ict", "webcircuit"] {
            let acknowledged = report.coverage.first { $0.tenantID == tenant }?.items.filter { $0.status == .acknowledged }
            #expect(acknowledged?.map(\.id) == ["statutory-requirement", "automated-decisions"], "\(tenant)")
            #expect(acknowledged?.allSatisfy { $0.reason?.contains("docs/legal-review.md") == true } == true, "\(tenant)")
        }
        let webcircuitDPO = report.coverage.first { $0.tenantID == "webcircuit" }?.items.first { $0.id == "dpo-contact" }
        #expect(webcircuitDPO?.status == .covered)
        #expect(webcircuitDPO?.clauses == ["dpo-signature"])
    }
}
