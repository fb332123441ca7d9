import Foundation
import Testing
@testable import SiteGenKit

/// The content lint of `sitegen check`: each rule on small texts, with the look-alikes it must
/// leave alone; the real problems of the published seeds (version 1); current statements clean;
/// findings mapped to clause files.
@Suite struct ContentLintTests {
    /// A text, the jurisdiction it is linted for and the rules it must trigger (empty: none).
    struct Case: CustomTestStringConvertible, Sendable {
        let markdown: String
        let jurisdiction: Jurisdiction
        let expected: [LintRule]

        init(_ markdown: String, _ jurisdiction: Jurisdiction = .nl, _ expected: LintRule...) {
            self.markdown = markdown
            self.jurisdiction = jurisdiction
            self.expected = expected
        }

        var testDescription: String { "\(jurisdiction.rawValue): \(markdown.prefix(60))" }
    }

    static let problems: [Case] = [
        Case("Daarnaast kunt u een klacht indienen bij [de Autoriteit Persoonsgegevens](#).", .nl, .emptyLink),
        Case("Zie [onze website]().", .nl, .emptyLink),
        Case("Zie [onze website]( <> ).", .nl, .emptyLink),
        Case("Zie [de toezichthouder].\n\n[de toezichthouder]: #", .nl, .emptyLink),
        Case("gelden de bewaartermijnen die worden vermeld in \\[onze cookiebanner ons cookiebeleid\\].", .nl, .templateBrackets),
        Case("gelden de bewaartermijnen die worden vermeld in [onze cookiebanner ons cookiebeleid].", .nl, .templateBrackets),
        Case("Neem contact op met [NAAM BEDRIJF] via [e-mailadres].", .nl, .templateBrackets, .templateBrackets),
        Case("Mail naar info@jsict.", .nl, .emailAddress),
        Case("Mail naar info@@jsict.nl of info@jsict..nl.", .nl, .emailAddress, .emailAddress),
        Case("Mail naar info@jsict,nl voor vragen.", .nl, .emailAddress),
        Case("Telefoon: 0577-74509", .nl, .phoneNumber),
        Case("T: 053 7400 2400", .nl, .phoneNumber),
        Case("Bel ons op +31 06 12345678.", .nl, .phoneNumber),
        Case("Bel ons op +31 20 123 45.", .nl, .phoneNumber),
        Case("Telefoon: +32 56 70 67", .be, .phoneNumber),
        Case("Telefoon: 056 70 67 7", .be, .phoneNumber),
        Case("U kunt een klacht indienen bij de Gegevensbeschermingsautoriteit.", .nl, .supervisoryAuthority),
        Case("U kunt een klacht indienen bij de Autoriteit Persoonsgegevens.", .be, .supervisoryAuthority),
        Case("U kunt zich wenden tot de Privacycommissie.", .be, .supervisoryAuthority),
        Case("U kunt zich wenden tot de privacy commissie.", .be, .supervisoryAuthority),
        Case("U kunt zich wenden tot de Privacy Commissie.", .be, .supervisoryAuthority),
        Case("U kunt zich wenden tot de PRIVACY-COMMISSIE.", .nl, .supervisoryAuthority),
        Case("Zie www.privacycommission.be/nl voor meer informatie.", .be, .supervisoryAuthority),
        Case("de Commissie voor de bescherming van de persoonlijke levenssfeer", .be, .supervisoryAuthority),
        Case("het College bescherming persoonsgegevens", .nl, .supervisoryAuthority),
        Case("meer bepaald de wet van 8 december 1992 tot bescherming van de persoonlijke levenssfeer", .be, .outdatedLaw),
        Case("conform de Wet bescherming persoonsgegevens", .nl, .outdatedLaw),
        Case("Wij raden u daarom aan om deze verklaring geregeld te raadplegen, zodat u op de hoogte blijft van wijzigingen.", .nl, .checkRegularly),
        Case("De wijzigingen zullen we op deze pagina doorvoeren. Check daarom regelmatig deze privacyverklaring voor de meest recente versie.", .be, .checkRegularly),
        Case("Het is daarom raadzaam om regelmatig de privacyverklaring op onze website te raadplegen.", .nl, .checkRegularly),
        Case("De gebruiker wordt geacht op regelmatige basis kennis te nemen van de inhoud van deze privacyverklaring.", .be, .checkRegularly),
        Case("Wij raden je aan deze pagina te raadplegen voor de meest recente versie.", .nl, .checkRegularly),
        Case("Wij raden u aan deze verklaring\ngeregeld te raadplegen.", .nl, .checkRegularly),
        Case("Please check this privacy statement regularly for changes.", .nl, .checkRegularly),
    ]

    @Test(arguments: problems)
    func eachRuleFindsItsProblem(_ example: Case) {
        let found = ContentLinter(jurisdiction: example.jurisdiction).lint(example.markdown)
        #expect(found.map(\.rule) == example.expected, "\(found.map(\.message))")
    }

