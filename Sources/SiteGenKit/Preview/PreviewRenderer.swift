import Foundation

/// Renders tenants in memory for a preview (`sitegen serve`): nothing is written, and what each
/// tenant read is returned with its site, so a server can tell which tenants an edit affects.
///
/// One renderer loads the libraries once; themes are loaded the first time a tenant asks. A
/// server keeps a renderer while only tenant folders change and makes a new one after an edit to
/// a library or a theme. Safe to use from several threads at once.
public final class PreviewRenderer: @unchecked Sendable {
    /// The project folder.
    public let root: URL
    /// Every tenant id of the project when the renderer was made, sorted.
    public let allTenantIDs: [String]
    /// Problems with the project as a whole (a broken library, a folder that is not a tenant id).
    /// When these hold an error, every tenant's result carries them and has no site.
    public let projectDiagnostics: Diagnostics

    private let builder: SiteBuilder
    /// The pipeline over the libraries loaded once; nil when they have errors.
    private let pipeline: TenantPipeline?

    /// Loads the libraries of the project at `root`, as of `today` (which version is in force;
    /// required, like `SiteBuilder`'s, so the library never reads the clock).
    public init(root: URL, today: DayDate) {
        builder = SiteBuilder(root: root, today: today)
        self.root = builder.root
        var diagnostics = Diagnostics()
        pipeline = builder.pipeline(.tenants([]), drafts: true, diagnostics: &diagnostics)
        allTenantIDs = pipeline?.context.allTenantIDs ?? ProjectLoader(root: builder.root).tenantIDs(diagnostics: &diagnostics)
        projectDiagnostics = diagnostics
    }

    /// Renders the working copy of tenant `id`: what `build` would render from the files as they
    /// are now. Never fails: problems are in the result's diagnostics and its site is then nil.
    public func render(_ id: String) -> PreviewResult {
        guard let pipeline else {
            return PreviewResult(tenantID: id, site: nil, diagnostics: projectDiagnostics)
        }
        var diagnostics = Diagnostics()
        let run = pipeline.run(pipeline.read(id), diagnostics: &diagnostics)
        guard let source = run.loaded?.source else {
            return PreviewResult(tenantID: id, site: nil, diagnostics: diagnostics)
        }
        let clauseFiles = ClauseResolver(libraries: pipeline.context.libraries).clauseFiles(for: source)
        guard let rendered = run.rendered else {
            return PreviewResult(tenantID: id, site: nil, diagnostics: diagnostics, theme: source.config.theme,
                                 clauseFiles: clauseFiles, versions: PreviewVersions(history: source.history, unreleased: nil, today: builder.today))
        }
        let resolved = rendered.resolved
        return PreviewResult(tenantID: id, site: diagnostics.hasErrors ? nil : rendered.site, diagnostics: diagnostics,
                             theme: resolved.themeName, clauseFiles: clauseFiles,
                             versions: PreviewVersions(history: resolved.history, unreleased: resolved.hasUnreleasedChanges, today: builder.today))
    }
}
