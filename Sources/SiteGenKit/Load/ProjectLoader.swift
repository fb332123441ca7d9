import Foundation
import Yams

/// The load stage: reads and parses a project's files. With `TenantWriter`, the only code that
/// touches the disk. Shared parts (libraries, themes) are read once; tenants one at a time, so a
/// platform of thousands never sits in memory whole.
public struct ProjectLoader: Sendable {
    /// The project folder (holding `tenants/` and `themes/`).
    public let root: URL

    /// `root` with links resolved, once: every file read is checked against it.
    private let resolvedRootPath: String

    /// A loader for the project at `root`.
    public init(root: URL) {
        self.root = root.standardizedFileURL
        resolvedRootPath = self.root.resolvingSymlinksInPath().path
    }

    var tenantsFolder: URL { root.appendingPathComponent("tenants") }
    var themesFolder: URL { root.appendingPathComponent("themes") }

    /// The ids of all tenants, sorted; folders that are not valid ids are reported.
    public func tenantIDs(diagnostics: inout Diagnostics) -> [String] {
        var ids: [String] = []
        for name in folderNames(in: tenantsFolder, diagnostics: &diagnostics) where !name.hasPrefix("_") && !name.hasPrefix(".") {
            if TenantID.isValid(name) {
                ids.append(name)
            } else {
                diagnostics.report(.error("folder name '\(name)' is not a valid tenant id", at: .init(file: "tenants/\(name)"),
                                          notes: TenantID.invalid(name).notes + ["library folders start with '_'"]))
            }
        }
        return ids
    }

    /// Every library folder (`tenants/_*`), sorted by name.
    func loadLibraries(diagnostics: inout Diagnostics) -> [Library] {
        folderNames(in: tenantsFolder, diagnostics: &diagnostics).filter { $0.hasPrefix("_") }.compactMap { name in
            loadLibrary(name, diagnostics: &diagnostics)
        }
    }

    private func loadLibrary(_ name: String, diagnostics: inout Diagnostics) -> Library? {
        let folder = tenantsFolder.appendingPathComponent(name)
        let configFile = "tenants/\(name)/library.yaml"
        do {
            let document = try YAMLDocument(read(folder.appendingPathComponent("library.yaml"), displayPath: configFile))
            let config = try document.decode(LibraryConfig.self)
            let servicesNode = document.node(at: [AnyKey("services")])
            var rowOrder: [String: [String]] = [:]
            for service in servicesNode.orderedKeys {
                rowOrder[service] = document.node(at: [AnyKey("services"), AnyKey(service), AnyKey("rows")]).orderedKeys
            }
            return Library(name: name, config: config, configFile: configFile, serviceOrder: servicesNode.orderedKeys,
                           rowOrder: rowOrder, keyLocations: KeyLocations(document),
                           clauses: loadClauses(in: folder, displayFolder: "tenants/\(name)", diagnostics: &diagnostics))
        } catch {
            diagnostics.report(contentsOf: error.diagnostics)
            return nil
        }
    }

    /// Reads one tenant's folder; nil (with diagnostics) when its config cannot be used.
    func loadTenant(_ id: String, diagnostics: inout Diagnostics) -> TenantSource? {
        let folder = tenantsFolder.appendingPathComponent(id)
        let configFile = "tenants/\(id)/tenant.yaml"
        guard isInsideProject(folder) else {
            diagnostics.report(.error("tenant folder is a link to outside the project", at: .init(file: "tenants/\(id)"),
                                      notes: ["sitegen only reads files inside the project"]))
            return nil
        }
        do {
            let document = try YAMLDocument(read(folder.appendingPathComponent("tenant.yaml"), displayPath: configFile))
            let config = try document.decode(TenantConfig.self)
            return TenantSource(
                id: id, config: config, configFile: configFile, keyLocations: KeyLocations(document),
                clauses: loadClauses(in: folder, displayFolder: "tenants/\(id)", diagnostics: &diagnostics),
                templates: loadTemplates(in: folder.appendingPathComponent("templates"), displayFolder: "tenants/\(id)/templates", diagnostics: &diagnostics),
                assets: loadAssets(in: folder.appendingPathComponent("assets"), diagnostics: &diagnostics),
                history: loadHistory(of: id, diagnostics: &diagnostics))
        } catch {
            diagnostics.report(contentsOf: error.diagnostics)
            return nil
        }
    }

    /// Reads `themes/<name>/`; nil (with diagnostics) when it is missing or broken.
    func loadTheme(_ name: String, diagnostics: inout Diagnostics) -> ThemeSource? {
        let folder = themesFolder.appendingPathComponent(name)
        let configFile = "themes/\(name)/theme.yaml"
        do {
            let document = try YAMLDocument(read(folder.appendingPathComponent("theme.yaml"), displayPath: configFile))
            let config = try document.decode(ThemeConfig.self)
            return ThemeSource(name: name, config: config, configFile: configFile, keyLocations: KeyLocations(document),
                               templates: loadTemplates(in: folder.appendingPathComponent("templates"), displayFolder: "themes/\(name)/templates", diagnostics: &diagnostics),
                               assets: loadAssets(in: folder.appendingPathComponent("assets"), diagnostics: &diagnostics))
        } catch {
            diagnostics.report(contentsOf: error.diagnostics)
            return nil
        }
    }

