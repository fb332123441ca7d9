import Foundation

extension Scaffolder {
    /// Starts `themes/<name>/`: a copy of the theme `from` (its `name:` set to the new theme's),
    /// or, without `from`, a minimal theme — a theme.yaml and a stylesheet on sitegen's built-in
    /// templates. Nothing is written when anything is wrong, or when the folder exists.
    public func newTheme(_ name: String, from source: String? = nil) -> ScaffoldReport {
        var report = ScaffoldReport()
        let loader = ProjectLoader(root: root)
        if !TenantID.isValid(name) {
            report.fail(.error("invalid theme name '\(name)'",
                               notes: ["a theme name is lowercase letters and digits, in groups joined by single hyphens (e.g. 'dark-blue')"]), as: .usage)
        }
        let themes = loader.themeNames()
        if let source, !themes.contains(source) { report.fail(Self.unknown("theme", source, known: themes), as: .usage) }
        let folder = "themes/\(name)"
        if report.failure == nil, FileManager.default.fileExists(atPath: root.appendingPathComponent(folder).path) {
            report.fail(.error("theme '\(name)' already exists", at: .init(file: folder),
                               notes: ["sitegen new never overwrites; choose another name or edit \(folder)/"]), as: .usage)
        }
        if report.failure == nil, !FileManager.default.fileExists(atPath: loader.themesFolder.path) {
            report.fail(.error("folder not found", at: .init(file: "themes"), notes: ["run sitegen in a project folder or pass --root"]), as: .content)
        }
        guard report.failure == nil else { return report }

        var files = ThemeStarter(name: name).files.map { (path: "\(folder)/\($0.path)", contents: Data($0.text.utf8)) }
        do throws(DiagnosticError) {
            if let source { files = try copiedFiles(of: source, into: name) }
            try ScaffoldWriter(root: root).create(folder: folder, files: files)
        } catch {
            report.diagnostics.report(contentsOf: error.diagnostics)
            report.failure = .content
            return report
        }
        report.created = files.map(\.path)
        report.nextSteps = [
            "edit \(folder)/theme.yaml (name, description, brand parameters) and \(folder)/assets/style.css",
            "templates go in \(folder)/templates/, only those the theme changes (docs/themes.md)",
            "set 'theme: \(name)' in a tenant's tenant.yaml, then: sitegen serve --tenant <id>",
            "sitegen check --all      reports contrast below WCAG AA and unknown template names",
        ]
        return report
    }

    /// Every regular file of `themes/<source>/` (hidden files and links out of the project left
    /// out), with theme.yaml's top-level `name:` replaced by the new theme's.
    private func copiedFiles(of source: String, into name: String) throws(DiagnosticError) -> [(path: String, contents: Data)] {
        let loader = ProjectLoader(root: root)
        let sourceFolder = loader.themesFolder.appendingPathComponent(source).standardizedFileURL
        guard let enumerator = FileManager.default.enumerator(at: sourceFolder, includingPropertiesForKeys: nil,
                                                              options: [.skipsHiddenFiles]) else {
            throw DiagnosticError(.error("cannot read the theme", at: .init(file: "themes/\(source)")))
        }
        var files: [(path: String, contents: Data)] = []
        for case let url as URL in enumerator where SourceFile.isRegularFile(url) && loader.isInsideProject(url) {
            let relative = String(url.standardizedFileURL.path.dropFirst(sourceFolder.path.count + 1))
            guard var data = try? Data(contentsOf: url) else {
                throw DiagnosticError(.error("cannot read file", at: .init(file: "themes/\(source)/\(relative)")))
            }
            if relative == "theme.yaml" { data = Self.renamed(data, to: ThemeStarter.displayName(name)) }
            files.append(("themes/\(name)/\(relative)", data))
        }
        return files.sorted { $0.path < $1.path }
    }

    /// theme.yaml with its first top-level `name:` line replaced, comments and all else kept.
    static func renamed(_ yaml: Data, to displayName: String) -> Data {
        var lines = String(decoding: yaml, as: UTF8.self).components(separatedBy: "\n")
        if let index = lines.firstIndex(where: { $0.hasPrefix("name:") }) {
            lines[index] = "name: \(TenantYAML.quoted(displayName))"
        }
        return Data(lines.joined(separator: "\n").utf8)
    }
}
