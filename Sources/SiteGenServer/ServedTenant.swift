import Foundation
import SiteGenKit

/// What the server holds for one tenant after a render: its pages ready to send (reload script
/// already added), or its error page, and what it read, to know when to render again.
struct ServedTenant: Sendable {
    let id: String
    /// Files by path inside the tenant's site (`index.html`, `assets/style.1a2b.css`); empty when it failed.
    let files: [String: ServedFile]
    /// The error page, when the tenant has errors.
    let errorPage: ServedFile?
    let diagnostics: Diagnostics
    /// Bumped whenever what a visitor sees changes; open pages wait for a different number.
    let revision: Int
    let theme: String?
    /// The clause files its statement reads (relative to the project root).
    let clauseFiles: Set<String>
    let versions: PreviewVersions
    /// A digest of the rendered files before anything was added, to tell whether a render changed them.
    let contentDigest: String

    var failed: Bool { errorPage != nil }
    var warningCount: Int { diagnostics.all.filter { $0.severity == .warning }.count }
}