    /// The names of the themes in `themes/`, for "did you mean" notes.
    func themeNames() -> [String] {
        var ignored = Diagnostics()
        return folderNames(in: themesFolder, diagnostics: &ignored)
    }

    /// The clauses of `folder`/clauses; one whose file is broken is recorded as such, so the
    /// statement that lists it does not also report it as unknown.
    private func loadClauses(in folder: URL, displayFolder: String, diagnostics: inout Diagnostics) -> ClauseSet {
        var clauses = ClauseSet()
        for name in fileNames(in: folder.appendingPathComponent("clauses"), withExtension: "md") {
            let id = String(name.dropLast(3))
            let file = "\(displayFolder)/clauses/\(name)"
            do {
                let source = try read(folder.appendingPathComponent("clauses").appendingPathComponent(name), displayPath: file)
                clauses.add(id, try ClauseParser.parse(source, expectedID: id, diagnostics: &diagnostics))
            } catch {
                diagnostics.report(contentsOf: error.diagnostics)
                clauses.add(id, nil)
            }
        }
        return clauses
    }

    private func loadTemplates(in folder: URL, displayFolder: String, diagnostics: inout Diagnostics) -> [String: TemplateSource] {
        var templates: [String: TemplateSource] = [:]
        for name in fileNames(in: folder, withExtension: "mustache") {
            let file = "\(displayFolder)/\(name)"
            do {
                let source = try read(folder.appendingPathComponent(name), displayPath: file)
                let templateName = String(name.dropLast(".mustache".count))
                templates[templateName] = TemplateSource(name: templateName, text: source.text, file: file)
            } catch {
                diagnostics.report(contentsOf: error.diagnostics)
            }
        }
        return templates
    }

    private func loadAssets(in folder: URL, diagnostics: inout Diagnostics) -> [Asset] {
        fileNames(in: folder, withExtension: nil).compactMap { name in
            let url = folder.appendingPathComponent(name)
            let location = Diagnostic.Location(file: relativePath(url))
            if let problem = linkProblem(url, at: location) {
                diagnostics.report(problem)
                return nil
            }
            guard SourceFile.isRegularFile(url), let data = try? Data(contentsOf: url) else {
                diagnostics.report(.error("cannot read asset", at: location, notes: ["an asset must be a regular file"]))
                return nil
            }
            return Asset(name: name, data: data)
        }
    }

    /// Reads a text file of the project, refusing one that is a link to outside it. Its links are
    /// resolved once, for both the check and the read.
    func read(_ url: URL, displayPath: String) throws(DiagnosticError) -> SourceFile {
        let resolved = url.resolvingSymlinksInPath()
        if let problem = linkProblem(resolved: resolved, at: .init(file: displayPath)) { throw DiagnosticError(problem) }
        return try SourceFile.read(url, resolved: resolved, displayPath: displayPath)
    }

    /// The error for a file that is, or lies in a folder that is, a link to outside the project: a
    /// tenant's folder must not be a way to publish other files of the machine it is built on.
    private func linkProblem(_ url: URL, at location: Diagnostic.Location) -> Diagnostic? {
        linkProblem(resolved: url.resolvingSymlinksInPath(), at: location)
    }

    /// `linkProblem` for a URL whose links are already resolved.
    private func linkProblem(resolved: URL, at location: Diagnostic.Location) -> Diagnostic? {
        guard !isInside(resolvedPath: resolved.path) else { return nil }
        return .error("file is a link to outside the project", at: location,
                      notes: ["it points to '\(resolved.path)'",
                              "sitegen only reads files inside the project; copy the file in instead of linking to it"])
    }

    /// Sorted names of the sub-folders of `folder`, so every run sees the same order.
    private func folderNames(in folder: URL, diagnostics: inout Diagnostics) -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else {
            diagnostics.report(.error("folder not found", at: .init(file: relativePath(folder)),
                                      notes: ["run sitegen in a project folder or pass --root"]))
            return []
        }
        return names.filter { name in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path, isDirectory: &isFolder) && isFolder.boolValue
        }.sorted()
    }

    /// Sorted names of regular files in `folder` (optionally with one extension), hidden files left out.
    /// A folder named like such a file (`intro.md/`) is listed too, so reading it says it is a folder
    /// instead of the clause being "unknown".
    private func fileNames(in folder: URL, withExtension fileExtension: String?) -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
        return names.filter { name in
            var isFolder: ObjCBool = false
            guard !name.hasPrefix("."), FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path, isDirectory: &isFolder) else { return false }
            guard let fileExtension else { return !isFolder.boolValue }
            return name.hasSuffix(".\(fileExtension)")
        }.sorted()
    }

    /// Whether `url`, with links resolved, stays inside the project.
    func isInsideProject(_ url: URL) -> Bool {
        isInside(resolvedPath: url.resolvingSymlinksInPath().path)
    }

    private func isInside(resolvedPath: String) -> Bool {
        resolvedPath == resolvedRootPath || resolvedPath.hasPrefix(resolvedRootPath + "/")
    }

    private func relativePath(_ url: URL) -> String {
        let path = url.standardizedFileURL.path
        return path.hasPrefix(root.path + "/") ? String(path.dropFirst(root.path.count + 1)) : path
    }
}
