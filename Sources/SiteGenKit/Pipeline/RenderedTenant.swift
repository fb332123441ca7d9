/// The render stage's output for one tenant: its site, and the resolved tenant it came from, so
/// the write stage (the manifest) and `check` (coverage, lint) need no earlier value beside it.
struct RenderedTenant: Sendable {
    let resolved: ResolvedTenant
    let site: RenderedSite
}
