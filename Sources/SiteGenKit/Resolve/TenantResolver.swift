/// The resolve stage: merges a tenant over the shared libraries and its theme, fills the
/// placeholders and chooses the templates. Pure: everything it needs was loaded before.
struct TenantResolver {
    let libraries: [Library]

    /// Resolves `tenant` with `theme`; nil when an error makes the result unusable (all errors
    /// are reported, not just the first).
    func resolve(_ tenant: TenantSource, theme: ThemeSource, diagnostics: inout Diagnostics) -> ResolvedTenant? {
        let errorsBefore = diagnostics.errorCount
        var values = TenantValues.make(for: tenant, libraries: libraries, diagnostics: &diagnostics)
        values["processing"] = ProcessingRegister.rows(for: tenant, libraries: libraries, values: .map(values), diagnostics: &diagnostics)
        let root = TemplateValue.map(values)
        let statement = ClauseResolver(libraries: libraries).statement(for: tenant, values: root, diagnostics: &diagnostics)
        let brand = brandParameters(for: tenant, theme: theme, diagnostics: &diagnostics)
        let templates = TemplateSet.resolve(tenant: tenant.templates, theme: theme,
                                            brandParameters: Set((theme.config.params ?? [:]).keys), diagnostics: &diagnostics)
        guard let templates, diagnostics.errorCount == errorsBefore else { return nil }
        var assets = theme.assets.filter { asset in !tenant.assets.contains { $0.name == asset.name } }
        assets += tenant.assets
        return ResolvedTenant(id: tenant.id, config: tenant.config, values: root, statement: statement, templates: templates,
                              brand: brand, assets: assets.sorted { $0.name < $1.name }, themeName: theme.name)
    }

    /// Characters that could end a CSS value or declaration, or be mangled by HTML escaping.
    private static let unsafeInCSS: Set<Character> = ["\"", "'", ";", "{", "}", "\\", "<", ">", "&"]

    private func brandParameters(for tenant: TenantSource, theme: ThemeSource, diagnostics: inout Diagnostics) -> [String: String] {
        let declared = theme.config.params ?? [:]
        var brand = declared.mapValues(\.default)
        for (name, value) in (tenant.config.brand ?? [:]).sorted(by: { $0.key < $1.key }) {
            guard declared[name] != nil else {
                diagnostics.report(.error("unknown theme parameter '\(name)'", at: tenant.keyLocations["brand.\(name)"],
                                          notes: ["theme '\(theme.name)' has: \(declared.keys.sorted().joined(separator: ", "))"]))
                continue
            }
            if let bad = value.first(where: { Self.unsafeInCSS.contains($0) }) {
                diagnostics.report(.error("theme parameter '\(name)' contains '\(bad)'", at: tenant.keyLocations["brand.\(name)"],
                                          notes: ["brand values land in CSS; quotes, semicolons, braces, backslashes and <>& are not allowed"]))
                continue
            }
            brand[name] = value
        }
        return brand
    }
}
