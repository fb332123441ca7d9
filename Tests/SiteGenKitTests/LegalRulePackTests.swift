import Foundation
import Testing
@testable import SiteGenKit

/// The legal rule pack (issue 17): for every rule a Dutch sentence that triggers it and a close
/// sentence that does not, in the formal "u" and the informal "je" register; every rule has its
/// reference and fix; acknowledgements in tenant.yaml.
@Suite struct LegalRulePackTests {
    typealias Case = ContentLintTests.Case

    static let triggers: [Case] = [
        Case("Door gebruik te maken van onze website gaat u akkoord met de verwerking van uw gegevens.", .nl, .impliedConsent),
        Case("Als je de website blijft gebruiken, geef je daarmee stilzwijgend toestemming voor cookies.", .nl, .impliedConsent),
        Case("De privacyverklaring vormt een integraal deel van onze Algemene Voorwaarden.", .be, .statementAsTerms),
        Case("Als u niet akkoord gaat met deze bepalingen, moet u het contact onmiddellijk beëindigen.", .be, .statementAsTerms),
        Case("Ben je het niet eens met deze privacyverklaring? Als je niet akkoord gaat, stop dan met het gebruik van de app.", .nl, .statementAsTerms),
        Case("Na deze termijnen zal de Verwerker de persoonsgegevens terugbezorgen aan de Verantwoordelijke.", .be, .processorWording),
        Case("Na het einde van je contract geeft de Verwerker de gegevens terug aan de Verantwoordelijke.", .nl, .processorWording),
        Case("Na afloop van uw contract zal de Verwerker uw gegevens terugbezorgen aan de Verantwoordelijke.", .nl, .processorWording),
        Case("Om uw verzoek te behandelen hebben wij altijd een kopie van uw identiteitsbewijs nodig.", .nl, .identityCopy),
        Case("Wil je je gegevens inzien? Stuur bij je verzoek een kopie van je paspoort mee.", .nl, .identityCopy),
        Case("Om uw verzoek in behandeling te nemen hebben wij nodig:\n\n- uw naam;\n- een kopie van een geldig legitimatiebewijs.", .nl, .identityCopy),
        Case("Als u ernstige bezwaren heeft tegen de verwerking, dan kunt u ons vragen die te staken.", .nl, .objectionLimited),
        Case("Heb je zwaarwegende bezwaren, dan kun je bezwaar maken.", .nl, .objectionLimited),
        Case("Wij sturen u onze nieuwsbrief. U kunt bezwaar maken tegen de verwerking van uw gegevens als die op ons belang berust.", .nl, .marketingObjection),
        Case("We gebruiken je e-mailadres voor direct marketing. Je kunt je gegevens altijd inzien.", .be, .marketingObjection),
        Case("Wij reageren binnen vier weken op uw verzoek.", .nl, .responseDeadline),
        Case("We beantwoorden je verzoek binnen 30 dagen.", .be, .responseDeadline),
        Case("Wij reageren binnen één maand op uw verzoek; deze termijn kan met één maand worden verlengd.", .nl, .responseDeadline),
        Case("Wij plaatsen tracking cookies om uw bezoek te volgen; u kunt ze weigeren via de instellingen van uw browser.", .nl, .cookieConsent),
        Case("We gebruiken een trackingpixel in onze e-mails om te zien of je ze opent.", .nl, .cookieConsent),
        Case("Onze e-mails bevatten technologie waarmee wij zien of u het bericht opent.", .nl, .cookieConsent),
        Case("Wij gebruiken analytische cookies om het gebruik van de website te meten.", .be, .cookieConsent),
        Case("Je surfgedrag houden we bij via cookies van derden.", .be, .cookieConsent),
        Case("In cookies wordt informatie over uw voorkeuren opgeslagen. Deze informatie bevat geen naam- of adresgegevens of andere persoonlijke gegevens.", .nl, .identifiersArePersonalData),
        Case("Je IP-adres is geen persoonsgegeven, dus dat bewaren we gewoon.", .nl, .identifiersArePersonalData),
        Case("Voor het afsluiten van een abonnement vragen wij uw BSN.", .nl, .citizenServiceNumber),
        Case("| Domeinen | *BSN-nummer, kopie paspoort* | Tot einde dienstverlening | Uitvoering overeenkomst |", .nl, .citizenServiceNumber),
        Case("Bij het afsluiten van je contract noteren we je burgerservicenummer.", .nl, .citizenServiceNumber),
        Case("Wij verwerken uw gegevens niet buiten de EER. Onze e-mail draait op Microsoft 365.", .nl, .transfersOutsideEEA),
        Case("We slaan je gegevens nooit op buiten de Europese Unie. We plannen afspraken met Zoom.", .be, .transfersOutsideEEA),
        Case("Als een leverancier buiten de EER is gevestigd, zorgen wij voor dezelfde waarborgen als in Europa.", .nl, .transferMechanism),
        Case("Staat een leverancier buiten de EER, dan zijn uw gegevens daar met dezelfde waarborgen omkleed.", .nl, .transferMechanism),
        Case("Sommige leveranciers zitten buiten de EU; we zorgen dat je gegevens daar even goed beschermd zijn.", .be, .transferMechanism),
        Case("Wij verzamelen geen gegevens van kinderen jonger dan 13 jaar zonder toestemming van een ouder of voogd.", .nl, .consentAge),
        Case("Onze website heeft niet de intentie gegevens te verzamelen over bezoekers die jonger zijn dan 16 jaar. Tenzij ze toestemming hebben van ouders of voogd.", .be, .consentAge),
        Case("Ben je jonger dan 13 jaar? Dan heb je toestemming van je ouders nodig.", .nl, .consentAge),
        Case("Bent u jonger dan 13 jaar, dan heeft u toestemming van uw ouders nodig.", .nl, .consentAge),
        Case("Als u een of meerdere rechten wilt uitoefenen, neemt u dan contact met ons op.", .nl, .responseDeadline),
        Case("Wil je je rechten uitoefenen? Stuur ons dan een e-mail.", .be, .responseDeadline),
        Case("| Verkeersgegevens van uw aansluiting | Zes maanden | Wettelijke verplichting |", .nl, .legalObligationLaw),
        Case("| Je facturen | Zeven jaar | *Wettelijke verplichting* |", .nl, .legalObligationLaw),
        Case("JS-ICT kan de inhoud van de privacyverklaring aanpassen.", .nl, .changeNotice),
        Case("We behouden ons het recht voor om deze privacyverklaring op elk moment te wijzigen.", .be, .changeNotice),
        Case("Wij kunnen deze privacyverklaring op elk moment wijzigen, zonder u daarover te berichten.", .nl, .changeNotice),
        Case("We kunnen deze privacyverklaring altijd aanpassen; de nieuwste versie staat voor je klaar op onze website.", .be, .changeNotice),
        Case("Onze voorwaarden vindt u op <http://www.example.nl/voorwaarden/>.", .nl, .plainHTTP),
        Case("Je vindt onze voorwaarden op [onze site](http://example.be/voorwaarden).", .be, .plainHTTP),
    ]

