/// Compiled templates shared by the tenants of a run that use a theme as it is. Parsing a theme's
/// templates took about 5 % of a tenant's build; most tenants override nothing, so one compiled
/// set per theme serves them all. A tenant with its own templates gets its own set, uncached.
struct TemplateCache: Sendable {
    /// Each theme's set; nil for a theme whose templates have errors (reported once).
    private let sets = LockedCache<String, TemplateSet?>()

    /// An empty cache; use one per run, since themes are loaded once per run.
    init() {}

    /// The templates for `tenantTemplates` over `theme`; `tenantAssets` (file names) are the assets
    /// the tenant's own templates may name. A theme's problems are reported once, to the first
    /// tenant that uses it; later tenants get nil without repeating them.
    func templates(tenant tenantTemplates: [String: TemplateSource], theme: ThemeSource, brandParameters: Set<String>,
                   tenantAssets: [String] = [], diagnostics: inout Diagnostics) -> TemplateSet? {
        guard tenantTemplates.isEmpty else {
            return TemplateSet.resolve(tenant: tenantTemplates, theme: theme, brandParameters: brandParameters,
                                       tenantAssets: tenantAssets, diagnostics: &diagnostics)
        }
        return sets.value(for: theme.name) {
            TemplateSet.resolve(tenant: [:], theme: theme, brandParameters: brandParameters, diagnostics: &diagnostics)
        }
    }
}
