import Foundation

/// Which tenants an edit affects, from the paths that changed and what each tenant read when it
/// was last rendered: a tenant's own folder affects that tenant; a shared clause the tenants whose
/// statement reads it; a library's other files (library.yaml) every tenant; a theme the tenants
/// using it. Tenants that failed or were never rendered are always included — the edit may be the fix.
struct ChangeImpact: Equatable, Sendable {
    /// Tenants to render again.
    var tenants: Set<String> = []
    /// A library or theme changed: load them again before rendering.
    var sharedChanged = false
    /// Tenant folders may have appeared or gone: list them again.
    var tenantSetChanged = false

    /// A path meaning "anything may have changed" (the watcher lost events).
    static let everything = "*"

    /// The impact of `paths` (relative to the project root) on the tenants in `scope`.
    init(paths: Set<String>, scope: [String], rendered: [String: ServedTenant], projectRoot: URL) {
        let inScope = Set(scope)
        var everyone = false
        var sharedClauses: Set<String> = []
        var themes: Set<String> = []
        if paths.contains(Self.everything) {
            sharedChanged = true
            tenantSetChanged = true
            everyone = true
        }
        for path in paths {
            let parts = path.split(separator: "/", maxSplits: 3).map(String.init)
            guard parts.count >= 2 else { continue }
            switch parts[0] {
            case "tenants" where parts[1].hasPrefix("_"):
                sharedChanged = true
                if parts.count == 4 && parts[2] == "clauses" { sharedClauses.insert(path) } else { everyone = true }
            case "tenants":
                let id = parts[1]
                if inScope.contains(id) {
                    tenants.insert(id)
                    let folder = projectRoot.appendingPathComponent("tenants/\(id)").path
                    if !FileManager.default.fileExists(atPath: folder) { tenantSetChanged = true }
                } else {
                    tenantSetChanged = true
                }
            case "themes":
                sharedChanged = true
                if parts.count >= 3 { themes.insert(parts[1]) } else { everyone = true }
            default:
                continue
            }
        }
        guard sharedChanged else { return }
        for id in scope {
            guard let tenant = rendered[id], !tenant.failed, !everyone else {
                tenants.insert(id)
                continue
            }
            if let theme = tenant.theme, themes.contains(theme) { tenants.insert(id) }
            if !sharedClauses.isDisjoint(with: tenant.clauseFiles) { tenants.insert(id) }
        }
    }
}
