import Foundation

/// The size and modification time of every file under `tenants/` and `themes/`, for telling which
/// files an edit touched by comparing two snapshots. Polling costs a directory read per folder and
/// a `stat` per file, works on every platform and file system, and needs no watch limits raised.
struct ProjectSnapshot: Equatable, Sendable {
    /// A file's identity for change detection: editors that replace a file change its inode.
    struct Stamp: Equatable, Sendable {
        let size: Int64
        let modified: Int64
        let inode: UInt64
    }

    /// Stamps by path relative to the project root (`tenants/js-ict/tenant.yaml`).
    private(set) var files: [String: Stamp] = [:]

    /// Folders below the watched ones are followed this deep at most, so a link cycle cannot loop.
    private static let maxDepth = 8

    /// Scans `tenants/` and `themes/` of `root`. Hidden files and editor backups are left out.
    init(root: URL) {
        let base = root.path
        for top in ["tenants", "themes"] {
            scan(base, top, depth: 0)
        }
    }

    /// The paths added, removed or changed since `old`.
    func changes(since old: ProjectSnapshot) -> Set<String> {
        var changed: Set<String> = []
        for (path, stamp) in files where old.files[path] != stamp { changed.insert(path) }
        for path in old.files.keys where files[path] == nil { changed.insert(path) }
        return changed
    }

    private mutating func scan(_ base: String, _ relative: String, depth: Int) {
        guard depth <= Self.maxDepth, let folder = opendir(base + "/" + relative) else { return }
        defer { closedir(folder) }
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard Self.isWatched(name) else { continue }
            let path = relative + "/" + name
            var status = stat()
            // `stat` follows links, as reading the file does.
            guard stat(base + "/" + path, &status) == 0 else { continue }
            if status.st_mode & S_IFMT == S_IFDIR {
                scan(base, path, depth: depth + 1)
            } else {
                #if canImport(Darwin)
                let time = status.st_mtimespec
                #else
                let time = status.st_mtim
                #endif
                files[path] = Stamp(size: Int64(status.st_size),
                                    modified: Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec),
                                    inode: UInt64(status.st_ino))
            }
        }
    }

    /// Whether a file or folder name is one sitegen reads: hidden files (`.x.swp`), backups
    /// (`x~`) and lock files (`#x#`) that editors leave beside the real file are not.
    static func isWatched(_ name: String) -> Bool {
        !name.hasPrefix(".") && !name.hasSuffix("~") && !name.hasPrefix("#")
    }
}
