import Foundation

extension SiteBuilder {
    /// Validates `scope` without writing anything and returns only the problems; the shorthand
    /// for callers that need nothing else (`check(_:strict:)` also gives the GDPR coverage).
    public func check(_ scope: Scope) -> Diagnostics {
        check(scope, strict: false).diagnostics
    }

    /// Validates `scope` without writing anything. Reports every build error, unreleased changes
    /// and never-released tenants as warnings (errors when `strict`), the GDPR Art. 13 coverage of each tenant (gaps are warnings, errors when
    /// `strict`), and content-lint warnings on each tenant's current statement, pointing at the
    /// clause file and line they come from. Released versions are not linted: they are a record
    /// of what was published and cannot change. Checking all tenants also checks every theme's
    /// templates, used by a tenant or not.
    public func check(_ scope: Scope, strict: Bool) -> CheckReport {
        var report = CheckReport(strict: strict)
        // The working copy as a draft: its problems are what a release would freeze.
        guard let pipeline = pipeline(scope, drafts: true, diagnostics: &report.diagnostics) else { return report }
        report.tenantIDs = pipeline.context.tenantIDs
        var lint = LintDiagnostics()
        for id in report.tenantIDs {
            let run = pipeline.run(pipeline.read(id), auditPublished: true, diagnostics: &report.diagnostics)
            if let resolved = run.resolved, resolved.hasUnreleasedChanges {
                report.diagnostics.report(TenantPipeline.unreleased(resolved, severity: strict ? .error : .warning))
            }
            if let source = run.loaded?.source {
                report.diagnostics.report(contentsOf: ReleasePolicy(tenant: source, libraries: pipeline.context.libraries).audit(source))
            }
            guard let resolved = run.rendered?.resolved else { continue }
            let coverage = GDPRCoverage(tenant: resolved.source, resolved: resolved, libraries: pipeline.context.libraries)
            report.coverage.append(coverage.report(strict: strict, diagnostics: &report.diagnostics))
            let findings = ContentLinter(jurisdiction: resolved.source.config.jurisdiction).lint(resolved.statement.markdown)
            for finding in LintAcknowledgement.apply(findings, tenant: resolved.source, diagnostics: &report.diagnostics) {
                lint.add(finding, at: resolved.statement.sourceMap.location(ofLine: finding.line), tenant: id)
            }
        }
        report.diagnostics.report(contentsOf: lint.diagnostics)
        if scope == .all { pipeline.context.checkAllThemes(diagnostics: &report.diagnostics) }
        return report
    }
}

/// Turns lint findings into warnings at clause files. A shared clause is in many statements; the
/// same finding at the same line is reported once, naming every tenant it affects, instead of
/// once per tenant.
private struct LintDiagnostics {
    private var order: [Key] = []
    private var found: [Key: (finding: LintFinding, tenants: [String])] = [:]

    private struct Key: Hashable {
        let location: Diagnostic.Location
        let message: String
    }

    mutating func add(_ finding: LintFinding, at location: Diagnostic.Location, tenant: String) {
        let key = Key(location: location, message: finding.message)
        if found[key] == nil {
            order.append(key)
            found[key] = (finding, [tenant])
        } else {
            found[key]?.tenants.append(tenant)
        }
    }

    var diagnostics: [Diagnostic] {
        order.compactMap { key in
            guard let (finding, tenants) = found[key] else { return nil }
            let which = tenants.count == 1 ? "tenant '\(tenants[0])'" : "tenants " + tenants.map { "'\($0)'" }.joined(separator: ", ")
            return .warning(finding.message, at: key.location, notes: finding.notes + ["in the statement of \(which)"])
        }
    }
}
