extension RunContext {
    /// Loads every theme in `themes/` and checks its templates, whether a tenant uses it or not: a
    /// theme waiting for its first tenant should not hide its errors until then. Themes the run's
    /// tenants used were checked with them, and a problem already reported is not repeated.
    func checkAllThemes(diagnostics: inout Diagnostics) {
        let known = Set(diagnostics.all)
        var found = Diagnostics()
        for name in loader.themeNames() {
            guard case let .loaded(theme) = lookUpTheme(name, diagnostics: &found) else { continue }
            _ = templates.templates(tenant: [:], theme: theme, brandParameters: Set((theme.config.params ?? [:]).keys), diagnostics: &found)
        }
        diagnostics.report(contentsOf: found.all.filter { !known.contains($0) })
    }
}
