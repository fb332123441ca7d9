import Foundation
import Testing
@testable import SiteGenKit

/// The facts model's values in clauses: `facts.*` names, labels for bases, open questions (false
/// in `{{#if}}`, an error when printed), `none` as a flag, and register rows printed as before.
@Suite struct FactsTests {
    static let facts = """
        facts:
          purposes:
            - { id: klantrelatie, name: de klantrelatie, basis: contract, retention: zeven jaar }
            - { id: analyse, name: analyse, basis: legitimate-interest, interest: betere diensten, law: { unknown: "Welke wet?" } }
          consent_withdrawal: { unknown: "Hoe trekt iemand toestemming in?" }
          recipients: { categories: [boekhouder, hostingpartij] }
          transfers: none
          automated_decisions: { unknown: "Beslist een systeem zonder mens?" }

        """

    /// The working copy's statement of `acme` with clause `body` as its only clause besides intro,
    /// and the problems; the library's register row is `row`.
    func statement(_ body: String, facts: String = Self.facts, row: String? = nil) throws -> (String, [String]) {
        try TestSupport.withTemporaryFolder { root in
            var files = TestSupport.minimalProject
            files["tenants/acme/tenant.yaml"] = files["tenants/acme/tenant.yaml"]!.replacingOccurrences(of: "statement: [intro]", with: "statement: [intro, feiten]") + facts
            files["tenants/_lib/clauses/feiten.md"] = "---\nid: feiten\ntitle: Feiten\n---\n" + body
            if let row {
                files["tenants/_lib/library.yaml"] = files["tenants/_lib/library.yaml"]!.replacingOccurrences(
                    of: "      contact: { data: Contactgegevens., retention: Eén jaar, responsible: controller, basis: contract }", with: row)
            }
            try TestSupport.write(files, in: root)
            var diagnostics = Diagnostics()
            let pending = SiteBuilder(root: root, today: TestSupport.today).pendingChanges(.all, diagnostics: &diagnostics)
            let markdown = pending.first?.current ?? ""
            let feiten = markdown.components(separatedBy: "aan.\n\n").dropFirst().joined()
            return (feiten, diagnostics.sorted.filter { $0.severity == .error }.map(\.message))
        }
    }

    @Test func purposesPrintTheirBasisThroughTheLibrarysLabel() throws {
        let (text, problems) = try statement("{{#each facts.purposes}}\n- {{name}}: {{basis}} ({{basis_id}}){{#if interest}}, {{interest}}{{/if}}\n{{/each}}\n")
        #expect(problems.isEmpty)
        #expect(text == "- de klantrelatie: Uitvoering overeenkomst (contract)\n- analyse: Gerechtvaardigd belang (legitimate-interest), betere diensten\n")
    }

    @Test func anOpenQuestionIsFalseInIfAndItsNamesBelowItToo() throws {
        let source = "{{#if facts.consent_withdrawal}}ja{{else}}nee{{/if}} {{#if facts.automated_decisions.none}}geen{{else}}?{{/if}} "
            + "{{#each facts.purposes}}{{#if law}}wet{{/if}}{{/each}} {{#if facts.transfers.none}}geen doorgifte{{/if}} "
            + "{{#each facts.recipients.categories}}{{this}};{{/each}}\n"
        let (text, problems) = try statement(source)
        #expect(problems.isEmpty)
        #expect(text == "nee ?  geen doorgifte boekhouder;hostingpartij;\n")
    }

    @Test func printingAnOpenQuestionIsAnErrorWithTheQuestion() throws {
        let (_, problems) = try statement("{{facts.consent_withdrawal}} {{facts.automated_decisions.logic}}\n")
        #expect(problems == ["'facts.consent_withdrawal' is an open question for this tenant, so there is nothing to print: Hoe trekt iemand toestemming in?",
                             "'facts.automated_decisions.logic' is an open question for this tenant, so there is nothing to print: Beslist een systeem zonder mens?"])
    }

    @Test func everyFactNameExistsForATenantWithoutFacts() throws {
        let source = "{{#if facts.requirement}}x{{/if}}{{#each facts.purposes}}x{{/each}}{{#if facts.transfers.none}}x{{/if}}{{#each facts.transfers.list}}x{{/each}}.\n"
        let (text, problems) = try statement(source, facts: "")
        #expect(problems.isEmpty)
        #expect(text == ".\n")
        #expect(try statement("{{facts.requirment}}\n", facts: "").1 == ["unknown name 'facts.requirment'"])
    }

    @Test func aRegisterRowPrintsLabelThenInterestAsTheFreeTextDid() throws {
        let row = "      calls: { data: Opnames., retention: 90 dagen, responsible: controller, basis: legitimate-interest, interest: \"{{company.name}} traint er mee.\" }"
        let source = "{{#each processing}}\n| {{basis}}{{#if interest}}. {{{interest}}}{{/if}} | {{id}} |\n{{/each}}\n"
        let (text, problems) = try statement(source, facts: "", row: row)
        #expect(problems.isEmpty)
        #expect(text == "| Gerechtvaardigd belang. Acme traint er mee. | general/calls |\n")
    }
}
