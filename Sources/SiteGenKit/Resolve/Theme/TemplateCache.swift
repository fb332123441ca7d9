import Foundation

/// Compiled templates shared by the tenants of a run that use a theme as it is. Parsing a theme's
/// templates took about 5 % of a tenant's build; most tenants override nothing, so one compiled
/// set per theme serves them all. A tenant with its own templates gets its own set, uncached.
final class TemplateCache: @unchecked Sendable {
    private let lock = NSLock()
    private var sets: [String: TemplateSet?] = [:]

    /// An empty cache; use one per run, since themes are loaded once per run.
    init() {}

    /// The templates for `tenantTemplates` over `theme`. A theme's problems are reported once, to
    /// the first tenant that uses it; later tenants get nil without repeating them.
    func templates(tenant tenantTemplates: [String: TemplateSource], theme: ThemeSource, brandParameters: Set<String>,
                   diagnostics: inout Diagnostics) -> TemplateSet? {
        guard tenantTemplates.isEmpty else {
            return TemplateSet.resolve(tenant: tenantTemplates, theme: theme, brandParameters: brandParameters, diagnostics: &diagnostics)
        }
        lock.lock()
        defer { lock.unlock() }
        if let cached = sets[theme.name] { return cached }
        let set = TemplateSet.resolve(tenant: [:], theme: theme, brandParameters: brandParameters, diagnostics: &diagnostics)
        sets[theme.name] = .some(set)
        return set
    }
}
