import Foundation
import Testing
@testable import SiteGenKit

/// The best-practice clauses that print GDPR Art. 13 facts: a known fact reaches the page in the
/// clause's words, `none` has its own sentence, and an open question prints nothing of the company.
@Suite struct BestPracticeFactClauseTests {
    static let known = """
        facts:
          transfers:
            - { to: "Verenigde Staten", mechanism: dpf }
            - { to: "India", mechanism: scc, copy: "op te vragen via info@example.nl" }
          requirement: "Zonder de naam van uw contactpersoon kunnen wij de overeenkomst niet uitvoeren."
          automated_decisions: { logic: "een score van een extern bureau bepaalt of wij een aanvraag aannemen.", consequences: "bij een lage score nemen wij de aanvraag niet aan." }

        """
    static let none = "facts:\n  transfers: none\n  requirement: \"Zonder de naam van uw contactpersoon kunnen wij de overeenkomst niet uitvoeren.\"\n  automated_decisions: none\n"
    static let open = "facts:\n  transfers: { unknown: \"Welke leveranciers?\" }\n  requirement: { unknown: \"Welke gegevens?\" }\n  automated_decisions: { unknown: \"Welke besluiten?\" }\n"

    /// The draft page's text of a tenant that lists the three clauses with `facts` in `register`.
    func page(facts: String, register: String) throws -> String {
        try TestSupport.withTemporaryFolder { root in
            let repo = TestSupport.repoRoot
            let manager = FileManager.default
            try manager.createDirectory(at: root.appendingPathComponent("tenants/bp"), withIntermediateDirectories: true)
            try manager.copyItem(at: repo.appendingPathComponent("tenants/_shared"), to: root.appendingPathComponent("tenants/_shared"))
            try manager.copyItem(at: repo.appendingPathComponent("themes"), to: root.appendingPathComponent("themes"))
            var yaml = try String(contentsOf: repo.appendingPathComponent("tenants/js-ict/tenant.yaml"), encoding: .utf8)
            yaml = String(yaml[..<yaml.range(of: "facts:")!.lowerBound]).replacingOccurrences(of: "register: u", with: "register: \(register)")
            yaml += facts + "statement: [bp-transfers, bp-statutory-requirement, bp-automated-decisions]\n"
            try yaml.write(to: root.appendingPathComponent("tenants/bp/tenant.yaml"), atomically: true, encoding: .utf8)
            let (site, diagnostics) = SiteBuilder(root: root, today: TestSupport.today).render(tenant: "bp", drafts: true)
            let rendered = try #require(site, "\(diagnostics.map(\.description))")
            let index = try #require(rendered.files.first { $0.path == "index.html" })
            return SeedText.visibleText(ofHTML: String(decoding: index.contents, as: UTF8.self))
        }
    }

    @Test(arguments: ["u", "je"])
    func knownFactsArePrinted(register: String) throws {
        let text = try page(facts: Self.known, register: register)
        #expect(text.contains("Verenigde Staten, op grond van: EU-VS Data Privacy Framework."))
        #expect(text.contains("India, op grond van: standaardcontractbepalingen van de Europese Commissie (een kopie: op te vragen via info@example.nl)."))
        #expect(text.contains("Zonder de naam van uw contactpersoon kunnen wij de overeenkomst niet uitvoeren."))
        #expect(text.contains("Hoe dat werkt: een score van een extern bureau bepaalt of wij een aanvraag aannemen."))
        #expect(text.contains(register == "je" ? "dan kun je ons vragen" : "dan kunt u ons vragen"))
    }

    @Test func noneHasItsOwnSentence() throws {
        let text = try page(facts: Self.none, register: "u")
        #expect(text.contains("Wij geven uw persoonsgegevens niet door naar landen buiten de Europese Economische Ruimte (EER)"))
        #expect(text.contains("JS-ICT neemt geen besluiten over u die uitsluitend op geautomatiseerde verwerking"))
        #expect(!text.contains("Geven wij persoonsgegevens door"))
    }

    @Test func anOpenQuestionPrintsNothingOfTheCompany() throws {
        let text = try page(facts: Self.open, register: "u")
        #expect(text.contains("Geven wij persoonsgegevens door naar een land buiten de Europese Economische Ruimte (EER)"), "the general rule stays")
        #expect(!text.contains("Dat gebeurt naar:"))
        #expect(!text.contains("neemt geen besluiten"))
        #expect(!text.contains("Welke"), "a question never reaches the page")
    }
}