    /// Look-alikes from real statements that must not be reported.
    static let fine: [Case] = [
        Case("een klacht indienen bij [de Autoriteit Persoonsgegevens](https://autoriteitpersoonsgegevens.nl/)."),
        Case("Zoals hiervoor onder Verwerkingsdoeleinden ([paragraaf 4](#verwerkingsdoeleinden)) is aangegeven."),
        Case("zie de toelichting[^1].\n\n[^1]: Buiten de Europese Economische Ruimte."),
        Case("- [ ] nog te doen\n- [x] gedaan"),
        Case("Zie [de website][ap] of [ap].\n\n[ap]: https://autoriteitpersoonsgegevens.nl/"),
        Case("Het citaat […] loopt door [...] tot hier [sic]."),
        Case("In code: `[placeholder]` en `info@x`.\n\n```\n[template]\nTelefoon: 12\n```"),
        Case("![logo](logo.svg)"),
        Case("Mail ons op **robert@m-ict.net**. Of [mail ons](mailto:info@juict.nl)."),
        Case("E: info@juict.nl\\\nW: www.juict.nl"),
        Case("Email: info@JSM.be en info\\_desk@example.nl"),
        Case("Volg ons op @juict."),
        Case("Telefoon: +31 (0)20 123 4567"),
        Case("Bel gratis 0800-1234 of 0800 022 3344, of 0900-1234567."),
        Case("Telefonisch bereikbaar van 08.00 - 17.00 uur op 085-4890330."),
        Case("Van maandag t/m vrijdag tussen 09:00 en 17:30 uur zijn wij telefonisch bereikbaar op **0348 794 520**."),
        Case("T: 053 7400 240"),
        Case("2509 AJ DEN HAAG\\\n088 – 1805 250"),
        Case("Telefoon: +32(0)56/70.67.70", .be),
        Case("Bel +32 2 274 48 00 of GSM 0470 12 34 56 of 056 70 67 70.", .be),
        Case("Ondernemingsnr.: BE0758.818.627 en ondernemingsnummer 0758.818.627", .be),
        Case("KvK-nummer: 86454471. Verordening (EU) 2016/679, art. 52 lid 4, op 01-01-2022, Postbus 93374."),
        Case("De klacht gaat naar de Autoriteit Persoonsgegevens (autoriteitpersoonsgegevens.nl)."),
        Case("De klacht gaat naar de Gegevensbeschermingsautoriteit (gegevensbeschermingsautoriteit.be).", .be),
        Case("de Algemene Verordening Gegevensbescherming (AVG, Verordening (EU) 2016/679, ook GDPR genoemd)", .be),
        Case("We controleren regelmatig of we aan dit privacybeleid voldoen."),
        Case("Ook maken wij in dat verband regelmatige back-ups."),
        Case("Wij raden ouders dan ook aan betrokken te zijn bij de online activiteiten van hun kinderen."),
        Case("Deze privacyverklaring kan van tijd tot tijd worden gewijzigd; wijzigingen kondigen wij vooraf aan."),
        Case("Wij raden u aan deze verklaring goed te lezen."),
        Case("U kunt regelmatig uw gegevens bekijken in het portaal."),
        Case("De meest recente versie kan u steeds consulteren op <https://www.JSM.be/algemene-voorwaarden/>.", .be),
        Case("We regularly review this policy and publish every change in the changelog."),
    ]

    @Test(arguments: fine)
    func lookAlikesAreNotReported(_ example: Case) {
        let found = ContentLinter(jurisdiction: example.jurisdiction).lint(example.markdown)
        #expect(found.isEmpty, "\(found.map(\.message))")
    }

    @Test func findingsCarryPositionExcerptAndRule() throws {
        let found = ContentLinter(jurisdiction: .nl).lint("## Klachten\n\nBent u niet tevreden? Meld het bij **[de AP](#)**.\n")
        let finding = try #require(found.first)
        #expect(found.count == 1)
        #expect((finding.line, finding.column) == (3, 38))
        #expect(finding.excerpt == "[de AP](#)")
        #expect(finding.message == "link without a target: '[de AP](#)' [empty-link]")
    }

    /// What the editorial rules must find in each seed as it was published (version 1): rule and
    /// the start of the excerpt, in order. (The legal pack's findings are pinned on the working
    /// copy below, where they can be corrected.)
    static let seedFindings: [String: [(LintRule, String)]] = [
        "js-ict": [(.emptyLink, "[de Autoriteit Persoonsgegevens](#)")],
        "m-ict": [(.emptyLink, "[de Autoriteit Persoonsgegevens](#)")],
        "webcircuit": [(.checkRegularly, "Wij raden u daarom aan om deze verklaring geregeld te raadplegen")],
        "juict": [
            (.templateBrackets, "[onze cookiebanner ons cookiebeleid]"),
            (.emptyLink, "[Autoriteit Persoonsgegevens](#)"),
            (.checkRegularly, "Het is daarom raadzaam om regelmatig de privacyverklaring op onze website te raadplegen."),
        ],
        "jsm": [
            (.outdatedLaw, "wet van 8 december 1992"),
            (.supervisoryAuthority, "privacycommission"),
            (.checkRegularly, "De gebruiker wordt geacht op regelmatige basis kennis te nemen"),
            (.supervisoryAuthority, "privacy commissie"),
            (.supervisoryAuthority, "Privacy Commissie"),
            (.supervisoryAuthority, "privacycommission"),
            (.checkRegularly, "Check daarom regelmatig deze privacyverklaring voor de meest recente versie."),
        ],
    ]

