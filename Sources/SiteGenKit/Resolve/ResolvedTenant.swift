/// Everything the render stage needs for one tenant, with tenant values merged over library and
/// theme defaults and every name checked. Rendering it touches no file. It keeps the tenant as
/// loaded, so `check` (coverage, key locations) and `release` (re-dating the text) need nothing
/// from an earlier stage beside it.
struct ResolvedTenant: Sendable {
    /// The tenant as loaded: config, key locations, own clauses, released versions, its files' hashes.
    let loaded: LoadedTenant
    /// The tenant's config with its values checked (`TenantValueCheck`).
    let config: TenantConfig
    /// The placeholder values, also handed to templates.
    let values: TemplateValue
    let statement: ClauseResolver.Statement
    let templates: TemplateSet
    /// Theme parameters, tenant values over theme defaults.
    let brand: [String: String]
    /// Theme assets then tenant assets; a tenant file replaces a theme file of the same name.
    let assets: [Asset]
    let themeName: String
    /// Every clause file the statement reads — its clauses and, followed through, the clauses they
    /// include, whether or not a condition shows them — sorted: what the tenant depends on besides
    /// its own folder, its theme and the library configs.
    let clauseFiles: [String]

    var source: TenantSource { loaded.source }
    var id: String { source.id }
    /// Released versions, oldest first.
    var history: [Version] { source.history }

    /// Whether the statement differs from the latest released version (or nothing was released).
    var hasUnreleasedChanges: Bool { history.last?.markdown != statement.markdown }
}
