/// What `sitegen check` found: every diagnostic of the run and each checked tenant's GDPR Art. 13
/// coverage. Returned by `SiteBuilder.check(_:strict:)` so the command and a platform embedding
/// SiteGenKit print or store the same facts; `json()` is the machine-readable form.
public struct CheckReport: Sendable {
    /// The tenants the check covered, in order.
    public var tenantIDs: [String] = []
    /// Every problem, in the order found; print `diagnostics.sorted`.
    public var diagnostics = Diagnostics()
    /// One report per tenant that resolved, in tenant order; a tenant with errors that stop it
    /// from resolving has none.
    public var coverage: [CoverageReport] = []
    /// Whether coverage gaps were reported as errors.
    public var strict = false

    /// An empty report.
    public init(strict: Bool = false) {
        self.strict = strict
    }

    /// How many errors were found; any error makes `check` exit with 1.
    public var errorCount: Int { diagnostics.errorCount }

    /// How many warnings were found; warnings alone leave the exit status 0.
    public var warningCount: Int { diagnostics.all.filter { $0.severity == .warning }.count }
}
