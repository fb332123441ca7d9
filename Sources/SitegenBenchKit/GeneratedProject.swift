import Foundation

/// A generated benchmark project and the facts the benchmark's phases need about it.
public struct GeneratedProject: Sendable {
    /// The project folder (`sitegen --root`).
    public let root: URL
    /// Every tenant as it is now (after its last release).
    public let tenants: [TenantSpec]
    /// How long generation took, releases and the check included.
    public let seconds: Double

    /// The shared clause the clause-edit phase changes: used by only some tenants.
    public static let editedClause = "dpo-signature"

    /// The tenants whose statement uses `editedClause`: those a clause edit must rebuild.
    public var tenantsUsingEditedClause: [String] {
        tenants.filter { $0.statement.contains(Self.editedClause) }.map(\.id)
    }

    /// The tenant the tenant-edit phase changes: the first on the shared template.
    public var editedTenant: TenantSpec? {
        tenants.first { $0.style == .sharedTemplate } ?? tenants.first
    }
}
