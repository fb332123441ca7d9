/// The resolve stage: merges a tenant over the shared libraries and its theme, fills the
/// placeholders and chooses the templates. Pure: everything it needs was loaded before.
struct TenantResolver {
    let libraries: [Library]
    /// Compiled theme templates shared across a run's tenants; nil compiles them for every tenant.
    var templateCache: TemplateCache? = nil
    /// Parsed catalogue strings shared across a run's tenants; nil parses them for every tenant.
    var catalogueTemplates: PlaceholderTemplateCache? = nil

    /// Resolves `tenant` with `theme`; nil when an error makes the result unusable (all errors
    /// are reported, not just the first).
    /// `effectiveDate` is the effective date of a version being released; otherwise the statement
    /// is dated by its latest released version's effective date ("last updated" means "applies from").
    func resolve(_ loaded: LoadedTenant, theme: ThemeSource, effectiveDate: DayDate? = nil, diagnostics: inout Diagnostics) -> ResolvedTenant? {
        let tenant = loaded.source
        let errorsBefore = diagnostics.errorCount
        let checked = TenantValueCheck.check(tenant.config, locations: tenant.keyLocations, configFile: tenant.configFile)
        diagnostics.report(contentsOf: checked.diagnostics)
        let (values, statement) = text(of: tenant, dated: effectiveDate ?? tenant.history.last?.effective, diagnostics: &diagnostics)
        diagnostics.report(contentsOf: FactsCheck.check(tenant.config.facts, registerConsent: Self.registerRestsOnConsent(values),
                                                        locations: tenant.keyLocations, configFile: tenant.configFile))
        let brand = brandParameters(for: tenant, theme: theme, diagnostics: &diagnostics)
        let brandParameters = Set((theme.config.params ?? [:]).keys)
        let tenantAssets = tenant.assets.map(\.name)
        let templates = templateCache.map {
            $0.templates(tenant: tenant.templates, theme: theme, brandParameters: brandParameters, tenantAssets: tenantAssets, diagnostics: &diagnostics)
        } ?? TemplateSet.resolve(tenant: tenant.templates, theme: theme, brandParameters: brandParameters, tenantAssets: tenantAssets,
                                 diagnostics: &diagnostics)
        guard let templates, diagnostics.errorCount == errorsBefore else { return nil }
        var assets = theme.assets.filter { asset in !tenant.assets.contains { $0.name == asset.name } }
        assets += tenant.assets
        return ResolvedTenant(loaded: loaded, config: checked.config, values: values, statement: statement, templates: templates, brand: brand,
                              assets: assets.sorted { $0.name < $1.name }, themeName: theme.name,
                              clauseFiles: ClauseResolver(libraries: libraries).clauseFiles(for: tenant))
    }

    /// `tenant` with its text as it reads on `date` — the values (`{{statement.updated}}`), the
    /// register and the statement made again; theme, brand and templates kept. What a release
    /// freezes, without resolving the tenant a second time. Nil when the text has errors.
    func redated(_ tenant: ResolvedTenant, to date: DayDate, diagnostics: inout Diagnostics) -> ResolvedTenant? {
        let errorsBefore = diagnostics.errorCount
        let (values, statement) = text(of: tenant.source, dated: date, diagnostics: &diagnostics)
        guard diagnostics.errorCount == errorsBefore else { return nil }
        return ResolvedTenant(loaded: tenant.loaded, config: tenant.config, values: values, statement: statement, templates: tenant.templates,
                              brand: tenant.brand, assets: tenant.assets, themeName: tenant.themeName, clauseFiles: tenant.clauseFiles)
    }

    /// Whether a row of the processing register rests on consent, which needs `facts.consent_withdrawal`.
    private static func registerRestsOnConsent(_ values: TemplateValue) -> Bool {
        guard case let .list(rows)? = values.value(at: PlaceholderPath("processing")) else { return false }
        return rows.contains { $0.value(at: PlaceholderPath("basis_id")) == .text(LegalBasis.consent.rawValue) }
    }

