/// The pipeline every command runs a tenant through: load → resolve → render → write, each stage a
/// function from one value to the next (`TenantFiles` → `LoadedTenant` → `ResolvedTenant` →
/// `RenderedTenant` → written). `build`, `check`, `diff`, `release`, `render(tenant:)` and the
/// preview server all go through it; `run(_:through:unreleased:diagnostics:)` is the one place the
/// stages are wired to each other.
///
/// Shared parts — libraries, themes, compiled templates — come from the run's `RunContext`, loaded
/// once however many tenants go through. Only the load and write stages touch the disk.
struct TenantPipeline: Sendable {
    let context: RunContext

    /// A pipeline over the shared parts of `context`.
    init(_ context: RunContext) {
        self.context = context
    }

    // MARK: Load

    /// Reads tenant `id`'s folder: the first step of loading, and all a build needs to tell
    /// whether the tenant is up to date.
    func read(_ id: String) -> TenantFiles {
        context.loader.readTenant(id)
    }

    /// Parses the tenant `files` was read from; nil (with diagnostics) when its config cannot be used.
    func load(_ files: TenantFiles, diagnostics: inout Diagnostics) -> LoadedTenant? {
        context.loader.loadTenant(files, diagnostics: &diagnostics).map { LoadedTenant(source: $0, files: files.entries) }
    }

    // MARK: Resolve

    /// Merges a loaded tenant over the libraries and its theme; nil when it has errors.
    func resolve(_ loaded: LoadedTenant, diagnostics: inout Diagnostics) -> ResolvedTenant? {
        guard let theme = context.theme(named: loaded.source.config.theme, for: loaded.source, diagnostics: &diagnostics) else { return nil }
        return resolver.resolve(loaded, theme: theme, diagnostics: &diagnostics)
    }

    /// `resolved` with its text as it reads on `date`, the day a release freezes it.
    func redated(_ resolved: ResolvedTenant, to date: DayDate, diagnostics: inout Diagnostics) -> ResolvedTenant? {
        resolver.redated(resolved, to: date, diagnostics: &diagnostics)
    }

    private var resolver: TenantResolver {
        TenantResolver(libraries: context.libraries, templateCache: context.templates, catalogueTemplates: context.catalogueTemplates)
    }

    // MARK: Render

    /// Renders a resolved tenant as of the run's day: from its released versions, or its working
    /// copy as a draft when the run renders drafts. Pure: no disk, no clock.
    func render(_ resolved: ResolvedTenant, diagnostics: inout Diagnostics) -> RenderedTenant {
        RenderedTenant(resolved: resolved, site: SiteRenderer(today: context.today, drafts: context.drafts).render(resolved, diagnostics: &diagnostics))
    }

    // MARK: The stages wired

    /// The stages a run goes through, in order.
    enum Stage: Int, Comparable, Sendable {
        case load, resolve, render

        static func < (lhs: Stage, rhs: Stage) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// Load → resolve → render, up to and including `last`: the one place the stages are wired.
    /// Each stage runs only if the one before gave a value; the result holds every value made, so
    /// a caller sees how far the tenant got (a preview shows what a tenant that failed to resolve
    /// reads). A statement that differs from its latest released version is reported with
    /// `unreleased` (a warning; an error for `check --strict`) unless the run renders drafts; a
    /// published site shows released words only. A caller publishes a site only if the tenant's diagnostics hold no
    /// error: a file that failed to load leaves a usable-looking fallback.
    ///
    /// With `auditPublished` (build, check, release), a history that lost or changed a version the
    /// published site lists is an error (`PublishedVersions`), so the build cannot delete it.
    func run(_ files: TenantFiles, through last: Stage = .render, unreleased: Diagnostic.Severity = .warning,
             auditPublished: Bool = false, diagnostics: inout Diagnostics) -> TenantRun {
        var run = TenantRun()
        run.loaded = load(files, diagnostics: &diagnostics)
        guard let loaded = run.loaded else { return run }
        if auditPublished {
            PublishedVersions.audit(loaded.source.history, tenant: loaded.id, outputRoot: context.outputRoot,
                                    projectRoot: context.loader.root, diagnostics: &diagnostics)
        }
        guard last >= .resolve else { return run }
        run.resolved = resolve(loaded, diagnostics: &diagnostics)
        guard last >= .render, let resolved = run.resolved else { return run }
        if resolved.hasUnreleasedChanges && !context.drafts { diagnostics.report(Self.unreleased(resolved, severity: unreleased)) }
        run.rendered = render(resolved, diagnostics: &diagnostics)
        return run
    }

    /// The diagnostic for a statement that differs from its latest released version.
    static func unreleased(_ tenant: ResolvedTenant, severity: Diagnostic.Severity) -> Diagnostic {
        if tenant.history.isEmpty {
            return Diagnostic(severity, "the statement of tenant '\(tenant.id)' has no released version, so nothing is published",
                              at: .init(file: "tenants/\(tenant.id)/tenant.yaml"),
                              notes: ["preview it with 'sitegen build --drafts --tenant \(tenant.id) --output /tmp/drafts'",
                                      "publish it with 'sitegen release --tenant \(tenant.id) --summary \"…\"', then 'sitegen build --tenant \(tenant.id)'"])
        }
        return Diagnostic(severity, "the statement of tenant '\(tenant.id)' has changes that are not released; the site shows the released version",
                          at: .init(file: "tenants/\(tenant.id)/tenant.yaml"),
                          notes: ["see them with 'sitegen diff --tenant \(tenant.id)'",
                                  "record them with 'sitegen release --tenant \(tenant.id) --summary \"…\"'"])
    }
}
