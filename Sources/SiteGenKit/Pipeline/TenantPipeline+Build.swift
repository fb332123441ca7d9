import Foundation

extension TenantPipeline {
    /// One tenant's part of a build: its status and what it reported.
    struct Outcome: Sendable {
        var status: SiteBuilder.TenantStatus
        var diagnostics: Diagnostics
    }

    /// Builds one tenant from start to finish — read, skip check, load, resolve, render, write — so
    /// tenants stream through the pipeline and a platform never sits in memory whole. Unless
    /// `force`, a tenant whose manifest still matches its inputs is skipped after the read.
    func build(_ id: String, writer: TenantWriter, force: Bool) -> Outcome {
        let started = DispatchTime.now()
        var diagnostics = Diagnostics()
        let files = read(id)
        if !force, isUpToDate(files, writer: writer) {
            return Outcome(status: .upToDate, diagnostics: diagnostics)
        }
        guard let rendered = run(files, auditPublished: !context.drafts, diagnostics: &diagnostics).rendered, !diagnostics.hasErrors else {
            return Outcome(status: .failed, diagnostics: diagnostics)
        }
        // Never released: nothing to publish (the run's warning says how to release it).
        if rendered.resolved.history.isEmpty && !context.drafts { return Outcome(status: .notReleased, diagnostics: diagnostics) }
        guard write(rendered, to: writer, diagnostics: &diagnostics) else { return Outcome(status: .failed, diagnostics: diagnostics) }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        let site = rendered.site
        return Outcome(status: .built(SiteBuilder.TenantResult(tenantID: id, pageCount: site.pageCount, fileCount: site.files.count,
                                                               seconds: seconds)),
                       diagnostics: diagnostics)
    }

    // MARK: Write

    /// Writes a rendered tenant with its build manifest; false (with a diagnostic) when it cannot.
    func write(_ rendered: RenderedTenant, to writer: TenantWriter, diagnostics: inout Diagnostics) -> Bool {
        let resolved = rendered.resolved
        guard let inputs = inputs(of: resolved) else {
            diagnostics.report(.error("cannot read the inputs of tenant '\(resolved.id)' again to record them",
                                      at: .init(file: "tenants/\(resolved.id)"), notes: ["were files changed during the build? build again"]))
            return false
        }
        var manifest = BuildManifest(tenantID: resolved.id, generator: SiteRenderer.generator, theme: resolved.themeName,
                                     inputs: inputs, outputs: BuildManifest.outputs(of: rendered.site))
        manifest.versions = BuildManifest.VersionState(history: resolved.history, today: context.today)
        do {
            // A published site that left an old copy behind is built, with a warning.
            diagnostics.report(contentsOf: try writer.write(rendered.site, manifest: manifest))
            return true
        } catch {
            diagnostics.report(contentsOf: error.diagnostics)
            return false
        }
    }

    /// Every input file `resolved` was built from — its own folder, the library configs, the shared
    /// clauses its statement reads, its theme folder — with hashes; nil when one cannot be read.
    func inputs(of resolved: ResolvedTenant) -> [BuildManifest.Entry]? {
        guard let own = resolved.loaded.files else { return nil }
        return inputs(tenant: resolved.id, own: own, theme: resolved.themeName, clauseFiles: resolved.clauseFiles)
    }

    /// The inputs of tenant `id` — its own files `own`, built with `theme` and reading
    /// `clauseFiles` — from what the run already read; nil when one of them is missing.
    private func inputs(tenant id: String, own: [BuildManifest.Entry], theme: String, clauseFiles: [String]) -> [BuildManifest.Entry]? {
        let tenantFolder = "tenants/\(id)/"
        var entries = own
        let shared = context.libraries.map(\.configFile) + clauseFiles.filter { !$0.hasPrefix(tenantFolder) }
        for path in Set(shared).sorted() {
            guard let hash = context.libraryFileHash(path) else { return nil }
            entries.append(.init(path: path, sha256: hash))
        }
        guard let themeFiles = context.themeFolder(theme)?.entries else { return nil }
        return (entries + themeFiles).sorted { $0.path < $1.path }
    }

    /// Whether tenant `files.id`'s published output was built from exactly these inputs by this
    /// version of sitegen, shows the versions in force and announced today, and is still all there.
    func isUpToDate(_ files: TenantFiles, writer: TenantWriter) -> Bool {
        guard let own = files.entries, let manifest = writer.manifest(of: files.id),
              manifest.versions?.holds(on: context.today) ?? true,
              manifest.tenantID == files.id, manifest.generator == SiteRenderer.generator,
              let current = inputs(tenant: files.id, own: own, theme: manifest.theme, clauseFiles: manifest.libraryClauseFiles),
              current == manifest.inputs else { return false }
        return writer.hasOutputs(manifest.outputs, tenant: files.id)
    }
}
