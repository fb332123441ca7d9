import Foundation

extension TenantConfig {
    /// The `lint:` block: the content-lint rules (`sitegen check`) whose findings the tenant keeps
    /// on purpose. A block of its own, like `gdpr:`, so the statement's legal editor finds every
    /// "we weighed this and keep it" in one place.
    struct Lint: Codable, Sendable {
        /// Rules whose findings are acknowledged, with the reason.
        var acknowledged: Acknowledgements<LintRule>?
    }
}
