/// Builds the values the placeholder language sees for one tenant: tenant config over library
/// defaults. Every known name is present, unset optional ones as `.absent`, so a misspelt name is
/// an error even for a tenant that leaves the field out.
enum TenantValues {
    /// The root map of names; `processing` is added by `ProcessingRegister` once rows are expanded.
    static func make(for tenant: TenantSource, libraries: [Library], diagnostics: inout Diagnostics) -> [String: TemplateValue] {
        let config = tenant.config
        let company = config.company
        var values: [String: TemplateValue] = [
            "tenant": .map(["id": .text(tenant.id)]),
            "title": .text(config.title),
            "language": .text(config.language.rawValue),
            "register": .text(config.register.rawValue),
            "jurisdiction": .text(config.jurisdiction.rawValue),
            "company": .map([
                "name": .text(company.name),
                "legal_name": .optionalText(company.legalName),
                "legal_form": .optionalText(company.legalForm),
                "registration": .map([
                    "kind": .optionalText(company.registration?.kind),
                    "number": .optionalText(company.registration?.number),
                ]),
                "address": .map([
                    "street": .text(company.address.street),
                    "postal_code": .text(company.address.postalCode),
                    "city": .text(company.address.city),
                    "country": .optionalText(company.address.country),
                ]),
                "phone": .text(company.phone),
                "hours": .map([
                    "days": .optionalText(company.hours?.days),
                    "open": .optionalText(company.hours?.open),
                    "close": .optionalText(company.hours?.close),
                ]),
                "email": .map(["privacy": .text(company.email.privacy), "general": .text(company.email.general)]),
                "website": .optionalText(company.website),
                "website_url": websiteURL(company.website),
            ]),
            "dpo": .map([
                "name": .optionalText(config.dpo?.name),
                "title": .optionalText(config.dpo?.title),
                "email": .optionalText(config.dpo?.email),
                "phone": .optionalText(config.dpo?.phone),
            ]),
        ]
        values["authority"] = authority(for: tenant, libraries: libraries, diagnostics: &diagnostics)
        values["vars"] = vars(for: tenant, libraries: libraries, diagnostics: &diagnostics)
        values["services"] = services(for: tenant, libraries: libraries, diagnostics: &diagnostics)
        values["cookies"] = cookies(for: config)
        values["facts"] = FactValues.make(for: tenant, libraries: libraries, diagnostics: &diagnostics)
        return values
    }

    private static func authority(for tenant: TenantSource, libraries: [Library], diagnostics: inout Diagnostics) -> TemplateValue {
        let jurisdiction = tenant.config.jurisdiction.rawValue
        let base = libraries.lazy.compactMap { $0.config.authorities?[jurisdiction] }.first
        if base == nil {
            diagnostics.report(.error("no supervisory authority is known for jurisdiction '\(jurisdiction)'",
                                      at: tenant.keyLocations["jurisdiction"],
                                      notes: ["add it under 'authorities:' in a library's library.yaml"]))
        }
        let override = tenant.config.authority
        return .map([
            "name": .optionalText(override?.name ?? base?.name),
            "url": .optionalText(override?.url ?? base?.url),
            "address": .optionalText(override?.address ?? base?.address),
            "phone": .optionalText(override?.phone ?? base?.phone),
            "website": .optionalText(override?.website ?? base?.website),
            "website_url": websiteURL(override?.website ?? base?.website),
        ])
    }

    /// The address a website value links to (`www.jsm.be` → `https://www.jsm.be`); absent when
    /// unset or invalid (an invalid one is reported by `TenantValueCheck`).
    private static func websiteURL(_ website: String?) -> TemplateValue {
        .optionalText(website.flatMap { try? WebsiteAddress.url(for: $0).get() })
    }

    private static func vars(for tenant: TenantSource, libraries: [Library], diagnostics: inout Diagnostics) -> TemplateValue {
        var declarations: [String: LibraryConfig.VarDeclaration] = [:]
        for library in libraries {
            for (name, declaration) in library.config.vars ?? [:] { declarations[name] = declaration }
        }
        var values: [String: TemplateValue] = [:]
        for (name, declaration) in declarations {
            // A var without a default that the tenant leaves out is absent: a clause that prints it
            // is an error, `{{#if vars.name}}` reads it as unset.
            values[name] = (tenant.config.vars?[name] ?? declaration.default).map { value($0, as: declaration.type) } ?? .absent
        }
        for (name, value) in (tenant.config.vars ?? [:]).sorted(by: { $0.key < $1.key }) {
            guard let declaration = declarations[name] else {
                diagnostics.report(.error("unknown var '\(name)'", at: tenant.keyLocations["vars.\(name)"],
                                          notes: ["every var needs a declaration under 'vars:' in a library's library.yaml"]))
                continue
            }
            let isFlag: Bool = if case .flag = value { true } else { false }
            if isFlag != (declaration.type == .flag) {
                diagnostics.report(.error("var '\(name)' must be \(declaration.type == .flag ? "true or false" : "text")",
                                          at: tenant.keyLocations["vars.\(name)"]))
            }
        }
        return .map(values)
    }

    private static func value(_ value: VarValue, as type: LibraryConfig.VarType) -> TemplateValue {
        switch (value, type) {
        case let (.flag(flag), _): return .flag(flag)
        case let (.string(string), .markdown): return .markdown(string)
        case let (.string(string), _): return .text(string)
        }
    }

    private static func services(for tenant: TenantSource, libraries: [Library], diagnostics: inout Diagnostics) -> TemplateValue {
        let known = Set(libraries.flatMap(\.serviceOrder))
        let sold = tenant.config.services ?? []
        for (index, service) in sold.enumerated() where !known.contains(service) {
            diagnostics.report(.error("unknown service '\(service)'", at: tenant.keyLocations["services[\(index)]"],
                                      notes: ["known services: \(known.sorted().joined(separator: ", "))"]))
        }
        return .map(Dictionary(uniqueKeysWithValues: known.map { ($0, TemplateValue.flag(sold.contains($0))) }))
    }

    private static func cookies(for config: TenantConfig) -> TemplateValue {
        var groups: [String: TemplateValue] = [:]
        for group in TenantConfig.CookieGroup.allCases {
            groups[group.rawValue] = .list((config.cookies ?? []).filter { $0.group == group }.map { cookie in
                .map([
                    "name": .text(cookie.name),
                    "placed_by": .text(cookie.placedBy),
                    "purpose": .text(cookie.purpose),
                    "lifetime": .optionalText(cookie.lifetime),
                ])
            })
        }
        return .map(groups)
    }
}
