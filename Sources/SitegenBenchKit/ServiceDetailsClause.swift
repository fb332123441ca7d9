/// The platform clause `service-details`: one paragraph per service of the catalogue, each shown
/// only to tenants selling that service, so statements differ in length and content with their
/// services as the register does.
enum ServiceDetailsClause {
    /// (service id, heading, paragraph) in catalogue order; `general` is always shown.
    static let sections: [(service: String, heading: String, text: String)] = [
        ("general", "Algemeen", "Voor alle diensten gebruiken wij de gegevens van de contactpersoon van uw organisatie, het leveradres en de factuurgegevens. Wij hebben deze gegevens nodig om de overeenkomst uit te voeren: om diensten op te leveren, storingen te verhelpen, u te informeren over onderhoud en om te factureren. Supportvragen en de informatie die u daarbij aanlevert, bewaren wij zodat wij eerdere meldingen kunnen terugzien."),
        ("internet", "Internetverbinding", "Voor een internetverbinding gebruiken wij de gegevens van de aansluiting en het publieke IP-adres. Deze gegevens delen wij met de netwerkpartij over wiens netwerk de verbinding loopt, zodat de verbinding kan worden opgeleverd, bewaakt en bij een storing kan worden hersteld. Het IP-adres is ook nodig om meldingen van misbruik te kunnen onderzoeken."),
        ("voip", "VoIP-telefonie", "Voor VoIP-telefonie registreren wij de toestellen van uw organisatie met hun IP- en MAC-adres en de namen en nummers in de contactenlijst van de centrale. Zo kunnen wij toestellen op afstand inrichten en bijwerken en storingen oplossen zonder dat een monteur langs hoeft te komen."),
        ("mobile", "Mobiele telefonie", "Voor mobiele telefonie beheren wij simkaarten en toestelnummers. Wij ontvangen berichten over grensovergangen en verbruik van bundels van de mobiele netwerkaanbieder, zodat wij u kunnen waarschuwen voordat onverwachte kosten ontstaan."),
        ("voip-mobile", "VoIP en mobiel", "Voor de facturatie van vaste en mobiele telefonie verwerken wij gebruiksgegevens: met wie, waar, wanneer en hoe lang is gebeld. Neemt uw organisatie de functie voor het opnemen van gesprekken af, dan bepaalt uw organisatie welke gesprekken worden opgenomen en hoe lang de opnames worden bewaard."),
        ("alarm-247", "247 Alarm", "Voor de alarmdiensten bewaren wij de contactgegevens van de sleutelhouders die bij een melding worden gebeld. Uw organisatie houdt deze lijst zelf actueel; wij gebruiken haar alleen als er een melding binnenkomt."),
        ("website-apps", "Website en smartphone applicaties", "Op onze websites en in onze applicaties houden wij bezoekstatistieken bij. Wij gebruiken deze om te zien welke onderdelen worden gebruikt, om fouten op te sporen en om de beveiliging te versterken. De statistieken worden waar mogelijk geanonimiseerd."),
        ("website", "Website", "Als u het contactformulier op onze website invult, gebruiken wij uw gegevens om uw vraag te beantwoorden. Wij sturen u geen nieuwsbrieven of aanbiedingen als u daar niet uitdrukkelijk om heeft gevraagd."),
        ("dns", "DNS", "Voor DNS-diensten beheren wij de gegevens van de zones van uw domeinnamen: de IP-adressen van de omgevingen die u gebruikt en het e-mailadres van de hostmaster. Deze gegevens zijn openbaar zodra ze in DNS staan; dat is nodig om de domeinnaam te laten werken."),
        ("domains", "Domeinen", "Voor de registratie van domeinnamen geven wij de gegevens van de domeineigenaar door aan de registry van de extensie, zoals SIDN voor .nl en DNS Belgium voor .be. Sommige registry's vragen om een identificatienummer of een kopie van een identiteitsbewijs; die gegevens sturen wij alleen door als de registry daarom vraagt."),
        ("hosting", "Hosting", "Voor hosting bewaren wij de contactgegevens van de domeineigenaar en, als u dat wilt, beheren wij het account voor webstatistieken. De inhoud van uw website en de gegevens van uw bezoekers zijn van uw organisatie; wij verwerken die alleen in uw opdracht."),
        ("endpoint-security", "Endpoint security", "Voor endpoint security ontvangen wij metadata van de beveiligingssoftware op de apparaten van uw organisatie, zoals de naam van een gevonden bedreiging en het apparaat waarop die is gevonden. Wij gebruiken deze gegevens alleen om beveiligingsproblemen op te lossen."),
        ("email-security", "E-mail security", "Voor e-mail security verwerken wij e-mailadressen en metadata van berichten, zoals afzender, ontvanger en tijdstip. Deze gegevens zijn nodig om berichten te filteren, versleuteld te verzenden en vragen over de bezorging van een bericht te beantwoorden."),
        ("ssl-certificates", "SSL-certificaten", "Voor SSL-certificaten geven wij de domeinnamen en de contactgegevens van de eigenaar van het certificaat door aan de certificaatautoriteit, die deze gegevens moet controleren voordat zij een certificaat uitgeeft."),
        ("offsite-backup", "Offsite back-up", "Voor offsite back-up registreren wij de IP-adressen van de locaties vanwaar gegevens worden gerepliceerd. De inhoud van de back-ups is versleuteld; wij kunnen die niet inzien."),
        ("ticket-system", "Ticketsysteem", "In het ticketsysteem leggen wij de gegevens van de contactpersoon van een melding vast, met de inhoud van de melding. Zo kan iedere medewerker de voortgang zien en kunnen wij de kwaliteit van onze ondersteuning verbeteren."),
    ]

    /// The clause file.
    static var text: String {
        var text = """
        ---
        id: service-details
        title: Toelichting per dienst
        covers: [purposes, recipients]
        ---
        ## Toelichting per dienst

        Hieronder leest u per dienst die {{company.name}} levert waarvoor de gegevens uit het overzicht worden gebruikt en met wie ze worden gedeeld.

        """
        for section in sections {
            let body = "### \(section.heading)\n\n\(section.text)\n\n"
            text += section.service == "general" ? body : "{{#if services.\(section.service)}}\n\(body){{/if}}\n"
        }
        return text
    }
}
