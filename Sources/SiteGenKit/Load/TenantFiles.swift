/// A tenant's folder as the load stage read it, every file once and hashed: what a build checks
/// against the manifest before deciding to rebuild, and what the loader then parses — the same
/// bytes, so no input is opened twice.
struct TenantFiles: Sendable {
    let id: String
    /// The folder's files; nil when there is no such folder.
    let folder: FolderFiles?

    /// Every file of `tenants/<id>/`, hashed, sorted by path; nil when one cannot be read.
    var entries: [BuildManifest.Entry]? { folder?.entries }
}
