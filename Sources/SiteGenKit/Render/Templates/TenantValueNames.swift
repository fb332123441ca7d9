/// The names under the tenant values page templates see (`company`, `dpo`, `authority`), as
/// `TenantValues` makes them: the same for every tenant (an unset optional one is absent, not
/// missing), so a template's names can be checked before any tenant is known. A test keeps this
/// list equal to what `TenantValues` makes; docs/themes.md lists it.
enum TenantValueNames {
    private static func text(_ name: String, _ summary: String) -> TemplateNameDoc {
        TemplateNameDoc(name: name, kind: .text, summary: summary)
    }

    private static func record(_ name: String, _ summary: String, _ names: [TemplateNameDoc]) -> TemplateNameDoc {
        TemplateNameDoc(name: name, kind: .record(names), summary: summary)
    }

    /// `company.*`.
    static let company: [TemplateNameDoc] = [
        text("name", "the company's name"),
        text("legal_name", "its legal name; absent when not set"),
        text("legal_form", "its legal form; absent when not set"),
        record("registration", "its registration", [
            text("kind", "the register (`KvK`, `KBO`); absent when not set"),
            text("number", "the number in it; absent when not set"),
        ]),
        record("address", "its address", [
            text("street", "street and number"),
            text("postal_code", "postal code"),
            text("city", "city"),
            text("country", "country; absent when not set"),
        ]),
        text("phone", "its phone number"),
        record("hours", "its opening hours, as the company writes them; each absent when not set", [
            text("days", "the days"),
            text("open", "the opening time"),
            text("close", "the closing time"),
        ]),
        record("email", "its e-mail addresses", [
            text("privacy", "for privacy questions"),
            text("general", "for everything else"),
        ]),
        text("website", "its website as written (`www.jsm.be`), for showing; absent when not set"),
        text("website_url", "that website as a full address (`https://` added when it has no scheme), for links"),
    ]

    /// `dpo.*`: each absent when the tenant has no data protection officer.
    static let dpo: [TemplateNameDoc] = [
        text("name", "the officer's name"),
        text("title", "the officer's title"),
        text("email", "the officer's e-mail address"),
        text("phone", "the officer's phone number"),
    ]

    /// `authority.*`: the library's authority for the jurisdiction, overridable in tenant.yaml.
    static let authority: [TemplateNameDoc] = [
        text("name", "the authority's name"),
        text("url", "the page about complaints"),
        text("address", "its postal address"),
        text("phone", "its phone number"),
        text("website", "its website as written"),
        text("website_url", "that website as a full address, for links"),
    ]
}
