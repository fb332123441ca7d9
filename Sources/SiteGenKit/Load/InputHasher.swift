import Foundation

/// Hashes the project files a tenant's output depends on, for build manifests. Part of the load
/// stage: it reads files. Shared files — library configs and clauses, theme folders — are hashed
/// once per run however many tenants use them; tenant folders are hashed whole every time, so a
/// new, removed or changed file of the tenant always counts.
struct InputHasher: Sendable {
    private let root: URL
    /// Hashes of shared files by relative path; nil for a file that cannot be read.
    private let sharedHashes = LockedCache<String, String?>()
    /// Each theme folder's files, hashed; nil when one cannot be read.
    private let themeEntries = LockedCache<String, [BuildManifest.Entry]?>()
    /// The library configs' paths (one cache entry).
    private let libraryConfigs = LockedCache<Bool, [String]>()

    /// A hasher for the project at `root`; use one per run, since shared files are cached.
    init(root: URL) {
        self.root = root
    }

    /// Every file of tenant `id`'s folder, hashed; nil when one cannot be read. Hashed once per
    /// tenant and build, before the tenant is loaded: should a file change meanwhile, the manifest
    /// records the older hash and the next build rebuilds — never the other way round.
    func tenantEntries(_ id: String) -> [BuildManifest.Entry]? {
        entries(inFolder: "tenants/\(id)/")
    }

    /// The inputs of tenant `id` — its own files as `tenantEntries` gave them, built with `theme`
    /// and reading `clauseFiles` — or nil when a shared file cannot be read.
    func inputs(tenant id: String, own: [BuildManifest.Entry], theme: String, clauseFiles: [String]) -> [BuildManifest.Entry]? {
        let tenantFolder = "tenants/\(id)/"
        var entries = own
        let shared = libraryConfigFiles() + clauseFiles.filter { !$0.hasPrefix(tenantFolder) }
        for path in Set(shared).sorted() {
            guard let hash = sharedHash(path) else { return nil }
            entries.append(.init(path: path, sha256: hash))
        }
        guard let themeFiles = themeEntries(theme) else { return nil }
        return (entries + themeFiles).sorted { $0.path < $1.path }
    }

    /// Whether `manifest` still describes tenant `id`, whose files hash to `own`: same generator,
    /// same inputs, and exactly the recorded output files in `outputFolder`, each with its recorded
    /// size (a stat, not a read).
    func isUpToDate(_ manifest: BuildManifest, tenant id: String, own: [BuildManifest.Entry], outputFolder: URL) -> Bool {
        guard manifest.tenantID == id, manifest.generator == SiteRenderer.generator,
              let current = inputs(tenant: id, own: own, theme: manifest.theme, clauseFiles: manifest.libraryClauseFiles),
              current == manifest.inputs else { return false }
        var found: [String: Int] = [:]
        // Paths and `lstat`, not URLs and FileManager's enumerator: a no-op build does this for
        // every tenant, and the enumerator's attribute dictionaries cost more than the rest.
        func list(_ relative: String) -> Bool {
            let folder = outputFolder.path + "/" + relative
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return false }
            for name in names where !(relative.isEmpty && name == TenantWriter.markerName) {
                var status = stat()
                guard lstat(folder + name, &status) == 0 else { return false }
                if status.st_mode & S_IFMT == S_IFDIR {
                    guard list(relative + name + "/") else { return false }
                } else {
                    found[relative + name] = Int(status.st_size)
                }
            }
            return true
        }
        guard list("") else { return false }
        return found.count == manifest.outputs.count && manifest.outputs.allSatisfy { found[$0.path] == $0.size }
    }

    private func libraryConfigFiles() -> [String] {
        libraryConfigs.value(for: true) {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("tenants").path)) ?? []
            return names.filter { $0.hasPrefix("_") }.sorted().map { "tenants/\($0)/library.yaml" }
        }
    }

    private func themeEntries(_ theme: String) -> [BuildManifest.Entry]? {
        themeEntries.value(for: theme) { entries(inFolder: "themes/\(theme)/") }
    }

    private func sharedHash(_ path: String) -> String? {
        sharedHashes.value(for: path) { (try? Data(contentsOf: root.appendingPathComponent(path))).map(ContentHash.sha256) }
    }

    /// Every visible file under the relative `folder` (ending in `/`), hashed, sorted by path.
    private func entries(inFolder folder: String) -> [BuildManifest.Entry]? {
        let rootPath = root.path + "/"
        var entries: [BuildManifest.Entry] = []
        func walk(_ relative: String) -> Bool {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: rootPath + relative) else { return false }
            for name in names.sorted() where !name.hasPrefix(".") {
                let path = relative + name
                // `stat` follows links, as reading the file does.
                var status = stat()
                guard stat(rootPath + path, &status) == 0 else { continue }
                if status.st_mode & S_IFMT == S_IFDIR {
                    guard walk(path + "/") else { return false }
                } else {
                    guard let data = FileManager.default.contents(atPath: rootPath + path) else { return false }
                    entries.append(.init(path: path, sha256: ContentHash.sha256(data)))
                }
            }
            return true
        }
        return walk(folder) ? entries : nil
    }
}
