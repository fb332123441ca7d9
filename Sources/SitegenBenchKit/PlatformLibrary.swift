/// The bench project's second clause library, `tenants/_platform/`: sections a larger platform
/// adds to the shared template (security, retention, transfers, one paragraph per service), so
/// the synthetic statements reach the 15–20 KB of the real long statements and vary with the
/// services each tenant sells. `cookies` and `changes` are copied from Webcircuit's own clauses.
enum PlatformLibrary {
    /// `library.yaml`: the platform library declares no values of its own.
    static let libraryYAML = "# Extra clauses of the sitegen-bench platform; values come from tenants/_shared.\nvars: {}\n"

    /// Clauses copied from a real tenant: (tenant, clause id).
    static let copied = [("webcircuit", "cookies"), ("webcircuit", "changes")]

    /// The clause that covers `item` in `register` ("u" or "je"), for statements that lack one:
    /// the platform's, or the shared library's `rights-restriction` (in "u" only).
    static func clause(covering item: String, register: String) -> String? {
        switch (item, register) {
        case ("statutory-requirement", "je"): return "provision-je"
        case ("statutory-requirement", _): return "provision"
        case ("automated-decisions", "je"): return "automated-decisions-je"
        case ("automated-decisions", _): return "automated-decisions"
        case ("right-to-restriction", "u"): return "rights-restriction"
        default: return nil
        }
    }

