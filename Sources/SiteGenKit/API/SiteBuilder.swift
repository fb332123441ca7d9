import Foundation

/// Runs the pipeline — load → resolve → render → write — for some or all tenants of a project.
/// The library's main entry point: the `sitegen` command is a thin layer over it.
public struct SiteBuilder: Sendable {
    /// Which tenants a run covers.
    public enum Scope: Sendable, Equatable {
        case all
        case tenants([String])
        /// Every tenant whose id falls in this part (`--shard I/N`). Unlike `.all`, a build of a
        /// part never removes the output of tenants it does not see.
        case shard(Shard)
    }

    /// How a build runs; the defaults suit a command-line build.
    public struct Options: Sendable {
        /// Rebuild every tenant in scope, even those whose manifest says they are up to date.
        public var force: Bool
        /// How many tenants are built at once; nil means one per active core.
        public var jobs: Int?

        /// Options for a build; by default incremental and one tenant per core.
        public init(force: Bool = false, jobs: Int? = nil) {
            self.force = force
            self.jobs = jobs
        }
    }

    /// What one tenant's build produced.
    public struct TenantResult: Sendable {
        public let tenantID: String
        public let pageCount: Int
        public let fileCount: Int
        public let seconds: Double
    }

    /// What happened to one tenant in a build.
    public enum TenantStatus: Sendable {
        case built(TenantResult)
        /// Its manifest matched its inputs; nothing was rendered or written.
        case upToDate
        /// It has errors; its published output was left as it was.
        case failed
    }

    /// One finished tenant, for progress displays.
    public struct Progress: Sendable {
        public let tenantID: String
        public let status: TenantStatus
        /// How many tenants are finished, this one included, out of `total`.
        public let done: Int
        public let total: Int
    }

    /// The outcome of a run: what was built, what was skipped or removed, and every problem found.
    public struct Report: Sendable {
        public var built: [TenantResult] = []
        /// Tenants whose output already matched their inputs.
        public var upToDate: [String] = []
        public var pruned: [String] = []
        public var diagnostics = Diagnostics()
    }

    public let root: URL
    public let outputRoot: URL
    /// The day the run is about: which released version is in force and which are announced.
    /// Releases are dated by it and may not be dated after it.
    public let today: DayDate

    /// A builder for the project at `root` writing to `outputRoot` (default `<root>/output`), as of
    /// `today` (default: the clock's date in Europe/Amsterdam; tests and CI pass a date).
    public init(root: URL, outputRoot: URL? = nil, today: DayDate = .today()) {
        self.root = root.standardizedFileURL
        self.outputRoot = (outputRoot ?? root.appendingPathComponent("output")).standardizedFileURL
        self.today = today
    }