    @Test(arguments: triggers)
    func eachRuleFindsItsProblem(_ example: Case) {
        let found = ContentLinter(jurisdiction: example.jurisdiction).lint(example.markdown)
        #expect(found.map(\.rule) == example.expected, "\(found.map(\.message))")
    }

    /// The close sentences the rules must leave alone.
    static let nearMisses: [Case] = [
        Case("Door op 'Akkoord' te klikken geeft u toestemming voor analytische cookies.", .nl),
        Case("Geef je toestemming, dan kun je die altijd weer intrekken. Verder surfen is geen toestemming.", .nl),
        Case("Onze algemene voorwaarden en deze privacyverklaring vindt u op onze website.", .be),
        Case("Deze privacyverklaring maakt geen deel uit van onze algemene voorwaarden.", .nl),
        Case("Als je het niet eens bent met hoe wij je gegevens verwerken, kun je een klacht indienen.", .nl),
        Case("Wij zijn de verwerkingsverantwoordelijke; waar wij als verwerker voor een klant werken, geldt de privacyverklaring van die klant.", .nl),
        Case("Na het einde van je contract verwijderen we je gegevens, tenzij een wet ons verplicht ze langer te bewaren.", .nl),
        Case("Na afloop van uw contract verwijderen wij uw gegevens, tenzij een wet ons verplicht ze langer te bewaren.", .nl),
        Case("Alleen als wij twijfelen aan uw identiteit, vragen wij om een kopie van uw identiteitsbewijs met pasfoto en BSN afgeschermd.", .nl),
        Case("Wil je je gegevens inzien? Stuur je verzoek vanaf het e-mailadres dat we van je kennen; een kopie van je paspoort vragen we nooit.", .nl),
        Case("Om een abonnement af te sluiten vragen we je paspoort te tonen in de winkel.", .nl),
        Case("U kunt bezwaar maken tegen de verwerking; wij stoppen dan, tenzij wij dwingende gerechtvaardigde gronden hebben.", .nl),
        Case("Heb je bezwaar tegen de verwerking, dan kun je dat laten weten.", .nl),
        Case("Wij sturen u onze nieuwsbrief. Tegen het gebruik van uw gegevens voor direct marketing kunt u altijd bezwaar maken.", .nl),
        Case("We gebruiken je e-mailadres voor direct marketing. Tegen direct marketing kun je altijd bezwaar maken; we stoppen dan.", .be),
        Case("Wij reageren uiterlijk binnen één maand. Bij ingewikkelde of talrijke verzoeken kan die termijn met twee maanden worden verlengd; dat laten wij u dan binnen de eerste maand weten.", .be),
        Case("We reageren binnen één maand. Bij veel verzoeken kan die termijn met twee maanden worden verlengd; dat laten we je binnen de eerste maand weten.", .nl),
        Case("Wij reageren binnen één maand op uw verzoek.", .nl),
        Case("We beantwoorden je verzoek binnen een maand; is het ingewikkeld, dan kan die termijn met twee maanden verlengd worden.", .be),
        Case("Heb je gesolliciteerd, dan verwijderen we je gegevens binnen 4 weken na afronding van de procedure.", .nl),
        Case("Wij plaatsen tracking cookies alleen als u daar in onze cookiebanner toestemming voor geeft.", .nl),
        Case("Met je toestemming gebruiken we een pixel in onze e-mails om te zien of je ze opent.", .nl),
        Case("Wij gebruiken analytische cookies om het gebruik van de website te meten.", .nl),
        Case("Je surfgedrag houden we niet bij, en we plaatsen geen cookies van derden.", .be),
        Case("Een cookie bevat een willekeurige code; ook die code is een persoonsgegeven.", .nl),
        Case("Deze statistieken bevatten geen persoonsgegevens: wij tellen alleen het aantal bezoeken per pagina.", .nl),
        Case("Uw IP-adres is een persoonsgegeven; wij bewaren het hooguit een week.", .nl),
        Case("Je IP-adres is een persoonsgegeven, dus we bewaren het niet langer dan nodig.", .nl),
        Case("Stuurt u een kopie van uw paspoort mee, dek dan uw BSN af.", .nl),
        Case("Bij het afsluiten van je contract noteren we je burgerservicenummer alleen als een wet ons dat voorschrijft.", .nl),
        Case("Voor het afsluiten van een abonnement vragen wij uw BSN.", .be),
        Case("Wij verwerken uw gegevens niet buiten de EER. Onze e-mail draait bij een Nederlandse hostingpartij.", .nl),
        Case("We slaan je gegevens nooit op buiten de Europese Unie, ook niet bij onze leveranciers.", .be),
        Case("Als een leverancier buiten de EER is gevestigd, sluiten wij de standaardcontractbepalingen van de Europese Commissie; een kopie kunt u opvragen.", .nl),
        Case("Sommige leveranciers zitten buiten de EU; voor de VS geldt het adequaatheidsbesluit over het EU-VS Data Privacy Framework.", .be),
        Case("Sommige leveranciers zitten buiten de EU; voor je gegevens in de VS geldt het EU-VS Data Privacy Framework.", .be),
        Case("Wij verzamelen geen gegevens van kinderen jonger dan 16 jaar zonder toestemming van een ouder of voogd.", .nl),
        Case("Onze website heeft niet de intentie gegevens te verzamelen over bezoekers die jonger zijn dan 13 jaar. Tenzij ze toestemming hebben van ouders of voogd.", .be),
        Case("Ben je jonger dan 18 jaar? Dan kun je geen abonnement afsluiten.", .nl),
        Case("Bent u jonger dan 16 jaar, dan heeft u toestemming van uw ouders nodig.", .nl),
        Case("Ben je jonger dan 16 jaar? Dan heb je toestemming van je ouders nodig.", .nl),
        Case("Ben je jonger dan 13 jaar? Dan heb je toestemming van je ouders nodig.", .be),
        Case("Als u een of meerdere rechten wilt uitoefenen, neemt u dan contact met ons op. Wij reageren binnen één maand op uw verzoek.", .nl),
        Case("Wil je je rechten uitoefenen? Stuur ons een e-mail; we beantwoorden je verzoek binnen een maand.", .be),
        Case("| Verkeersgegevens van uw aansluiting | Zes maanden | Wettelijke verplichting (art. 13.2a Telecommunicatiewet) |", .nl),
        Case("| Je facturen | Zeven jaar | Wettelijke verplichting: art. 52 lid 4 Algemene wet inzake rijksbelastingen |", .nl),
        Case("JS-ICT kan de inhoud van de privacyverklaring aanpassen. Wijzigingen die voor u van belang zijn, kondigen wij vooraf aan.", .nl),
        Case("We kunnen deze privacyverklaring wijzigen; als dat voor jou van belang is, laten we het je vooraf weten.", .be),
        Case("Onze voorwaarden vindt u op <https://www.example.nl/voorwaarden/>.", .nl),
        Case("Je vindt onze voorwaarden op [onze site](https://example.be/voorwaarden).", .be),
    ]

