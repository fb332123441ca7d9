/// Everything the render stage needs for one tenant, with tenant values merged over library and
/// theme defaults and every name checked. Rendering it touches no file.
struct ResolvedTenant: Sendable {
    let id: String
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
    /// Released versions, oldest first.
    let history: [Version]

    /// Whether the statement differs from the latest released version (or nothing was released).
    var hasUnreleasedChanges: Bool { history.last?.markdown != statement.markdown }
}
