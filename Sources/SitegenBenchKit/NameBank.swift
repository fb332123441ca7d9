/// Dutch and Flemish names, streets and phrases the synthetic tenants are made of, so every
/// statement has its own values (and the benchmark's Markdown is not one text repeated).
enum NameBank {
    /// First halves of company names.
    static let namePrefixes = ["Noord", "Zuid", "West", "Oost", "Delta", "Kust", "Polder", "Vecht", "IJssel", "Rijn",
                               "Maas", "Lange", "Hoog", "Groen", "Blauw", "Stad", "Dijk", "Veen", "Bos", "Heide",
                               "Kempen", "Zeeland", "Twente", "Achterhoek", "Brabant", "Linge", "Eem", "Gouw", "Wadden", "Schelde"]
    /// Second halves of company names.
    static let nameSuffixes = ["ICT", "Telecom", "Connect", "Net", "Systems", "Solutions", "IT", "Digital", "Online",
                               "Communicatie", "Networks", "Cloud", "Data", "Hosting", "Automatisering"]
    /// Dutch legal forms (B.V. twice: the most common).
    static let legalFormsNL = ["B.V.", "V.O.F.", "B.V.", "N.V."]
    /// Belgian legal forms.
    static let legalFormsBE = ["BV", "NV", "CommV"]
    /// Dutch street names.
    static let streets = ["Dorpsstraat", "Kerkstraat", "Stationsweg", "Industrieweg", "Molenweg", "Nijverheidsweg",
                          "Handelsweg", "Marktplein", "Havenstraat", "Schoolstraat", "Parallelweg", "Energieweg",
                          "Ambachtsweg", "Kanaalweg", "Zuiderlaan", "Europaweg", "Bedrijvenpark", "Gerstweg"]
    /// Flemish street names.
    static let streetsBE = ["Kortrijksesteenweg", "Engelse Wandeling", "Stationsstraat", "Grote Markt", "Nijverheidslaan",
                            "Brugsesteenweg", "Kerkplein", "Industriepark", "Zandvoordestraat"]
    /// Dutch towns.
    static let citiesNL = ["Elspeet", "Montfoort", "Haaksbergen", "Amersfoort", "Zwolle", "Deventer", "Utrecht", "Leiden",
                           "Apeldoorn", "Ede", "Tilburg", "Breda", "Groningen", "Leeuwarden", "Assen", "Emmen",
                           "Hengelo", "Enschede", "Nijmegen", "Arnhem", "Gouda", "Alkmaar", "Hoorn", "'s-Hertogenbosch"]
    /// Flemish towns with their postcodes.
    static let citiesBE = [("Kortrijk", "8500"), ("Gent", "9000"), ("Brugge", "8000"), ("Antwerpen", "2000"),
                           ("Leuven", "3000"), ("Hasselt", "3500"), ("Roeselare", "8800"), ("Aalst", "9300"), ("Mechelen", "2800")]
    /// Dutch area codes; numbers are padded to 10 digits.
    static let areaCodes = ["0577", "0348", "053", "085", "033", "038", "0570", "030", "071", "055", "0318", "013", "076", "050"]
    /// Opening days as companies write them.
    static let dayRanges = ["maandag t/m vrijdag", "maandag tot en met vrijdag", "werkdagen"]
    /// Opening times, both notations in use.
    static let openTimes = ["08:00", "08:30", "09:00", "08.00", "08.30"]
    /// Closing times, both notations in use.
    static let closeTimes = ["17:00", "17:30", "18:00", "17.00", "17.30"]
    /// Values of `vars.provider_kind`.
    static let providerKinds = ["telecomprovider", "ICT-dienstverlener", "ICT (telecom) provider", "managed service provider",
                                "internet- en telecomaanbieder"]
    /// Retention periods for `processing:` overrides.
    static let retentions = ["Zes maanden", "Eén jaar", "Twee jaar", "Drie jaar", "Vijf jaar", "Zeven jaar", "90 dagen",
                             "365 dagen", "Tot einde dienstverlening", "Tot twee jaar na einde dienstverlening"]
    /// Initials of data protection officers.
    static let firstInitials = ["A.", "B.", "C.J.", "D.", "E.M.", "F.", "G.H.", "J.", "K.", "L.P.", "M.R.", "N.", "P.", "R.", "S.", "T.W."]
    /// Surnames of data protection officers.
    static let surnames = ["de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder",
                           "de Groot", "Bos", "Vos", "Peters", "Hendriks", "Posthumus", "Dekker", "Peeters", "Maes"]
    /// Titles of data protection officers.
    static let dpoTitles = ["Functionaris gegevensbescherming", "Privacy officer", "Functionaris voor de gegevensbescherming"]
    /// Necessary cookies: (name, purpose).
    static let cookieNecessary = [("Sessie id", "Transactie data verwerken t.b.v. bestellingen"),
                                  ("Cookievoorkeur", "Onthouden welke cookies u heeft toegestaan"),
                                  ("Load balancer", "Verzoeken naar dezelfde server sturen"),
                                  ("CSRF-token", "Formulieren beveiligen tegen misbruik")]
    /// Targeting cookies: (name, purpose).
    static let cookieTargeting = [("Google Analytics", "Effectiviteit en gebruik portal inzichtelijk krijgen"),
                                  ("LinkedIn Insight", "Bereik van advertenties meten"),
                                  ("Matomo", "Bezoekstatistieken bijhouden")]
}