    /// The clause files written from here: (id, file text).
    static let clauses: [(id: String, text: String)] = [
        ("security", """
        ---
        id: security
        title: Hoe wij uw gegevens beveiligen
        covers: []
        ---
        ## Hoe wij uw gegevens beveiligen

        {{company.name}} neemt de bescherming van uw gegevens serieus en neemt passende technische en organisatorische maatregelen om misbruik, verlies, onbevoegde toegang, ongewenste openbaarmaking en ongeoorloofde wijziging tegen te gaan. Onze medewerkers werken alleen met de gegevens die zij voor hun taak nodig hebben, zijn gebonden aan geheimhouding en worden regelmatig getraind in het veilig omgaan met persoonsgegevens.

        - Toegang tot onze systemen is beveiligd met persoonlijke accounts en tweestapsverificatie.
        - Verbindingen met onze portalen en websites zijn versleuteld met TLS.
        - Back-ups worden versleuteld opgeslagen op een tweede locatie binnen de Europese Economische Ruimte.
        - Beveiligingsupdates worden volgens een vaste planning en bij ernstige kwetsbaarheden direct geïnstalleerd.
        {{#if services.hosting}}
        - Hostingomgevingen worden dagelijks gecontroleerd op verdachte activiteiten en bekende kwetsbaarheden.
        {{/if}}
        {{#if services.email-security}}
        - E-mail wordt gefilterd op spam, malware en phishing voordat deze uw organisatie bereikt.
        {{/if}}
        {{#if services.offsite-backup}}
        - Gerepliceerde back-upgegevens worden versleuteld verzonden en versleuteld opgeslagen.
        {{/if}}

        Heeft u de indruk dat uw gegevens niet goed beveiligd zijn of zijn er aanwijzingen van misbruik, neem dan contact met ons op via {{company.email.privacy}}. Een datalek melden wij binnen 72 uur aan de {{authority.name}} als de wet dat vraagt, en wij informeren u zelf als het lek waarschijnlijk een hoog risico voor u meebrengt.

        """),
        ("retention", """
        ---
        id: retention
        title: Hoe lang wij uw gegevens bewaren
        covers: [retention]
        ---
        ## Hoe lang wij uw gegevens bewaren

        {{company.name}} bewaart uw gegevens niet langer dan nodig is voor de doelen waarvoor ze zijn verzameld, of zolang de wet dat voorschrijft. De bewaartermijn per soort gegevens staat in het overzicht hierboven, in de kolom 'Bewaartermijnen'. Waar daar 'Tot einde dienstverlening' staat, verwijderen of anonimiseren wij de gegevens binnen drie maanden nadat de laatste dienst is beëindigd, tenzij een wettelijke bewaarplicht ons verplicht ze langer te bewaren.

        Voor de financiële administratie geldt een wettelijke bewaarplicht van zeven jaar. Facturen, betalingsgegevens en de gegevens die daarvoor nodig zijn, bewaren wij daarom zeven jaar na afloop van het boekjaar.{{#if services.voip-mobile}} Verkeersgegevens van telefonie bewaren wij niet langer dan nodig is voor de facturatie en voor de afhandeling van vragen en geschillen over de factuur.{{/if}}

        Back-ups worden na afloop van hun bewaartermijn automatisch overschreven. Gegevens die in een back-up staan, kunnen daardoor nog enige tijd na verwijdering bestaan; zij worden dan niet meer gebruikt, behalve om een systeem na een storing te herstellen.

        """),
        ("transfers", """
        ---
        id: transfers
        title: Doorgifte buiten de Europese Economische Ruimte
        covers: [transfers]
        ---
        ## Doorgifte buiten de Europese Economische Ruimte

        {{company.name}} verwerkt uw gegevens in datacenters binnen de Europese Economische Ruimte (EER). Een enkele leverancier, bijvoorbeeld van software voor e-mail of ondersteuning, kan gegevens buiten de EER verwerken of vanuit een land buiten de EER toegang hebben tot die gegevens. Dat staan wij alleen toe als de Europese Commissie heeft vastgesteld dat dat land een passend beschermingsniveau biedt, of als wij met de leverancier de standaardcontractbepalingen van de Europese Commissie hebben afgesproken en er aanvullende maatregelen zijn genomen. Een kopie van die afspraken kunt u opvragen via {{company.email.privacy}}.

        """),
        ("provision", """
        ---
        id: provision
        title: Moet u uw gegevens verstrekken?
        covers: [statutory-requirement]
        ---
        ## Moet u uw gegevens verstrekken?

        {{#if facts.requirement}}
        {{facts.requirement}}
        {{/if}}

        """),
        ("automated-decisions", """
        ---
        id: automated-decisions
        title: Geautomatiseerde besluitvorming
        covers: [automated-decisions]
        ---
        ## Geautomatiseerde besluitvorming

        {{#if facts.automated_decisions.none}}
        {{company.name}} neemt geen besluiten over zaken die (aanzienlijke) gevolgen voor u kunnen hebben op basis van geautomatiseerde verwerkingen. Het gaat dan om besluiten die worden genomen door computerprogramma's of -systemen, zonder dat daar een mens tussen zit.{{#if services.email-security}} Het filteren van e-mail op spam en malware gebeurt wel automatisch; een bericht dat ten onrechte is tegengehouden, laten wij op uw verzoek altijd vrijgeven.{{/if}}
        {{/if}}

        """),
        ("provision-je", """
        ---
        id: provision-je
        title: Moet je je gegevens verstrekken?
        covers: [statutory-requirement]
        ---
        ## Moet je je gegevens verstrekken?

        De meeste gegevens die we van je vragen, hebben we nodig om onze afspraken met jou of je organisatie uit te voeren. Zonder die gegevens kan {{company.name}} je niet helpen. Sommige gegevens moeten we op grond van de wet vastleggen, bijvoorbeeld voor de belastingdienst. Andere gegevens zijn niet verplicht: als je ze niet geeft, heeft dat geen gevolgen voor onze dienstverlening.

        """),
        ("automated-decisions-je", """
        ---
        id: automated-decisions-je
        title: Geautomatiseerde besluitvorming
        covers: [automated-decisions]
        ---
        ## Geautomatiseerde besluitvorming

        {{company.name}} neemt geen besluiten over zaken die (aanzienlijke) gevolgen voor je kunnen hebben op basis van geautomatiseerde verwerkingen. Dat zijn besluiten die worden genomen door computerprogramma's of -systemen, zonder dat er een mens tussen zit.

        """),
        ("dpo-contact", """
        ---
        id: dpo-contact
        title: Functionaris gegevensbescherming
        covers: [dpo-contact]
        ---
        ## Functionaris gegevensbescherming

        {{company.name}} heeft een functionaris gegevensbescherming aangesteld{{#if dpo.name}}, {{dpo.name}}{{/if}}. Met vragen over de verwerking van uw gegevens kunt u ook rechtstreeks bij de functionaris terecht via {{dpo.email}}.

        """),
        ("service-details", ServiceDetailsClause.text),
    ]
}
