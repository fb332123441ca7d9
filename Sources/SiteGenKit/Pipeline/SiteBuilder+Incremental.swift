import Foundation

extension SiteBuilder {
    /// One tenant's part of a build: its status and what it reported.
    struct TenantOutcome: Sendable {
        var status: TenantStatus
        var diagnostics: Diagnostics
    }

    /// Builds one tenant from start to finish — skip check, load, resolve, render, write — so
    /// tenants stream through the pipeline and a platform never sits in memory whole.
    func buildTenant(_ id: String, plan: Plan, writer: TenantWriter, hasher: InputHasher, force: Bool) -> TenantOutcome {
        let started = DispatchTime.now()
        var diagnostics = Diagnostics()
        let own = hasher.tenantEntries(id)
        if !force, let own, let manifest = writer.manifest(of: id),
           hasher.isUpToDate(manifest, tenant: id, own: own, outputFolder: outputRoot.appendingPathComponent(id)) {
            return TenantOutcome(status: .upToDate, diagnostics: diagnostics)
        }
        guard let source = plan.loader.loadTenant(id, diagnostics: &diagnostics) else {
            return TenantOutcome(status: .failed, diagnostics: diagnostics)
        }
        PublishedVersions.audit(source.history, tenant: id, outputRoot: outputRoot, projectRoot: root, diagnostics: &diagnostics)
        guard let resolved = resolve(source, plan: plan, diagnostics: &diagnostics) else {
            return TenantOutcome(status: .failed, diagnostics: diagnostics)
        }
        let site = renderTenant(resolved, diagnostics: &diagnostics)
        guard !diagnostics.hasErrors else { return TenantOutcome(status: .failed, diagnostics: diagnostics) }
        let clauseFiles = ClauseResolver(libraries: plan.libraries).clauseFiles(for: source)
        guard let own, let inputs = hasher.inputs(tenant: id, own: own, theme: resolved.themeName, clauseFiles: clauseFiles) else {
            diagnostics.report(.error("cannot read the inputs of tenant '\(id)' again to record them",
                                      at: .init(file: "tenants/\(id)"), notes: ["were files changed during the build? build again"]))
            return TenantOutcome(status: .failed, diagnostics: diagnostics)
        }
        let manifest = BuildManifest(tenantID: id, generator: SiteRenderer.generator, theme: resolved.themeName,
                                     inputs: inputs, outputs: BuildManifest.outputs(of: site))
        do {
            try writer.write(site, manifest: manifest)
        } catch {
            diagnostics.report(contentsOf: error.diagnostics)
            return TenantOutcome(status: .failed, diagnostics: diagnostics)
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        return TenantOutcome(status: .built(TenantResult(tenantID: id, pageCount: site.pageCount, fileCount: site.files.count,
                                                         seconds: seconds)),
                             diagnostics: diagnostics)
    }
}
