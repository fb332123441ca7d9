import Foundation

/// Runs the pipeline — load → resolve → render → write — for some or all tenants of a project.
/// The library's main entry point: the `sitegen` command is a thin layer over it.
public struct SiteBuilder: Sendable {
    /// Which tenants a run covers.
    public enum Scope: Sendable, Equatable {
        case all
        case tenants([String])
    }

    /// What one tenant's build produced.
    public struct TenantResult: Sendable {
        public let tenantID: String
        public let pageCount: Int
        public let fileCount: Int
        public let seconds: Double
    }

    /// The outcome of a run: what was built, what was removed, and every problem found.
    public struct Report: Sendable {
        public var built: [TenantResult] = []
        public var pruned: [String] = []
        public var diagnostics = Diagnostics()
    }

    public let root: URL
    public let outputRoot: URL

    /// A builder for the project at `root` writing to `outputRoot` (default `<root>/output`).
    public init(root: URL, outputRoot: URL? = nil) {
        self.root = root.standardizedFileURL
        self.outputRoot = (outputRoot ?? root.appendingPathComponent("output")).standardizedFileURL
    }

    /// Builds `scope`. A tenant with errors is not written (its published output stays as it
    /// was); the others still are.
    public func build(_ scope: Scope) -> Report {
        var report = Report()
        let loader = ProjectLoader(root: root)
        guard let plan = plan(scope, loader: loader, diagnostics: &report.diagnostics) else { return report }
        let writer = TenantWriter(outputRoot: outputRoot)
        for id in plan.tenantIDs {
            let started = DispatchTime.now()
            guard let site = renderTenant(id, plan: plan, diagnostics: &report.diagnostics) else { continue }
            do {
                try writer.write(site)
            } catch {
                report.diagnostics.report(contentsOf: error.diagnostics)
                continue
            }
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
            report.built.append(TenantResult(tenantID: id, pageCount: site.pageCount, fileCount: site.files.count, seconds: seconds))
        }
        if scope == .all && !report.diagnostics.hasErrors {
            report.pruned = writer.prune(keeping: Set(plan.allTenantIDs))
        }
        return report
    }

    /// Renders one tenant without writing anything; nil when it has errors.
    public func render(tenant id: String) -> (RenderedSite?, Diagnostics) {
        var diagnostics = Diagnostics()
        guard let plan = plan(.tenants([id]), loader: ProjectLoader(root: root), diagnostics: &diagnostics) else { return (nil, diagnostics) }
        return (renderTenant(id, plan: plan, diagnostics: &diagnostics), diagnostics)
    }

    /// What a run shares across tenants: the libraries and a cache of loaded themes.
    final class Plan: @unchecked Sendable {
        let loader: ProjectLoader
        let libraries: [Library]
        let tenantIDs: [String]
        let allTenantIDs: [String]
        var themes: [String: ThemeSource?] = [:]

        init(loader: ProjectLoader, libraries: [Library], tenantIDs: [String], allTenantIDs: [String]) {
            self.loader = loader
            self.libraries = libraries
            self.tenantIDs = tenantIDs
            self.allTenantIDs = allTenantIDs
        }
    }

    func plan(_ scope: Scope, loader: ProjectLoader, diagnostics: inout Diagnostics) -> Plan? {
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
        case let .tenants(ids):
            selected = []
            for id in ids {
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
        // A broken library would silently change every tenant that uses it: stop before any write.
        if diagnostics.hasErrors { return nil }
        return Plan(loader: loader, libraries: libraries, tenantIDs: selected, allTenantIDs: known)
    }

    private func renderTenant(_ id: String, plan: Plan, diagnostics: inout Diagnostics) -> RenderedSite? {
        let errorsBefore = diagnostics.errorCount
        guard let resolved = resolveTenant(id, plan: plan, diagnostics: &diagnostics) else { return nil }
        if resolved.hasUnreleasedChanges {
            diagnostics.report(Self.unreleased(resolved, severity: .warning))
        }
        let site = SiteRenderer().render(resolved, diagnostics: &diagnostics)
        return diagnostics.errorCount == errorsBefore ? site : nil
    }

    /// Loads and resolves one tenant; nil when it has errors.
    func resolveTenant(_ id: String, plan: Plan, diagnostics: inout Diagnostics) -> ResolvedTenant? {
        guard let tenant = plan.loader.loadTenant(id, diagnostics: &diagnostics) else { return nil }
        return resolve(tenant, plan: plan, diagnostics: &diagnostics)
    }

    /// Resolves an already loaded tenant, so a release can date its statement without reading it again.
    func resolve(_ tenant: TenantSource, plan: Plan, releaseDate: DayDate? = nil, diagnostics: inout Diagnostics) -> ResolvedTenant? {
        guard let theme = theme(named: tenant.config.theme, for: tenant, plan: plan, diagnostics: &diagnostics) else { return nil }
        return TenantResolver(libraries: plan.libraries).resolve(tenant, theme: theme, releaseDate: releaseDate, diagnostics: &diagnostics)
    }

    /// The diagnostic for a statement that differs from its latest released version.
    static func unreleased(_ tenant: ResolvedTenant, severity: Diagnostic.Severity) -> Diagnostic {
        let what = tenant.history.isEmpty ? "has no released version" : "has changes that are not released"
        return Diagnostic(severity, "the statement of tenant '\(tenant.id)' \(what)",
                          at: .init(file: "tenants/\(tenant.id)/tenant.yaml"),
                          notes: ["see them with 'sitegen diff --tenant \(tenant.id)'",
                                  "record them with 'sitegen release --tenant \(tenant.id) --summary \"…\"'"])
    }

    func theme(named name: String, for tenant: TenantSource, plan: Plan, diagnostics: inout Diagnostics) -> ThemeSource? {
        if let cached = plan.themes[name] { return cached }
        let valid = TenantID.isValid(name)
        guard valid, FileManager.default.fileExists(atPath: plan.loader.themesFolder.appendingPathComponent(name).path) else {
            diagnostics.report(.error("unknown theme '\(name)'", at: tenant.keyLocations["theme"],
                                      notes: ["themes: \(plan.loader.themeNames().joined(separator: ", "))"]))
            return nil
        }
        let theme = plan.loader.loadTheme(name, diagnostics: &diagnostics)
        plan.themes[name] = theme
        return theme
    }

    private func isInside(_ url: URL, _ folder: URL) -> Bool {
        let path = url.resolvingSymlinksInPath().path, base = folder.resolvingSymlinksInPath().path
        return path == base || path.hasPrefix(base + "/")
    }
}
