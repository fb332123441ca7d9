import Foundation
import Testing
@testable import SiteGenKit

/// GDPR Art. 13 coverage in `sitegen check`, from the facts that reached the page: printed facts
/// count, a fact only tested counts when its branch shows words, `covers:` counts for nothing,
/// open questions are warnings with their question, missing items warnings (errors with
/// `--strict`, and `release` refuses them), acknowledgements with a reason, the JSON, the text
/// table, and the five real tenants.
@Suite struct GDPRCoverageTests {
    /// A tenant that states every fact and a clause that prints them all.
    static let facts = """
        facts:
          purposes:
            - { id: klantrelatie, name: het onderhouden van de klantrelatie, basis: contract, retention: zeven jaar }
            - { id: analyse, name: analyse van het gebruik, basis: legitimate-interest, interest: betere diensten, retention: een jaar }
          recipients: { categories: [boekhouder] }
          transfers: none
          requirement: Zonder naam en adres kunnen wij u geen diensten leveren.
          automated_decisions: none

        """
    static let clause = """
        ---
        id: feiten
        title: Feiten
        ---
        {{#each facts.purposes}}
        - {{name}}: {{basis}}{{#if interest}} ({{interest}}){{/if}}, bewaard {{retention}}
        {{/each}}
        {{#each processing}}
        - {{{data}}} {{basis}}, bewaard {{{retention}}}
        {{/each}}

        Ontvangers: {{#each facts.recipients.categories}}{{this}}{{/each}}.
        {{#if facts.transfers.none}}Wij geven geen gegevens door buiten de EER.{{/if}}
        {{facts.requirement}}
        {{#if facts.automated_decisions.none}}Er is geen geautomatiseerde besluitvorming.{{/if}}
        Klachten: {{authority.name}}. Mail {{company.email.privacy}}.

        U heeft recht op inzage, rectificatie en vergetelheid, op beperking van de verwerking en op overdraagbaarheid, en u kunt bezwaar maken.

        """

    /// The minimal project without its acknowledgements, with `facts` and a clause `feiten`
    /// (`clause`) in the statement, changed by `edit`, released when `release` and checked.
    func check(facts: String = Self.facts, clause: String = Self.clause, extra: String = "", strict: Bool = false,
               edit: (inout [String: String]) -> Void = { _ in }) throws -> CheckReport {
        try TestSupport.withTemporaryFolder { root in
            var files = TestSupport.minimalProject
            let yaml = files["tenants/acme/tenant.yaml"]!.split(separator: "\n").filter { !$0.hasPrefix("gdpr:") }.joined(separator: "\n")
            files["tenants/acme/tenant.yaml"] = yaml.replacingOccurrences(of: "statement: [intro]", with: "statement: [intro, feiten]")
                + "\n" + facts + extra
            files["tenants/_lib/clauses/feiten.md"] = clause
            edit(&files)
            try TestSupport.write(files, in: root)
            return SiteBuilder(root: root, today: TestSupport.today).check(.all, strict: strict)
        }
    }

    func item(_ report: CheckReport, _ id: String) -> CoverageReport.Item? {
        report.coverage.first?.items.first { $0.id == id }
    }

    func coverageDiagnostics(_ report: CheckReport) -> [Diagnostic] {
        report.diagnostics.sorted.filter { $0.message.hasSuffix("[gdpr-coverage]") || $0.message.hasSuffix("[open-question]") }
    }