    /// The placeholder values and the expanded statement of `tenant`, dated `date`.
    private func text(of tenant: TenantSource, dated date: DayDate?,
                      diagnostics: inout Diagnostics) -> (TemplateValue, ClauseResolver.Statement) {
        var values = TenantValues.make(for: tenant, libraries: libraries, diagnostics: &diagnostics)
        values["statement"] = .map(["updated": .optionalText(date?.dutch)])
        values["processing"] = ProcessingRegister.rows(for: tenant, libraries: libraries, values: .map(values),
                                                       cache: catalogueTemplates, diagnostics: &diagnostics)
        let root = TemplateValue.map(values)
        return (root, ClauseResolver(libraries: libraries).statement(for: tenant, values: root, diagnostics: &diagnostics))
    }

    /// Theme parameters, tenant values over theme defaults; unknown names and values that are not
    /// of the parameter's kind (colour, length, font stack, plain text) are errors, and colour pairs
    /// below WCAG AA contrast too.
    private func brandParameters(for tenant: TenantSource, theme: ThemeSource, diagnostics: inout Diagnostics) -> [String: String] {
        let declared = theme.config.params ?? [:]
        var brand = declared.mapValues(\.default)
        var rejected: Set<String> = []
        for (name, value) in (tenant.config.brand ?? [:]).sorted(by: { $0.key < $1.key }) {
            guard let param = declared[name] else {
                var notes = ["theme '\(theme.name)' has: \(declared.keys.sorted().joined(separator: ", "))"]
                if let close = Suggestion.closest(to: name, in: declared.keys.sorted()) { notes.insert("did you mean '\(close)'?", at: 0) }
                diagnostics.report(.error("unknown theme parameter '\(name)'", at: tenant.keyLocations["brand.\(name)"], notes: notes))
                continue
            }
            if let problem = param.kind.problem(with: value) {
                let message = problem.message.hasPrefix("'") ? "brand.\(name): \(problem.message)" : "'brand.\(name)' \(problem.message)"
                diagnostics.report(.error(message, at: tenant.keyLocations["brand.\(name)"] ?? .init(file: tenant.configFile), notes: problem.notes))
                rejected.insert(name)
                continue
            }
            brand[name] = value
        }
        checkContrast(of: brand, skipping: rejected, tenant: tenant, theme: theme, diagnostics: &diagnostics)
        return brand
    }

    /// Checks every text/background pair the theme declares. A pair with a value that is not a
    /// `#rgb`/`#rrggbb` colour is not checked; a rejected value already has its own error.
    private func checkContrast(of brand: [String: String], skipping rejected: Set<String>, tenant: TenantSource,
                               theme: ThemeSource, diagnostics: inout Diagnostics) {
        let declared = theme.config.params ?? [:]
        for pair in theme.config.contrast ?? [] where pair.count == 2 && rejected.isDisjoint(with: pair) {
            let values = pair.map { brand[$0] ?? $0 }
            guard let ratio = ColorContrast.ratio(values[0], values[1]), ratio < ColorContrast.minimumAA else { continue }
            func describe(_ side: Int) -> String {
                declared[pair[side]] == nil ? values[side] : "'\(pair[side])' (\(values[side]))"
            }
            let params = pair.filter { declared[$0] != nil }
            var notes = ["WCAG 2.1 AA needs at least 4.5:1 for text on its background; "
                         + "theme '\(theme.name)' declares this pair under 'contrast:' in \(theme.configFile)"]
            let location: Diagnostic.Location?
            if let set = params.first(where: { tenant.config.brand?[$0] != nil }) {
                location = tenant.keyLocations["brand.\(set)"]
            } else {
                location = params.first.flatMap { theme.keyLocations.value(at: "params.\($0).default") } ?? .init(file: theme.configFile)
                notes.append("tenant '\(tenant.id)' uses the theme's defaults here; set 'brand.\(params.first ?? "")' in \(tenant.configFile)")
            }
            diagnostics.report(.error("brand colours \(describe(0)) on \(describe(1)) have contrast "
                                      + "\(ColorContrast.formatted(ratio)):1, below WCAG AA 4.5:1", at: location, notes: notes))
        }
    }
}