    @Test("version 1 of each seed: the linter finds its real problems, and nothing else",
          arguments: ["js-ict", "m-ict", "webcircuit", "juict", "jsm"])
    func seedsAsPublishedHaveTheirProblemsFound(tenant: String) throws {
        var diagnostics = Diagnostics()
        let source = try #require(ProjectLoader(root: TestSupport.repoRoot).loadTenant(tenant, diagnostics: &diagnostics))
        let first = try #require(source.history.first)
        #expect(first.number == 1)
        let found = ContentLinter(jurisdiction: source.config.jurisdiction).lint(first.markdown).filter { !LegalRule.isLegal($0.rule) }
        let expected = try #require(Self.seedFindings[tenant])
        #expect(found.map(\.rule) == expected.map(\.0), "\(found.map(\.message))")
        for (finding, (_, excerpt)) in zip(found, expected) {
            #expect(finding.excerpt.hasPrefix(excerpt), "\(finding.excerpt)")
        }
    }

    @Test func currentStatementsHaveNoEditorialLintWarnings() {
        let report = SiteBuilder(root: TestSupport.repoRoot, today: TestSupport.today).check(.all, strict: false)
        let ids = LintRule.allCases.filter { !LegalRule.isLegal($0) }.map { "[\($0.rawValue)]" }
        let lint = report.diagnostics.sorted.filter { diagnostic in ids.contains { diagnostic.message.hasSuffix($0) } }
        #expect(lint.isEmpty, "\(lint.map(\.description).joined(separator: "\n"))")
        #expect(!report.diagnostics.hasErrors, "\(report.diagnostics.sorted.filter { $0.severity == .error }.map(\.description))")
        #expect(report.tenantIDs == ["js-ict", "jsm", "juict", "m-ict", "webcircuit"])
    }

    /// The legal pack's findings on the five tenants' working copy, as docs/legal-review.md lists
    /// them. A correction prepared in the working copy (awaiting the company's approval) removes its
    /// finding; a finding that waits for a fact only the company can give is acknowledged in its
    /// tenant.yaml with the open question. A change here must change the review. None is left:
    /// all five tenants' corrections are in the working copy or acknowledged as open questions.
    static let reviewedLegalFindings: [String] = [
    ]

    @Test func currentStatementsHaveTheReviewedLegalFindings() {
        let report = SiteBuilder(root: TestSupport.repoRoot, today: TestSupport.today).check(.all, strict: false)
        let legal = LintRule.allCases.filter(LegalRule.isLegal)
        let found = report.diagnostics.sorted.compactMap { diagnostic -> String? in
            guard let rule = legal.first(where: { diagnostic.message.hasSuffix("[\($0.rawValue)]") }) else { return nil }
            #expect(diagnostic.severity == .warning)
            return "\(diagnostic.location?.formatted ?? "") \(rule.rawValue)"
        }
        #expect(found.sorted() == Self.reviewedLegalFindings.sorted(), "\(found.joined(separator: "\n"))")
    }

    /// In `check`, a finding points at the clause file and line it comes from, and a shared
    /// clause's finding is reported once for all tenants that use it.
    @Test func checkReportsFindingsAtTheClauseOnce() throws {
        try TestSupport.withTemporaryFolder { root in
            var files = TestSupport.minimalProject
            files["tenants/_lib/clauses/intro.md"] = """
                ---
                id: intro
                title: Inleiding
                covers: [controller-identity]
                ---
                ## Inleiding

                {{company.name}} biedt zakelijke diensten aan. Klachten: [de toezichthouder](#).

                """
            files["tenants/beta/tenant.yaml"] = files["tenants/acme/tenant.yaml"]!.replacingOccurrences(of: "name: Acme", with: "name: Beta")
            try TestSupport.write(files, in: root)
            let report = SiteBuilder(root: root, today: TestSupport.today).check(.all, strict: false)
            let lint = report.diagnostics.sorted.filter { $0.message.hasSuffix("[empty-link]") }
            #expect(lint.count == 1)
            #expect(lint.first?.location?.formatted == "tenants/_lib/clauses/intro.md:8")
            #expect(lint.first?.severity == .warning)
            #expect(lint.first?.notes.last == "in the statement of tenants 'acme', 'beta'")
        }
    }
}
