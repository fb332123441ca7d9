/// The files of one project folder — a tenant's or a theme's — each read once and hashed. A build
/// reads a tenant's folder before it knows whether the tenant is up to date; when it must be
/// rebuilt, the loader parses these same bytes, so no input is opened twice.
struct FolderFiles: Sendable {
    /// The folder relative to the project root, ending in `/` (`tenants/acme/`).
    let folder: String
    /// Every visible file below the folder, links followed, sorted by path.
    let files: [InputFile]
    /// The paths of its sub-folders, so a folder named like a file (`clauses/intro.md/`) is
    /// reported as a folder rather than the clause as unknown.
    let folders: Set<String>
    /// Whether every sub-folder could be listed.
    let complete: Bool
    /// Where the folder itself leads when it is a link to outside the project (then `files` is empty).
    let outsideProject: String?
    private let index: [String: Int]

    /// The files of `folder`; `files` must be sorted by path.
    init(folder: String, files: [InputFile], folders: Set<String> = [], complete: Bool, outsideProject: String? = nil) {
        self.folder = folder
        self.files = files
        self.folders = folders
        self.complete = complete
        self.outsideProject = outsideProject
        index = Dictionary(files.enumerated().map { ($1.path, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// What a build manifest records of the folder: every file read, with its hash, sorted by path;
    /// nil when a file or sub-folder could not be read, so such a tenant is never taken as up to date.
    /// Also nil when a sub-folder is named like a file (`clauses/intro.md/`) or sits in `assets/`:
    /// both are errors, and an empty one adds no file, so the tenant would be skipped as up to date
    /// and the error never shown.
    var entries: [BuildManifest.Entry]? {
        guard complete, outsideProject == nil, !folders.contains(where: isMisplacedFolder) else { return nil }
        var entries: [BuildManifest.Entry] = []
        entries.reserveCapacity(files.count)
        for file in files {
            switch file.content {
            case let .bytes(_, sha256): entries.append(.init(path: file.path, sha256: sha256))
            case .refused(.unreadable): return nil
            case .refused: continue
            }
        }
        return entries
    }

    /// Whether the sub-folder at `path` is one a build refuses: named like a file, or inside `assets/`.
    private func isMisplacedFolder(_ path: String) -> Bool {
        path.hasPrefix(folder + "assets/") || path.split(separator: "/").last?.contains(".") == true
    }

    /// The file at `path` inside the folder (`clauses/intro.md`), if there is one; a sub-folder
    /// there is a file refused as a folder.
    func file(_ path: String) -> InputFile? {
        if let position = index[folder + path] { return files[position] }
        return folders.contains(folder + path) ? InputFile(path: folder + path, refused: .folder) : nil
    }

    /// The sorted names of the files directly in sub-folder `subfolder` (`clauses/`, or "" for the
    /// folder itself), optionally only those ending in `.<fileExtension>` — and then also folders
    /// so named, which `file(_:)` refuses with a message that says what they are.
    func names(in subfolder: String, withExtension fileExtension: String? = nil) -> [String] {
        let prefix = folder + subfolder
        func name(_ path: String) -> String? {
            guard path.hasPrefix(prefix) else { return nil }
            let name = path.dropFirst(prefix.count)
            guard !name.contains("/"), fileExtension.map({ name.hasSuffix(".\($0)") }) ?? true else { return nil }
            return String(name)
        }
        let names = files.compactMap { name($0.path) }
        guard fileExtension != nil, !folders.isEmpty else { return names }
        return (names + folders.compactMap(name)).sorted()
    }
}