    @Test(arguments: nearMisses)
    func closeSentencesAreLeftAlone(_ example: Case) {
        let found = ContentLinter(jurisdiction: example.jurisdiction).lint(example.markdown)
        #expect(found.isEmpty, "\(found.map(\.message))")
    }

    /// Every legal rule is tested with a trigger and a near miss, and carries a reference and a fix.
    @Test func everyRuleHasReferenceFixAndExamples() {
        let legal = LintRule.allCases.filter(LegalRule.isLegal)
        #expect(legal.count == LegalRule.all.count)
        #expect(legal.count >= 14)
        for rule in legal {
            let entry = LegalRule.of(rule)
            #expect(entry?.reference.isEmpty == false && entry?.fix.isEmpty == false, "\(rule)")
            let examples = Self.triggers.filter { $0.expected.contains(rule) }.map(\.markdown)
            #expect(examples.contains { $0.range(of: #"\b(?:u|uw)\b"#, options: [.regularExpression, .caseInsensitive]) != nil },
                    "no trigger in the u register for \(rule)")
            #expect(examples.contains { $0.range(of: #"\b(?:je|jouw|jij)\b"#, options: [.regularExpression, .caseInsensitive]) != nil },
                    "no trigger in the je register for \(rule)")
        }
    }

    @Test func findingsNameTheReferenceAndTheFix() throws {
        let found = ContentLinter(jurisdiction: .be).lint("We beantwoorden je verzoek binnen 30 dagen.")
        let finding = try #require(found.first)
        #expect(finding.message == "the response deadline is not one month, extendable by two: 'We beantwoorden je verzoek binnen 30 dagen.' [response-deadline]")
        #expect(finding.notes.first?.hasSuffix("(GDPR Art. 12(3))") == true)
        #expect(finding.notes.last?.hasPrefix("fix: ") == true)
    }

    /// `lint: acknowledged:` in tenant.yaml leaves the rule's findings out for that tenant only,
    /// warns about an acknowledgement nothing needs, and rejects unknown rule ids.
    @Test func acknowledgementsApplyPerTenantWithAReason() throws {
        try TestSupport.withTemporaryFolder { root in
            var files = TestSupport.minimalProject
            files["tenants/_lib/clauses/intro.md"] = """
                ---
                id: intro
                title: Inleiding
                covers: [controller-identity]
                ---
                ## Inleiding

                {{company.name}} reageert binnen 30 dagen op uw verzoek.

                """
            let acme = files["tenants/acme/tenant.yaml"]!
            files["tenants/acme/tenant.yaml"] = acme + """
                lint:
                  acknowledged:
                    response-deadline: "Dertig dagen is korter dan een maand; dat is de eigen belofte van Acme."
                    plain-http: "Verouderd."

                """
            files["tenants/beta/tenant.yaml"] = acme.replacingOccurrences(of: "name: Acme", with: "name: Beta")
            try TestSupport.write(files, in: root)
            let report = SiteBuilder(root: root, today: TestSupport.today).check(.all, strict: false)
            let deadline = report.diagnostics.sorted.filter { $0.message.hasSuffix("[response-deadline]") }
            #expect(deadline.count == 1)
            #expect(deadline.first?.notes.last == "in the statement of tenant 'beta'")
            #expect(deadline.first?.legalRuleID == "response-deadline")
            let stale = report.diagnostics.sorted.filter { $0.message.hasSuffix("[plain-http]") }
            #expect(stale.map(\.message) == ["'plain-http' is acknowledged, but the statement of tenant 'acme' has no such finding [plain-http]"])
            #expect(stale.first?.location?.formatted.hasPrefix("tenants/acme/tenant.yaml:") == true)
            #expect(!report.diagnostics.sorted.contains { $0.severity == .error && $0.description.contains("lint") })

            try TestSupport.write(["tenants/acme/tenant.yaml": acme + "lint:\n  acknowledged:\n    implied-concent: \"Typo.\"\n"], in: root)
            let typo = SiteBuilder(root: root, today: TestSupport.today).check(.all, strict: false).diagnostics.sorted.filter { $0.severity == .error }
            #expect(typo.contains { $0.description.contains("unknown lint rule 'implied-concent'") }, "\(typo.map(\.description))")
        }
    }
}
