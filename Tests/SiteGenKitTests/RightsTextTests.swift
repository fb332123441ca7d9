import Testing
@testable import SiteGenKit

/// The six rights of Art. 13(2)(b) found in a statement's text, in the "u" and "je" register,
/// and near misses that name no right.
@Suite struct RightsTextTests {
    func rights(_ markdown: String) -> Set<GDPRItem> {
        Set(RightsText.rights(in: LintText(markdown)).keys)
    }

    @Test(arguments: [
        ("U heeft het recht op inzage in uw gegevens.", GDPRItem.rightOfAccess),
        ("Je mag je gegevens inzien.", .rightOfAccess),
        ("U kunt ons vragen uw gegevens te corrigeren.", .rightToRectification),
        ("Je hebt recht op rectificatie.", .rightToRectification),
        ("U heeft het recht om uw gegevens te laten verwijderen.", .rightToErasure),
        ("Je kunt ons vragen je gegevens te wissen.", .rightToErasure),
        ("U heeft recht op beperking van de verwerking.", .rightToRestriction),
        ("Je kunt de verwerking tijdelijk laten stopzetten.", .rightToRestriction),
        ("Je kunt vragen de verwerking van je gegevens te beperken.", .rightToRestriction),
        ("U heeft het recht op overdraagbaarheid van uw gegevens.", .rightToPortability),
        ("Wij leveren de kopie aan in een gangbaar bestandsformaat.", .rightToPortability),
        ("En u heeft het recht op gegevensoverdraagbaarheid.", .rightToPortability),
        ("Je kunt ons vragen je gegevens aan een ander bedrijf over te dragen of te overdragen.", .rightToPortability),
        ("U kunt bezwaar maken tegen de verwerking.", .rightToObject),
        ("Je hebt het recht van bezwaar.", .rightToObject),
    ])
    func aSentenceNamesTheRight(sentence: String, right: GDPRItem) {
        #expect(rights("## Uw rechten\n\n\(sentence)\n").contains(right), "\(sentence)")
    }

    @Test(arguments: [
        ("Na afloop van de bewaartermijn worden de gegevens verwijderd.", GDPRItem.rightToErasure),
        ("Wij gebruiken je gegevens voor het verbeteren van onze diensten.", .rightToRectification),
        ("De toegang tot de gegevens is beperkt tot medewerkers.", .rightToRestriction),
        ("Wij dragen de gegevens over aan de boekhouder.", .rightToPortability),
        ("Heeft u vragen, bel ons dan.", .rightToObject),
        ("Daarnaast kunt u lezen welke gegevens wij waarom verwerken en welke rechten u heeft.", .rightOfAccess),
    ])
    func aNearMissNamesNoRight(sentence: String, right: GDPRItem) {
        #expect(!rights("Tekst.\n\n\(sentence)\n").contains(right), "\(sentence)")
    }

    @Test func codeNeverCounts() {
        #expect(rights("`U heeft recht op inzage.`\n").isEmpty)
    }
}
