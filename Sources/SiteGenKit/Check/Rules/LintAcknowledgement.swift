/// Applies a tenant's `lint: acknowledged:` to its findings: an acknowledged rule's findings are
/// left out of the report (the reason stays in tenant.yaml, where the legal editor wrote it), and
/// an acknowledgement no finding needs is a warning, so the config does not keep a stale claim.
enum LintAcknowledgement {
    /// `findings` without those of rules `tenant` acknowledges; a warning for each acknowledged
    /// rule that found nothing.
    static func apply(_ findings: [LintFinding], tenant: TenantSource, diagnostics: inout Diagnostics) -> [LintFinding] {
        let acknowledged = tenant.config.lint?.acknowledged?.reasons ?? [:]
        guard !acknowledged.isEmpty else { return findings }
        let fired = Set(findings.map(\.rule))
        for rule in acknowledged.keys.sorted(by: { $0.rawValue < $1.rawValue }) where !fired.contains(rule) {
            diagnostics.report(.warning(
                "'\(rule.rawValue)' is acknowledged, but the statement of tenant '\(tenant.id)' has no such finding [\(rule.rawValue)]",
                at: tenant.keyLocations["lint.acknowledged.\(rule.rawValue)"],
                notes: ["remove the acknowledgement from \(tenant.configFile), so the config says what is true"]))
        }
        return findings.filter { acknowledged[$0.rule] == nil }
    }
}
