/// The load stage's output for one tenant: the tenant as parsed, and the files of its folder with
/// their hashes — what its build manifest records as its own inputs.
struct LoadedTenant: Sendable {
    let source: TenantSource
    /// Every file of `tenants/<id>/`, hashed, sorted by path; nil when one could not be read.
    let files: [BuildManifest.Entry]?

    var id: String { source.id }
}