    /// Builds `scope`, tenants in parallel. A tenant whose inputs match its manifest is skipped
    /// unless `options.force`; a tenant with errors is not written (its published output stays
    /// as it was); the others still are. `progress` is called once per tenant, one call at a time.
    public func build(_ scope: Scope, options: Options = Options(),
                      progress: (@Sendable (Progress) -> Void)? = nil) -> Report {
        var report = Report()
        let loader = ProjectLoader(root: root)
        guard let plan = plan(scope, loader: loader, diagnostics: &report.diagnostics) else { return report }
        let writer = TenantWriter(outputRoot: outputRoot)
        let hasher = InputHasher(root: root)
        let ids = plan.tenantIDs
        let outcomes = ParallelRunner(width: options.jobs).map(ids.count) { index in
            buildTenant(ids[index], plan: plan, writer: writer, hasher: hasher, force: options.force)
        } completed: { index, outcome, done in
            progress?(Progress(tenantID: ids[index], status: outcome.status, done: done, total: ids.count))
        }
        for (id, outcome) in zip(ids, outcomes) {
            report.diagnostics.report(contentsOf: outcome.diagnostics)
            switch outcome.status {
            case let .built(result): report.built.append(result)
            case .upToDate: report.upToDate.append(id)
            case .failed: break
            }
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
        guard let resolved = resolveTenant(id, plan: plan, diagnostics: &diagnostics) else { return (nil, diagnostics) }
        let site = renderTenant(resolved, diagnostics: &diagnostics)
        return (diagnostics.hasErrors ? nil : site, diagnostics)
    }

    /// What a run shares across tenants: the libraries and a cache of loaded themes. Tenants
    /// are built in parallel, so the cache is behind a lock.
    final class Plan: @unchecked Sendable {
        let loader: ProjectLoader
        let libraries: [Library]
        let tenantIDs: [String]
        let allTenantIDs: [String]
        /// Compiled templates of themes used as they are.
        let templates = TemplateCache()
        private let lock = NSLock()
        private var themes: [String: ThemeSource?] = [:]

        init(loader: ProjectLoader, libraries: [Library], tenantIDs: [String], allTenantIDs: [String]) {
            self.loader = loader
            self.libraries = libraries
            self.tenantIDs = tenantIDs
            self.allTenantIDs = allTenantIDs
        }

        /// The theme called `name`, loaded by `load` the first time any tenant asks. The lock is
        /// held while loading, so a theme is read and its problems reported once per run.
        func theme(named name: String, load: () -> ThemeSource??) -> ThemeSource?? {
            lock.lock()
            defer { lock.unlock() }
            if let cached = themes[name] { return cached }
            guard let loaded = load() else { return nil }
            themes[name] = loaded
            return loaded
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
        // A broken library would silently change every tenant that uses it: stop before any write.
        if diagnostics.hasErrors { return nil }
        return Plan(loader: loader, libraries: libraries, tenantIDs: selected, allTenantIDs: known)
    }

    /// Renders a resolved tenant. An unreleased statement is built (that is how an editor previews
    /// it) but warned about. Callers publish the site only if the tenant's diagnostics, from
    /// loading on, hold no error: a file that failed to load leaves a usable-looking fallback.
    func renderTenant(_ resolved: ResolvedTenant, diagnostics: inout Diagnostics) -> RenderedSite {
        if resolved.hasUnreleasedChanges {
            diagnostics.report(Self.unreleased(resolved, severity: .warning))
        }
        return SiteRenderer().render(resolved, diagnostics: &diagnostics)
    }

    /// Loads and resolves one tenant; nil when it has errors.
    func resolveTenant(_ id: String, plan: Plan, diagnostics: inout Diagnostics) -> ResolvedTenant? {
        guard let tenant = plan.loader.loadTenant(id, diagnostics: &diagnostics) else { return nil }
        return resolve(tenant, plan: plan, diagnostics: &diagnostics)
    }

    /// Resolves an already loaded tenant, so a release can date its statement without reading it again.
    func resolve(_ tenant: TenantSource, plan: Plan, effectiveDate: DayDate? = nil, diagnostics: inout Diagnostics) -> ResolvedTenant? {
        guard let theme = theme(named: tenant.config.theme, for: tenant, plan: plan, diagnostics: &diagnostics) else { return nil }
        return TenantResolver(libraries: plan.libraries, templateCache: plan.templates).resolve(tenant, theme: theme, effectiveDate: effectiveDate, diagnostics: &diagnostics)
    }

    /// The diagnostic for a statement that differs from its latest released version.
    static func unreleased(_ tenant: ResolvedTenant, severity: Diagnostic.Severity) -> Diagnostic {
        let what = tenant.history.isEmpty ? "has no released version" : "has changes that are not released"
        return Diagnostic(severity, "the statement of tenant '\(tenant.id)' \(what)",
                          at: .init(file: "tenants/\(tenant.id)/tenant.yaml"),
                          notes: ["see them with 'sitegen diff --tenant \(tenant.id)'",
                                  "record them with 'sitegen release --tenant \(tenant.id) --summary \"…\"'"])
    }

    /// The tenant's theme, loaded once per run; an unknown theme is reported at the tenant's `theme:` key.
    func theme(named name: String, for tenant: TenantSource, plan: Plan, diagnostics: inout Diagnostics) -> ThemeSource? {
        let found = plan.theme(named: name) { () -> ThemeSource?? in
            guard TenantID.isValid(name),
                  FileManager.default.fileExists(atPath: plan.loader.themesFolder.appendingPathComponent(name).path) else { return nil }
            return .some(plan.loader.loadTheme(name, diagnostics: &diagnostics))
        }
        guard let found else {
            diagnostics.report(.error("unknown theme '\(name)'", at: tenant.keyLocations["theme"],
                                      notes: ["themes: \(plan.loader.themeNames().joined(separator: ", "))"]))
            return nil
        }
        return found
    }

    private func isInside(_ url: URL, _ folder: URL) -> Bool {
        let path = Self.resolvingLinks(url).path, base = Self.resolvingLinks(folder).path
        return path == base || path.hasPrefix(base + "/")
    }

    /// `url` with links resolved even where it does not exist yet: links are resolved in the
    /// nearest existing folder and the missing rest is added back, so `--output link/new` cannot
    /// slip into `tenants/` through a link.
    private static func resolvingLinks(_ url: URL) -> URL {
        var existing = url.standardizedFileURL
        var missing: [String] = []
        while !FileManager.default.fileExists(atPath: existing.path), existing.path != "/" {
            missing.insert(existing.lastPathComponent, at: 0)
            existing.deleteLastPathComponent()
        }
        return missing.reduce(existing.resolvingSymlinksInPath()) { $0.appendingPathComponent($1) }
    }
}