    @Test func factsOnThePageCoverEveryItem() throws {
        let report = try check()
        let coverage = try #require(report.coverage.first)
        #expect(coverage.items.map(\.id) == GDPRItem.allCases.map(\.rawValue))
        let notCovered = coverage.items.filter { $0.status != .covered }.map { "\($0.id): \($0.status.rawValue)" }
        #expect(notCovered == ["dpo-contact: not-applicable", "withdraw-consent: not-applicable"])
        #expect(coverageDiagnostics(report).isEmpty, "\(coverageDiagnostics(report).map(\.description))")
        let basis = try #require(item(report, "legal-basis"))
        #expect(basis.facts.map(\.path) == ["facts.purposes.0.basis", "facts.purposes.1.basis", "processing.0.basis"], "in statement order")
        #expect(basis.facts.contains { $0.path == "facts.purposes.1.basis" && $0.value == "Gerechtvaardigd belang" && $0.clause == "tenants/_lib/clauses/feiten.md:6" })
    }

    @Test func aDeletedBasisMakesCheckFailNamingThePurpose() throws {
        let report = try check(facts: Self.facts.replacingOccurrences(of: ", basis: contract", with: ""))
        #expect(report.errorCount >= 1)
        let error = try #require(report.diagnostics.sorted.first { $0.severity == .error && $0.location?.file == "tenants/acme/tenant.yaml" })
        #expect(error.message == "purpose 'klantrelatie' has no legal basis")
        #expect(error.location?.formatted == "tenants/acme/tenant.yaml:16:7")
    }

