/// Checks the values of a decoded `tenant.yaml` that its types alone accept: empty required
/// text, addresses, phone numbers and web addresses. Every problem is reported at its key, all in
/// one run; the result carries the normalised forms (`base_url` ending in `/`).
struct TenantValueCheck {
    private let locations: KeyLocations
    private let configFile: String
    private var diagnostics: Diagnostics

    /// `config` with normalised values, and the problems found; a config with problems must not be built.
    static func check(_ config: TenantConfig, locations: KeyLocations, configFile: String) -> (config: TenantConfig, diagnostics: Diagnostics) {
        var check = TenantValueCheck(locations: locations, configFile: configFile, diagnostics: Diagnostics())
        var config = config
        check.required(config.title, at: "title")
        check.required(config.theme, at: "theme")
        switch BaseURL.normalised(config.baseURL) {
        case let .success(url): config.baseURL = url
        case let .failure(problem): check.report(problem, at: "base_url")
        }
        check.company(config.company, jurisdiction: config.jurisdiction)
        if let dpo = config.dpo {
            check.required(dpo.name, at: "dpo.name")
            check.optional(dpo.title, at: "dpo.title")
            check.email(dpo.email, at: "dpo.email")
            check.phone(dpo.phone, at: "dpo.phone", jurisdiction: config.jurisdiction)
        }
        if let authority = config.authority {
            check.optional(authority.name, at: "authority.name")
            check.optional(authority.address, at: "authority.address")
            check.webAddress(authority.url, at: "authority.url")
            check.website(authority.website, at: "authority.website")
            check.phone(authority.phone, at: "authority.phone", jurisdiction: config.jurisdiction)
        }
        for (index, cookie) in (config.cookies ?? []).enumerated() {
            check.required(cookie.name, at: "cookies[\(index)].name")
            check.required(cookie.placedBy, at: "cookies[\(index)].placed_by")
            check.required(cookie.purpose, at: "cookies[\(index)].purpose")
            check.optional(cookie.lifetime, at: "cookies[\(index)].lifetime")
        }
        check.repeatedClauses(config.statement)
        return (config, check.diagnostics)
    }

    private mutating func company(_ company: TenantConfig.Company, jurisdiction: Jurisdiction) {
        required(company.name, at: "company.name")
        optional(company.legalName, at: "company.legal_name")
        optional(company.legalForm, at: "company.legal_form")
        if let registration = company.registration {
            required(registration.kind, at: "company.registration.kind")
            required(registration.number, at: "company.registration.number")
        }
        required(company.address.street, at: "company.address.street")
        required(company.address.postalCode, at: "company.address.postal_code")
        required(company.address.city, at: "company.address.city")
        optional(company.address.country, at: "company.address.country")
        phone(company.phone, at: "company.phone", jurisdiction: jurisdiction)
        if let hours = company.hours {
            required(hours.days, at: "company.hours.days")
            required(hours.open, at: "company.hours.open")
            required(hours.close, at: "company.hours.close")
        }
        email(company.email.privacy, at: "company.email.privacy")
        email(company.email.general, at: "company.email.general")
        website(company.website, at: "company.website")
    }

    /// A clause listed twice renders twice; rarely meant, so a warning at the second listing.
    private mutating func repeatedClauses(_ statement: [String]) {
        var first: [String: Int] = [:]
        for (index, id) in statement.enumerated() {
            guard let earlier = first[id] else {
                first[id] = index
                continue
            }
            diagnostics.report(.warning("clause '\(id)' is listed twice in 'statement' (items \(earlier + 1) and \(index + 1))",
                                        at: locations["statement[\(index)]"] ?? .init(file: configFile),
                                        notes: ["the statement shows it twice; remove one of them"]))
        }
    }

    private mutating func required(_ value: String, at path: String) {
        if let problem = ValueProblem.blank(value) { report(problem, at: path) }
    }

    /// An optional value may be left out, but when it is written it must say something.
    private mutating func optional(_ value: String?, at path: String) {
        if let value { required(value, at: path) }
    }

    private mutating func email(_ value: String?, at path: String) {
        if let value, let problem = EmailAddress.problem(with: value) { report(problem, at: path) }
    }

    private mutating func phone(_ value: String?, at path: String, jurisdiction: Jurisdiction) {
        if let value, let problem = PhoneNumber.problem(with: value, jurisdiction: jurisdiction) { report(problem, at: path) }
    }

    private mutating func webAddress(_ value: String?, at path: String) {
        if let value, case let .failure(problem) = WebAddress.parse(value) { report(problem, at: path) }
    }

    private mutating func website(_ value: String?, at path: String) {
        if let value, case let .failure(problem) = WebsiteAddress.url(for: value) { report(problem, at: path) }
    }

    private mutating func report(_ problem: ValueProblem, at path: String) {
        let message = problem.message.hasPrefix("'") ? "\(path): \(problem.message)" : "'\(path)' \(problem.message)"
        diagnostics.report(.error(message, at: locations[path] ?? .init(file: configFile), notes: problem.notes))
    }
}
