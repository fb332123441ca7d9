/// The files of one tenant's folder, each hashed: the load stage's first step. A build reads them
/// before deciding whether the tenant is up to date; the rest of the load works from the same read.
struct TenantFiles: Sendable {
    let id: String
    /// Every visible file of `tenants/<id>/`, hashed, sorted by path; nil when one cannot be read.
    let entries: [BuildManifest.Entry]?
}