    /// The Done-when line itself: a copy of the real project, JUICT's first purpose without its basis.
    @Test func aDeletedBasisInACopyOfJUICTMakesCheckFailNamingThePurpose() throws {
        try TestSupport.withTemporaryFolder { root in
            for folder in ["tenants", "themes"] {
                try FileManager.default.copyItem(at: TestSupport.repoRoot.appendingPathComponent(folder), to: root.appendingPathComponent(folder))
            }
            let yaml = root.appendingPathComponent("tenants/juict/tenant.yaml")
            var lines = try String(contentsOf: yaml, encoding: .utf8).components(separatedBy: "\n")
            let purpose = try #require(lines.firstIndex { $0.trimmingCharacters(in: .whitespaces).hasPrefix("- id:") })
            let id = lines[purpose].components(separatedBy: "id:").last!.trimmingCharacters(in: .whitespaces)
            let basis = try #require(lines[purpose...].firstIndex { $0.trimmingCharacters(in: .whitespaces).hasPrefix("basis:") })
            lines.remove(at: basis)
            try Data(lines.joined(separator: "\n").utf8).write(to: yaml)
            let report = SiteBuilder(root: root, today: TestSupport.today).check(.tenants(["juict"]), strict: false)
            #expect(report.diagnostics.sorted.contains { $0.severity == .error && $0.message == "purpose '\(id)' has no legal basis"
                && $0.location?.file == "tenants/juict/tenant.yaml" && $0.location?.line == purpose + 1 })
        }
    }

    /// The same in a copy of the real project: a register row of the shared library without its basis.
    @Test func aDeletedRegisterBasisInACopyOfTheRealProjectFailsNamingTheRow() throws {
        try TestSupport.withTemporaryFolder { root in
            for folder in ["tenants", "themes"] {
                try FileManager.default.copyItem(at: TestSupport.repoRoot.appendingPathComponent(folder), to: root.appendingPathComponent(folder))
            }
            let library = root.appendingPathComponent("tenants/_shared/library.yaml")
            var lines = try String(contentsOf: library, encoding: .utf8).components(separatedBy: "\n")
            let row = try #require(lines.firstIndex { $0.hasPrefix("      traffic-data:") })
            let basis = try #require(lines[row...].firstIndex { $0.trimmingCharacters(in: .whitespaces).hasPrefix("basis:") })
            lines.remove(at: basis)
            try Data(lines.joined(separator: "\n").utf8).write(to: library)
            let report = SiteBuilder(root: root, today: TestSupport.today).check(.tenants(["js-ict"]), strict: false)
            #expect(report.diagnostics.sorted.contains { $0.severity == .error && $0.message == "processing row 'general/traffic-data' has no legal basis" })
        }
    }

    @Test func aFactPrintedOnlyInsideAFalseIfDoesNotCount() throws {
        let hidden = Self.clause.replacingOccurrences(of: "{{facts.requirement}}", with: "{{#if vars.never}}{{facts.requirement}}{{/if}}")
        let report = try check(clause: hidden) { files in
            files["tenants/_lib/library.yaml"] = files["tenants/_lib/library.yaml"]!.replacingOccurrences(of: "vars:\n", with: "vars:\n  never: { type: flag, default: false }\n")
        }
        #expect(item(report, "statutory-requirement")?.status == .missing)
        #expect(item(report, "statutory-requirement")?.missing == ["no clause prints {{facts.requirement}}"])
        let gap = try #require(coverageDiagnostics(report).first)
        #expect(gap.severity == .warning)
        #expect(gap.message == "the statement of tenant 'acme' does not show GDPR Art. 13(2)(e): whether providing data is required [gdpr-coverage]")
        #expect(gap.location?.formatted == "tenants/acme/tenant.yaml:13:1")
        #expect(try check(clause: hidden, strict: true) { files in
            files["tenants/_lib/library.yaml"] = files["tenants/_lib/library.yaml"]!.replacingOccurrences(of: "vars:\n", with: "vars:\n  never: { type: flag, default: false }\n")
        }.diagnostics.all.filter { $0.severity == .error && $0.message.hasSuffix("[gdpr-coverage]") }.count == 1, "--strict makes the gap an error")
    }

    @Test func aTestedFactCountsOnlyWhenItsBranchShowsWords() throws {
        let empty = Self.clause.replacingOccurrences(of: "{{#if facts.transfers.none}}Wij geven geen gegevens door buiten de EER.{{/if}}",
                                                     with: "{{#if facts.transfers.none}} {{/if}}")
        #expect(item(try check(clause: empty), "transfers")?.status == .missing)
        #expect(item(try check(), "transfers")?.facts.map(\.path) == ["facts.transfers.none"])
    }

    @Test func coversCountsForNothing() throws {
        let report = try check(clause: "---\nid: feiten\ntitle: Feiten\ncovers: [recipients, transfers, automated-decisions]\n---\nNiets.\n")
        #expect(item(report, "recipients")?.status == .missing)
        #expect(item(report, "automated-decisions")?.status == .missing)
    }

    @Test func anUnknownFactIsAnOpenQuestionWithItsReasonInTheJSON() throws {
        let question = "Moeten klanten hun gegevens geven, en wat gebeurt er als zij dat niet doen?"
        let facts = Self.facts.replacingOccurrences(of: "requirement: Zonder naam en adres kunnen wij u geen diensten leveren.",
                                                    with: "requirement: { unknown: \"\(question)\" }")
        let clause = Self.clause.replacingOccurrences(of: "{{facts.requirement}}", with: "{{#if facts.requirement}}{{facts.requirement}}{{/if}}")
        let report = try check(facts: facts, clause: clause)
        let warning = try #require(coverageDiagnostics(report).first)
        #expect(warning.message == "open question for GDPR Art. 13(2)(e) (whether providing data is required) of tenant 'acme': \(question) [open-question]")
        #expect(warning.location?.formatted == "tenants/acme/tenant.yaml:20:3")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(report.json().utf8)) as? [String: Any])
        #expect(object["format_version"] as? Int == 2)
        let items = try #require(((object["coverage"] as? [[String: Any]])?.first?["items"]) as? [[String: Any]])
        let requirement = try #require(items.first { $0["item"] as? String == "statutory-requirement" })
        #expect(requirement["status"] as? String == "open-question")
        let questions = try #require(requirement["questions"] as? [[String: Any]])
        #expect(questions.first?["path"] as? String == "facts.requirement")
        #expect(questions.first?["question"] as? String == question)
        #expect(questions.first?["location"] as? String == "tenants/acme/tenant.yaml:20:3")
        let purposes = try #require(items.first { $0["item"] as? String == "purposes" })
        let facts0 = try #require((purposes["facts"] as? [[String: Any]])?.first { $0["path"] as? String == "facts.purposes.0.name" })
        #expect(facts0["value"] as? String == "het onderhouden van de klantrelatie")
        #expect(facts0["clause"] as? String == "tenants/_lib/clauses/feiten.md:6")
        let acknowledged = try check(facts: facts, clause: clause, extra: "gdpr: { acknowledged: { statutory-requirement: \"\(question)\" } }\n")
        #expect(item(acknowledged, "statutory-requirement")?.status == .acknowledged)
        #expect(coverageDiagnostics(acknowledged).isEmpty)
    }

    @Test func releaseRefusesAStatementWithACoverageError() throws {
        try TestSupport.withTemporaryFolder { root in
            var files = TestSupport.minimalProject
            let yaml = files["tenants/acme/tenant.yaml"]!.split(separator: "\n").filter { !$0.hasPrefix("gdpr:") }.joined(separator: "\n")
                .replacingOccurrences(of: "statement: [intro]", with: "statement: [intro, feiten]") + "\n" + Self.facts
            files["tenants/acme/tenant.yaml"] = yaml
            files["tenants/_lib/clauses/feiten.md"] = Self.clause.replacingOccurrences(of: "{{facts.requirement}}", with: "")
            try TestSupport.write(files, in: root)
            let refused = SiteBuilder(root: root, today: TestSupport.today).release(.all, summary: "Eerste versie.")
            #expect(refused.released.isEmpty)
            let errors = refused.diagnostics.sorted.filter { $0.severity == .error }.map(\.message)
            #expect(errors == ["the statement of tenant 'acme' does not show GDPR Art. 13(2)(e): whether providing data is required [gdpr-coverage]"])
            #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("tenants/acme/history").path))
            try TestSupport.write(["tenants/acme/tenant.yaml": yaml + "gdpr: { acknowledged: { statutory-requirement: Wordt gevraagd aan Acme. } }\n"], in: root)
            #expect(SiteBuilder(root: root, today: TestSupport.today).release(.all, summary: "Eerste versie.").released.map(\.tenantID) == ["acme"])
        }
    }

    /// An unacknowledged open question does not stop a release, but the release says so.
    @Test func releaseReportsAnOpenQuestionItDoesNotRefuse() throws {
        try TestSupport.withTemporaryFolder { root in
            let question = "Neemt Acme geautomatiseerde besluiten?"
            var files = TestSupport.minimalProject
            let yaml = files["tenants/acme/tenant.yaml"]!.split(separator: "\n").filter { !$0.hasPrefix("gdpr:") }.joined(separator: "\n")
                .replacingOccurrences(of: "statement: [intro]", with: "statement: [intro, feiten]") + "\n"
                + Self.facts.replacingOccurrences(of: "automated_decisions: none", with: "automated_decisions: { unknown: \"\(question)\" }")
            files["tenants/acme/tenant.yaml"] = yaml
            files["tenants/_lib/clauses/feiten.md"] = Self.clause
            try TestSupport.write(files, in: root)
            let released = SiteBuilder(root: root, today: TestSupport.today).release(.all, summary: "Eerste versie.")
            #expect(released.released.map(\.tenantID) == ["acme"], "\(released.diagnostics.map(\.description))")
            #expect(released.diagnostics.sorted.filter { $0.severity == .warning }.map(\.message)
                    == ["open question for GDPR Art. 13(2)(f) (automated decision-making) of tenant 'acme': \(question) [open-question]"])
        }
    }

    /// A tenant without `facts:` is refused like any other: each unacknowledged gap is an error, and
    /// nothing is released; with the gaps acknowledged (the fixture's `gdpr:` line) it is released.
    @Test func releaseRefusesATenantWithoutFactsAndGaps() throws {
        try TestSupport.withTemporaryFolder { root in
            var files = TestSupport.minimalProject
            let acknowledged = files["tenants/acme/tenant.yaml"]!
            files["tenants/acme/tenant.yaml"] = acknowledged.split(separator: "\n").filter { !$0.hasPrefix("gdpr:") }.joined(separator: "\n") + "\n"
            #expect(!files["tenants/acme/tenant.yaml"]!.contains("facts:"))
            try TestSupport.write(files, in: root)
            let refused = SiteBuilder(root: root, today: TestSupport.today).release(.all, summary: "Eerste versie.")
            #expect(refused.released.isEmpty)
            let errors = refused.diagnostics.sorted.filter { $0.severity == .error }
            #expect(errors.count == 15)
            #expect(errors.allSatisfy { $0.message.hasPrefix("the statement of tenant 'acme' does not show GDPR Art. 13") && $0.message.hasSuffix("[gdpr-coverage]") })
            #expect(errors.contains { $0.message.contains("13(2)(e): whether providing data is required") })
            #expect(!refused.diagnostics.all.contains { $0.message.contains("states no 'facts:'") })
            #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("tenants/acme/history").path))
            try TestSupport.write(["tenants/acme/tenant.yaml": acknowledged], in: root)
            let released = SiteBuilder(root: root, today: TestSupport.today).release(.all, summary: "Eerste versie.")
            #expect(released.released.map(\.tenantID) == ["acme"], "\(released.diagnostics.map(\.description))")
        }
    }

    @Test func acknowledgingAnItemTheStatementShowsIsAWarning() throws {
        let report = try check(extra: "gdpr: { acknowledged: { complaint: Staat er al. } }\n")
        let warning = try #require(coverageDiagnostics(report).first)
        #expect(warning.message == "'complaint' is acknowledged as a gap, but the statement shows it [gdpr-coverage]")
        #expect(item(report, "complaint")?.status == .covered)
    }

    @Test func theDPOItemNeedsAWayToReachTheOfficer() throws {
        #expect(item(try check(extra: "dpo: { name: A. Jansen }\n"), "dpo-contact")?.missing
                == ["'dpo:' has no email or phone: a name alone is no way to reach the officer (Art. 13(1)(b))"])
        let printed = Self.clause + "FG: {{dpo.email}}\n"
        #expect(item(try check(clause: printed, extra: "dpo: { name: A. Jansen, email: fg@example.nl }\n"), "dpo-contact")?.status == .covered)
    }

    @Test func theTextTableShowsStatusesAndClauses() throws {
        let table = try check().coverageTable()
        let lines = table.split(separator: "\n").map(String.init)
        #expect(lines.first == "GDPR Art. 13 coverage of acme: 17 covered, 0 missing, 2 not applicable")
        #expect(lines.dropFirst().count == GDPRItem.allCases.count)
        #expect(lines.contains { $0.hasPrefix("  13(2)(e)  whether providing data is required  ") && $0.contains(" ✓ ") && $0.hasSuffix("feiten.md:14") })
    }

    /// The five real tenants, until their facts are written (T1, T2): the items their company
    /// details and clauses show are covered, and nothing about coverage is an error in `check`.
    @Test func theRealTenantsHaveNoCoverageErrors() {
        let report = SiteBuilder(root: TestSupport.repoRoot, today: TestSupport.today).check(.all, strict: false)
        #expect(report.coverage.map(\.tenantID) == ["js-ict", "jsm", "juict", "m-ict", "webcircuit"])
        for coverage in report.coverage {
            for id in ["controller-identity", "controller-contact", "complaint", "right-of-access"] {
                #expect(coverage.items.first { $0.id == id }?.status == .covered, "\(coverage.tenantID): \(id)")
            }
        }
        #expect(!report.diagnostics.all.contains { $0.severity == .error }, "\(report.diagnostics.all.filter { $0.severity == .error }.map(\.description))")
    }
}
