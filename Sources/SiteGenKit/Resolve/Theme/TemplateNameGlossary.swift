/// Dutch words a template author may write for sitegen's English names (`{{company.telefoon}}`),
/// for a "did you mean" that spelling distance cannot find.
enum TemplateNameGlossary {
    /// English names by the Dutch (and a few other) words for them.
    static let english: [String: String] = [
        "telefoon": "phone", "telefoonnummer": "phone", "tel": "phone", "naam": "name", "bedrijf": "company",
        "bedrijfsnaam": "company", "adres": "address", "straat": "street", "postcode": "postal_code", "plaats": "city",
        "woonplaats": "city", "stad": "city", "land": "country", "titel": "title", "taal": "lang", "mail": "email",
        "e-mail": "email", "emailadres": "email", "privacy_email": "privacy", "algemeen": "general", "openingstijden": "hours",
        "dagen": "days", "open": "open", "sluit": "close", "inhoud": "toc", "tekst": "text", "niveau": "level",
        "versie": "version", "nummer": "number", "datum": "date", "samenvatting": "summary", "logo": "logo_svg",
        "kvk": "registration", "inschrijving": "registration", "functionaris": "dpo", "toezichthouder": "authority",
    ]

    /// `path` with its last part put in English (`company.telefoon` → `company.phone`); nil when
    /// the glossary does not know the word.
    static func translated(_ path: String) -> String? {
        var parts = path.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard let last = parts.last, let english = english[last.lowercased()], english != last else { return nil }
        parts[parts.count - 1] = english
        return parts.joined(separator: ".")
    }
}
