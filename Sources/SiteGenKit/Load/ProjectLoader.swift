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
        let configFile = "tenants/\(name)/library.yaml"
        do throws(DiagnosticError) {
            guard let folder = readFolder("tenants/\(name)/") else { throw DiagnosticError(.error("file not found", at: .init(file: configFile))) }
            let document = try YAMLDocument(try text(of: "library.yaml", in: folder))
            let config = try document.decode(LibraryConfig.self)
            let servicesNode = document.node(at: [AnyKey("services")])
            var rowOrder: [String: [String]] = [:]
            for service in servicesNode.orderedKeys {
                rowOrder[service] = document.node(at: [AnyKey("services"), AnyKey(service), AnyKey("rows")]).orderedKeys
            }
            var hashes: [String: String] = [:]
            for entry in folder.entries ?? [] { hashes[entry.path] = entry.sha256 }
            return Library(name: name, config: config, configFile: configFile, serviceOrder: servicesNode.orderedKeys,
                           rowOrder: rowOrder, keyLocations: KeyLocations(document),
                           clauses: loadClauses(in: folder, diagnostics: &diagnostics), fileHashes: hashes)
        } catch {
            diagnostics.report(contentsOf: error.diagnostics)
            return nil
        }
    }

    /// Reads tenant `id`'s folder, every file once: all a build needs to decide whether the tenant
    /// is up to date, and all `loadTenant` parses.
    func readTenant(_ id: String) -> TenantFiles {
        TenantFiles(id: id, folder: readFolder("tenants/\(id)/"))
    }

    /// Reads and parses one tenant; nil (with diagnostics) when its config cannot be used.
    func loadTenant(_ id: String, diagnostics: inout Diagnostics) -> TenantSource? {
        loadTenant(readTenant(id), diagnostics: &diagnostics)
    }

    /// Parses the tenant folder `files` holds; nil (with diagnostics) when its config cannot be used.
    func loadTenant(_ files: TenantFiles, diagnostics: inout Diagnostics) -> TenantSource? {
        let id = files.id
        let configFile = "tenants/\(id)/tenant.yaml"
        if files.folder?.outsideProject != nil {
            diagnostics.report(.error("tenant folder is a link to outside the project", at: .init(file: "tenants/\(id)"),
                                      notes: ["sitegen only reads files inside the project"]))
            return nil
        }
        do throws(DiagnosticError) {
            guard let folder = files.folder else { throw DiagnosticError(.error("file not found", at: .init(file: configFile))) }
            let document = try YAMLDocument(try text(of: "tenant.yaml", in: folder))
            let config = try document.decode(TenantConfig.self)
            return TenantSource(
                id: id, config: config, configFile: configFile, keyLocations: KeyLocations(document),
                clauses: loadClauses(in: folder, diagnostics: &diagnostics),
                templates: loadTemplates(in: folder, diagnostics: &diagnostics),
                assets: loadAssets(in: folder, diagnostics: &diagnostics),
                history: loadHistory(in: folder, diagnostics: &diagnostics))
        } catch {
            diagnostics.report(contentsOf: error.diagnostics)
            return nil
        }
    }

    /// Reads `themes/<name>/` whole; nil when there is no such folder.
    func readTheme(_ name: String) -> FolderFiles? {
        readFolder("themes/\(name)/")
    }

    /// Parses the theme folder `folder`; nil (with diagnostics) when it is broken.
    func loadTheme(_ name: String, from folder: FolderFiles, diagnostics: inout Diagnostics) -> ThemeSource? {
        let configFile = "themes/\(name)/theme.yaml"
        do throws(DiagnosticError) {
            if let outside = folder.outsideProject { throw DiagnosticError(InputFile.problem(.outsideProject(outside), at: configFile)) }
            let document = try YAMLDocument(try text(of: "theme.yaml", in: folder))
            let config = try document.decode(ThemeConfig.self)
            return ThemeSource(name: name, config: config, configFile: configFile, keyLocations: KeyLocations(document),
                               templates: loadTemplates(in: folder, diagnostics: &diagnostics),
                               assets: loadAssets(in: folder, diagnostics: &diagnostics))
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

    /// The text of file `name` of `folder`, checked as every text input is.
    private func text(of name: String, in folder: FolderFiles) throws(DiagnosticError) -> SourceFile {
        guard let file = folder.file(name) else { throw DiagnosticError(.error("file not found", at: .init(file: folder.folder + name))) }
        return try file.text()
    }

    /// The clauses of the folder's `clauses/`; one whose file is broken is recorded as such, so
    /// the statement that lists it does not also report it as unknown.
    private func loadClauses(in folder: FolderFiles, diagnostics: inout Diagnostics) -> ClauseSet {
        var clauses = ClauseSet()
        for name in folder.names(in: "clauses/", withExtension: "md") {
            let id = String(name.dropLast(3))
            do {
                clauses.add(id, try ClauseParser.parse(try text(of: "clauses/" + name, in: folder), expectedID: id, diagnostics: &diagnostics))
            } catch {
                diagnostics.report(contentsOf: error.diagnostics)
                clauses.add(id, nil)
            }
        }
        return clauses
    }

    private func loadTemplates(in folder: FolderFiles, diagnostics: inout Diagnostics) -> [String: TemplateSource] {
        var templates: [String: TemplateSource] = [:]
        for name in folder.names(in: "templates/", withExtension: "mustache") {
            do {
                let source = try text(of: "templates/" + name, in: folder)
                let templateName = String(name.dropLast(".mustache".count))
                templates[templateName] = TemplateSource(name: templateName, text: source.text, file: source.displayPath)
            } catch {
                diagnostics.report(contentsOf: error.diagnostics)
            }
        }
        return templates
    }

    private func loadAssets(in folder: FolderFiles, diagnostics: inout Diagnostics) -> [Asset] {
        let checked = AssetCheck.check(folder.names(in: "assets/"), in: folder)
        diagnostics.report(contentsOf: checked.problems)
        return checked.accepted.compactMap { name in
            guard let file = folder.file("assets/" + name) else { return nil }
            switch file.content {
            case let .bytes(data, sha256):
                return Asset(name: name, data: data, sha256: sha256)
            case let .refused(refusal):
                switch refusal {
                case .outsideProject, .tooLarge:
                    diagnostics.report(InputFile.problem(refusal, at: file.path))
                case .notRegular, .unreadable, .folder:
                    diagnostics.report(.error("cannot read asset", at: .init(file: file.path), notes: ["an asset must be a regular file"]))
                }
                return nil
            }
        }
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

    /// Whether `url`, with links resolved, stays inside the project.
    func isInsideProject(_ url: URL) -> Bool {
        isInside(resolvedPath: url.resolvingSymlinksInPath().path)
    }

    /// Whether a path whose links are resolved stays inside the project.
    func isInside(resolvedPath: String) -> Bool {
        resolvedPath == resolvedRootPath || resolvedPath.hasPrefix(resolvedRootPath + "/")
    }

    private func relativePath(_ url: URL) -> String {
        let path = url.standardizedFileURL.path
        return path.hasPrefix(root.path + "/") ? String(path.dropFirst(root.path.count + 1)) : path
    }
}
