import Foundation

/// What one run — a build, check, diff, release or a preview session — shares across its tenants:
/// the loader, the libraries (loaded once, before any tenant) and every cache. Each cache is a
/// `LockedCache`, filled on first use, so tenants can go through the pipeline in parallel. A
/// context is a snapshot of the shared inputs: when a library or theme file changes, make a new one.
struct RunContext: Sendable {
    let loader: ProjectLoader
    /// Where the run writes, or would: published `versions.json` files are audited against the history.
    let outputRoot: URL
    let libraries: [Library]
    /// The tenants the run covers, sorted.
    let tenantIDs: [String]
    /// Every tenant of the project, for pruning the output of removed ones.
    let allTenantIDs: [String]
    /// Themes by name, loaded the first time a tenant uses one.
    let themes = LockedCache<String, ThemeLookup>()
    /// Compiled templates of themes used as they are.
    let templates = TemplateCache()
    /// Catalogue strings of the libraries, parsed once.
    let catalogueTemplates = PlaceholderTemplateCache()
    /// Theme folders, each read whole once: loading a theme and checking a tenant's manifest use
    /// the same read. Nil for a name with no folder.
    let themeFolders = LockedCache<String, FolderFiles?>()
    /// The day the run is about: which released version is in force, which are announced.
    let today: DayDate
    /// Whether tenants are rendered as drafts of their working copy (`build --drafts`, `serve`,
    /// `check`) instead of from their released versions.
    let drafts: Bool

    /// The context for `scope` of the project `loader` reads, writing (if at all) to `outputRoot`;
    /// nil, with diagnostics, when the scope names unknown tenants, the output folder lies inside
    /// the sources, or a library has errors — a broken library would silently change every tenant
    /// that uses it, so nothing is built or written.
    static func make(_ scope: SiteBuilder.Scope, loader: ProjectLoader, outputRoot: URL, today: DayDate, drafts: Bool = false,
                     diagnostics: inout Diagnostics) -> RunContext? {
        if isInside(outputRoot, loader.tenantsFolder) || isInside(outputRoot, loader.themesFolder) {
            diagnostics.report(.error("the output folder '\(outputRoot.path)' is inside the project's sources",
                                      notes: ["choose an --output folder outside tenants/ and themes/"]))
            return nil
        }
        let known = loader.tenantIDs(diagnostics: &diagnostics)
        var selected: [String]
        switch scope {
        case .all:
            selected = known
        case let .shard(shard):
            selected = known.filter(shard.contains)
        case let .tenants(ids):
            selected = []
            // Merged before anything runs: the same tenant twice would be built twice at once,
            // two writers racing for one output folder.
            var seen: Set<String> = []
            for id in ids where seen.insert(id).inserted {
                if !TenantID.isValid(id) {
                    diagnostics.report(TenantID.invalid(id))
                } else if !known.contains(id) {
                    diagnostics.report(.error("unknown tenant '\(id)'",
                                              notes: ["known tenants: \(known.isEmpty ? "none" : known.joined(separator: ", "))"]))
                } else {
                    selected.append(id)
                }
            }
        }
        if diagnostics.hasErrors { return nil }
        let libraries = loader.loadLibraries(diagnostics: &diagnostics)
        ClauseResolver(libraries: libraries).reportDuplicateLibraryClauses(diagnostics: &diagnostics)
        if diagnostics.hasErrors { return nil }
        return RunContext(loader: loader, outputRoot: outputRoot, libraries: libraries, tenantIDs: selected, allTenantIDs: known,
                          today: today, drafts: drafts)
    }

    /// The theme called `name`, loaded the first time any tenant asks; an unknown theme is reported
    /// at the tenant's `theme:` key, every time.
    func theme(named name: String, for tenant: TenantSource, diagnostics: inout Diagnostics) -> ThemeSource? {
        switch lookUpTheme(name, diagnostics: &diagnostics) {
        case let .loaded(theme):
            return theme
        case .broken:
            return nil
        case .missing:
            diagnostics.report(.error("unknown theme '\(name)'", at: tenant.keyLocations["theme"],
                                      notes: ["themes: \(loader.themeNames().joined(separator: ", "))"]))
            return nil
        }
    }

    /// Theme `name`, loaded the first time anyone asks; its load errors are reported then, once.
    func lookUpTheme(_ name: String, diagnostics: inout Diagnostics) -> ThemeLookup {
        themes.value(for: name) {
            guard let folder = themeFolder(name) else { return .missing }
            return loader.loadTheme(name, from: folder, diagnostics: &diagnostics).map(ThemeLookup.loaded) ?? .broken
        }
    }

    /// The files of theme `name`'s folder, read the first time any tenant needs them; nil when
    /// there is no such theme.
    func themeFolder(_ name: String) -> FolderFiles? {
        guard TenantID.isValid(name) else { return nil }
        return themeFolders.value(for: name) { loader.readTheme(name) }
    }

    /// The hash of a library file as it was read when the run began; nil for a file no library has.
    func libraryFileHash(_ path: String) -> String? {
        for library in libraries {
            if let hash = library.fileHashes[path] { return hash }
        }
        return nil
    }

    private static func isInside(_ url: URL, _ folder: URL) -> Bool {
        let path = resolvingLinks(url).path, base = resolvingLinks(folder).path
        return path == base || path.hasPrefix(base + "/")
    }

    /// `url` with links resolved even where it does not exist yet: links are resolved in the
    /// nearest existing folder and the missing rest is added back, so `--output link/new` cannot
    /// slip into `tenants/` through a link.
    static func resolvingLinks(_ url: URL) -> URL {
        var existing = url.standardizedFileURL
        var missing: [String] = []
        while !FileManager.default.fileExists(atPath: existing.path), existing.path != "/" {
            missing.insert(existing.lastPathComponent, at: 0)
            existing.deleteLastPathComponent()
        }
        return missing.reduce(existing.resolvingSymlinksInPath()) { $0.appendingPathComponent($1) }
    }
}
