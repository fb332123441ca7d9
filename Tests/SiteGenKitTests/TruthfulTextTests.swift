import Foundation
import Testing
@testable import SiteGenKit

/// Issue 16 item 7: the shared text says nothing about a tenant that is not true for it — no
/// library default describes what a company offers, and the register's explanation of the
/// 'Algemeen' rows, the example of a mobile subscription and the telephony duties (112, shielded
/// numbers) appear only for a tenant that has them.
@Suite struct TruthfulTextTests {
    /// The draft statement page of a tenant on the real shared library, or the build's problems.
    static func draft(services: [String], vars: String, statement: String = "intro, processing, use") throws -> (html: String, problems: [String]) {
        try TestSupport.withTemporaryFolder { root in
            let repo = TestSupport.repoRoot
            let manager = FileManager.default
            try manager.createDirectory(at: root.appendingPathComponent("tenants/netbrug"), withIntermediateDirectories: true)
            try manager.copyItem(at: repo.appendingPathComponent("tenants/_shared"), to: root.appendingPathComponent("tenants/_shared"))
            try manager.copyItem(at: repo.appendingPathComponent("themes"), to: root.appendingPathComponent("themes"))
            try """
                title: Privacyverklaring
                language: nl
                register: u
                jurisdiction: NL
                theme: classic
                base_url: https://privacy.netbrug.example/
                company:
                  name: NetBrug
                  address: { street: Dorpsstraat 1, postal_code: 1234 AB, city: Ergens }
                  phone: 012-3456789
                  email: { privacy: privacy@netbrug.nl, general: info@netbrug.nl }
                services: [\(services.joined(separator: ", "))]
                vars: {\(vars)}
                statement: [\(statement)]

                """.write(to: root.appendingPathComponent("tenants/netbrug/tenant.yaml"), atomically: true, encoding: .utf8)
            let output = root.appendingPathComponent("drafts")
            let report = SiteBuilder(root: root, outputRoot: output, today: DayDate("2026-12-05")!).build(.all, options: .init(drafts: true))
            let problems = report.diagnostics.sorted.filter { $0.severity == .error }.map(\.description)
            let html = (try? String(contentsOf: output.appendingPathComponent("netbrug/index.html"), encoding: .utf8)) ?? ""
            return (html, problems)
        }
    }

    @Test func whatACompanyOffersHasNoDefault() throws {
        let unset = try Self.draft(services: ["general", "internet", "voip"], vars: "")
        #expect(unset.html.isEmpty)
        #expect(unset.problems.count == 1)
        #expect(unset.problems.first?.contains("error: 'vars.offered_services' is not set for this tenant, and the library gives it no default") == true,
                "\(unset.problems)")
        #expect(unset.problems.first?.contains("set 'offered_services' under 'vars:' in tenants/netbrug/tenant.yaml") == true)

        let set = try Self.draft(services: ["general", "internet", "voip"], vars: "offered_services: internet en VoIP")
        #expect(set.problems.isEmpty, "\(set.problems)")
        #expect(set.html.contains("Diensten die NetBrug onder andere aanbiedt zijn internet en VoIP."))
        #expect(!set.html.contains("cloudoplossingen"))
    }

    @Test func theAlgemeenRowsAreExplainedOnlyToATenantThatHasThem() throws {
        let explanation = "De kolom 'Algemeen' bevat gegevens"
        let with = try Self.draft(services: ["general", "internet"], vars: "offered_services: internet")
        #expect(with.problems.isEmpty, "\(with.problems)")
        #expect(with.html.contains(explanation))
        let without = try Self.draft(services: ["internet"], vars: "offered_services: internet")
        #expect(without.problems.isEmpty, "\(without.problems)")
        #expect(without.html.contains("Type dienst: voor welke dienst gegevens worden gebruikt.</li>"))
        #expect(!without.html.contains("Algemeen"))
    }

    @Test func theMobileSubscriptionIsMentionedOnlyToATenantThatSellsIt() throws {
        let sentence = "Om u te voorzien van een mobiel abonnement"
        let with = try Self.draft(services: ["general", "mobile"], vars: "offered_services: mobiele telefonie")
        #expect(with.problems.isEmpty, "\(with.problems)")
        #expect(with.html.contains(sentence))
        let without = try Self.draft(services: ["general", "internet"], vars: "offered_services: internet")
        #expect(without.html.contains("In de eerste plaats verwerkt NetBrug uw gegevens voor het leveren van diensten."))
        #expect(!without.html.contains(sentence))
    }

    /// The duties around 112 and shielded numbers are a telephony provider's; the template language
    /// has no "or", so recipients.md includes them for voip, mobile or voip-mobile in turn.
    @Test(arguments: [(["general", "voip"], true), (["mobile"], true), (["voip-mobile"], true), (["general", "internet"], false)])
    func theTelephonyDutiesAreToldOnlyToATenantThatSellsTelephony(services: [String], told: Bool) throws {
        let draft = try Self.draft(services: services, vars: "offered_services: diensten", statement: "intro, recipients")
        #expect(draft.problems.isEmpty, "\(draft.problems)")
        #expect(draft.html.contains("bijvoorbeeld in het kader van een strafrechtelijk onderzoek."))
        #expect(draft.html.contains("Ook bij het bellen naar het alarmnummer 112 is NetBrug verplicht uw telefoonnummer mee te sturen.") == told)
        #expect(draft.html.contains("Als u een afgeschermd telefoonnummer heeft") == told)
    }
}
